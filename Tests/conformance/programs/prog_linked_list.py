# A doubly linked list with the sequence protocol implemented by dunder methods.
class Node:
    __slots__ = ('value', 'prev', 'next')
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self._len = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self._len += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self._len += 1

    def _node(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError('LinkedList index out of range')
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __len__(self):
        return self._len
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node(index).value
    def __setitem__(self, index, value):
        self._node(index).value = value
    def __delitem__(self, index):
        node = self._node(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self._len -= 1
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList([*self, *other])
    def __iadd__(self, other):
        for x in other:
            self.append(x)
        return self
    def __bool__(self):
        return self._len > 0
    def __repr__(self):
        return 'LinkedList([%s])' % ', '.join(map(repr, self))

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.appendleft(0)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(list(reversed(ll)), 3 in ll, 9 in ll)
ll[1] = 'one'
del ll[0]
del ll[-1]
print(ll, len(ll), ll.head.value, ll.tail.value)
print(ll[1:], ll[::-1], ll + [5, 6])
alias = ll
ll += ['x']
print(alias is ll, alias)
print(ll == LinkedList(['one', 2, 3, 'x']), ll == ['one', 2, 3, 'x'], bool(LinkedList()))
print(sorted(LinkedList([3, 1, 2])), sum(LinkedList(range(5))), max(LinkedList('abc')))
empty = LinkedList()
while ll:
    del ll[0]
    print('after delete:', ll, ll.head is None, ll.tail is None)
try:
    ll[0]
except IndexError as e:
    print('IndexError', e)
try:
    hash(ll)
except TypeError as e:
    print('TypeError', e)
try:
    Node(1).extra = True
except AttributeError as e:
    print('AttributeError', e)
empty[3] = 'boom'
