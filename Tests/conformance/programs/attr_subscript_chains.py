class Node:
    def __init__(self):
        self.data = {}
        self.list = [[0, 0], [0, 0]]

n = Node()
n.data['a'] = n.data['b'] = 5
print(n.data)
n.list[1][0] = 'set'
n.list[0][:] = 'xy'
print(n.list)
a = b = c = Node()
a.val = 'shared'
print(b.val, c.val, a is c)
x = n.data['c'] = n.list[0][1] = 'multi'
print(x, n.data['c'], n.list)
n.obj = Node()
n.obj.data['k'] = [1, 2, 3]
n.obj.data['k'][-1] = 'last'
print(n.obj.data)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 'assigned at index 1'
print(i, lst)
n.data['z'], n.attr = 'tuple', 'target'
print(n.data['z'], n.attr)
del n.data['a'], n.list[0]
print(n.data, n.list)
n.nothing.deeper = 1
