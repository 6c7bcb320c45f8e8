class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError('pop from empty Stack')
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def peek(self):
        return self.items[-1] if not self.is_empty() else None
    def size(self):
        return len(self.items)

s = Stack()
s.push(1).push(2).push(3)
print(s.items, s.size(), s.peek())
print(s.pop(), s.pop(), s.size())
print(s.pop(), s.is_empty(), s.peek())
try:
    s.pop()
except IndexError as e:
    print('IndexError', e)
Stack().pop()
