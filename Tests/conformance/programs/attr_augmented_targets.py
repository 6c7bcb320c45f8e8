class Obj:
    def __init__(self):
        self.x = 1
        self.items = [10, 20]
        self.d = {'k': 1}
        self.child = None

o = Obj()
o.x += 1
o.x *= 10
o.items[0] += 5
o.d['k'] -= 3
o.d['new'] = o.x
print(o.x, o.items, o.d)
o.child = Obj()
o.child.x += 100
o.child.items[1] //= 3
o.child.d['k'] **= 5
print(o.child.x, o.child.items, o.child.d)
o.items += [30]
print(o.items)
s = 'text'
o.name = s
o.name += '!'
print(o.name, s)
try:
    o.missing += 1
except AttributeError as e:
    print('AttributeError', e)
o.child.child = o
o.child.child.x = 'cycle'
print(o.x)
o.child.child.child.child.missing += 1
