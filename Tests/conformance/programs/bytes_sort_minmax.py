# Sorting and comparing collections of bytes.
words = [b'pear', b'Apple', b'fig', bytearray(b'banana'), b'apple', b'', b'\xff', b'Zoo']
print(sorted(words))
print(sorted(words, key=len), sorted(words, key=bytes.lower), sorted(words, reverse=True)[:3])
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: w[-1:] or b'\x00'))
print(sorted(b'hello'), sorted([b'b', b'a'], key=lambda x: -x[0]), sorted(set([b'x', b'y', b'x'])))
pairs = [(b'b', 2), (b'a', 2), (b'c', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: (p[1], p[0])), max(pairs)[0])
print([b'a', b'b'] < [b'a', b'c'], (b'z',) > (bytearray(b'y'), 1), sorted([[b'b'], [b'a', b'x']]))
d = {b'z': 1, b'a': 2, b'm': 3}
print(sorted(d), sorted(d.items()), [k for k, v in sorted(d.items(), key=lambda kv: kv[1])])
