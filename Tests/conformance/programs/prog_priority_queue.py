# A binary heap priority queue with a task scheduler on top of it.
class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = []
        for x in items:
            self.push(x)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def push(self, x):
        self.data.append(x)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.data:
            raise IndexError('pop from empty heap')
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i = 0
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(self.data) and self._less(child, smallest):
                        smallest = child
                if smallest == i:
                    break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top

    def peek(self):
        return self.data[0] if self.data else None

    def __iter__(self):
        copy = Heap(key=self.key)
        copy.data = list(self.data)
        while copy:
            yield copy.pop()

class Task:
    counter = 0
    def __init__(self, name, priority):
        Task.counter += 1
        self.name, self.priority, self.seq = name, priority, Task.counter
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return 'Task(%s, p=%d)' % (self.name, self.priority)

h = Heap([5, 3, 8, 1, 9, 2, 7])
print(len(h), h.peek(), list(h), len(h))
print([h.pop() for _ in range(3)], list(h))
words = Heap(['pear', 'fig', 'banana', 'kiwi'], key=len)
print(list(words))
maxheap = Heap(range(10), key=lambda x: -x)
print([maxheap.pop() for _ in range(4)])

tasks = Heap()
for name, p in [('write', 2), ('test', 1), ('deploy', 3), ('review', 1), ('lint', 2)]:
    tasks.push(Task(name, p))
print('next up:', tasks.peek())
order = []
while tasks:
    t = tasks.pop()
    order.append(t.name)
    print('running', t)
    if t.name == 'test':
        tasks.push(Task('fix-bugs', 1))
print(order)
def k_smallest(items, k):
    heap = Heap(items)
    for _ in range(k):
        yield heap.pop()
print(list(k_smallest([9, 4, 7, 1, 8, 2], 3)))
print(sorted([Task('a', 3), Task('b', 1), Task('c', 3)]))
try:
    Heap().pop()
except IndexError as e:
    print('IndexError', e)
list(k_smallest([1, 2], 3))
