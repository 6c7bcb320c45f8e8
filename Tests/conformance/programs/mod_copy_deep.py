# copy.deepcopy: nested containers and instances copied all the way down.
import copy
data = {'list': [1, [2, 3]], 'tuple': (4, [5]), 'set': {6}, 'fs': frozenset({7}), 'str': 's'}
dc = copy.deepcopy(data)
print(dc == data, dc is data, dc['list'][1] is data['list'][1], dc['tuple'] is data['tuple'], dc['str'] is data['str'])
dc['list'][1].append(99)
dc['tuple'][1].append(98)
print(data['list'], data['tuple'], dc['list'], dc['tuple'])
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy(((1,), [2]))[0])
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f'{self.value}{self.children or ""}'
tree = Tree('root', [Tree('a', [Tree('a1')]), Tree('b')])
twin = copy.deepcopy(tree)
twin.children[0].children.append(Tree('new'))
twin.value = 'twin'
print(tree, twin, twin.children[1] is tree.children[1])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
print(copy.deepcopy(len) is len, copy.deepcopy(Tree) is Tree, copy.deepcopy(range(5)) == range(5))
print(copy.deepcopy({1: {2: {3: [4]}}}), copy.deepcopy([[[]]]), copy.deepcopy(()))
sl = slice(1, [2])
print(copy.deepcopy(sl), copy.deepcopy(sl).stop is sl.stop, copy.copy(sl) is sl)
fs = frozenset({(1, 2)})
print(copy.deepcopy(fs) == fs, copy.deepcopy({(1, 2): 'v'}))
class Method:
    def get(self): return True
bound = Method().get
mc = copy.deepcopy(bound)
print(mc(), mc.__self__ is bound.__self__, type(mc).__name__)
