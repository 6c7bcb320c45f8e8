class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        print('eq', self.k, o.k if isinstance(o, Key) else o)
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return 'Key(%r)' % self.k

d = {Key('A'): 1}
print(d[Key('a')])
d[Key('a')] = 2
print(d)
print(Key('X') in [Key('y'), Key('x')])
print([Key('b'), Key('B')].count(Key('b')))
lst = [Key('q'), Key('Q')]
lst.remove(Key('q'))
print(lst)
print((Key('m'),) == (Key('M'),))
print(Key('z') in {Key('Z'): 0})
print({Key('a'), Key('A')} == {Key('a')} and 'equal sets')
