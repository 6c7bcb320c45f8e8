class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('get', key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]

g = Grid()
g[1, 2] = 5
g[0] = 1
print(g[1, 2], g[9], g[0])
g[1, 2] += 10
print(g.cells)
del g[0]
print(g.cells)
try:
    del g['missing']
except KeyError as e:
    print('KeyError', e)
class ReadOnly:
    def __getitem__(self, i):
        return i
r = ReadOnly()
print(r[5], r['k'], r[1:3], r[::2], r[1:2, 3])
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    del r[0]
except TypeError as e:
    print('TypeError', e)
