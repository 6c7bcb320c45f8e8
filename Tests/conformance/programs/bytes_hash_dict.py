# bytes are hashable: dict keys and set members. bytearray is not.
d = {b'a': 1, b'b': 2}
d[b'a'] += 10
d[bytes([99])] = 3
print(d, d[b'c'], b'a' in d, bytearray(b'b') in d, d.get(bytearray(b'a')), sorted(d))
s = {b'x', b'y', b'x', bytes(b'y')}
print(len(s), b'x' in s, sorted(s), frozenset([b'q']) == frozenset([b'q']))
print(hash(b'') == 0, hash(b'abc') == hash(b'abc'), hash(b'abc') == hash(bytes(bytearray(b'abc'))))
print(hash(b'abc') == hash('abc'), hash(b'x') == hash('x'), hash(b'') == hash(''))
counts = {}
for word in b'the cat the dog the end'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print({b'k': 1} == {b'k': 1}, {b'k': 1} == {'k': 1}, {(b'a', 1): 'tuple key'}[(b'a', 1)])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: hash(bytearray(b'a')))
t(lambda: {bytearray(b'a'): 1})
t(lambda: {bytearray()})
t(lambda: b'x' in {bytearray(b'x')})
t(lambda: d[b'zz'])
print(len({b'a': 1, 'a': 2, 97: 3}))
