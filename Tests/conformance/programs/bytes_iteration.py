# Iterating bytes gives ints; the builtins that consume iterables see them as such.
b = b'hello'
print(list(b), tuple(b), set(b'aab') == {97, 98}, [x for x in b], [chr(x) for x in b])
print(sorted(b), sorted(b, reverse=True), min(b), max(b), sum(b), len(b), any(b''), all(b'\x01\x02'))
print(list(reversed(b)), list(enumerate(b'ab')), list(zip(b'ab', b'cd')), dict(zip(b'ab', 'xy')))
x, y, z = b'xyz'
print(x, y, z)
first, *rest = bytearray(b'abc')
print(first, rest)
print(list(map(hex, b'\x01\xff')), list(filter(None, b'\x00\x01\x00\x02')), b'abc'.count(b'b'))
it = iter(b'ab')
print(next(it), next(it), next(it, 'done'), type(it).__name__, type(iter(bytearray())).__name__)
print(type(reversed(b'x')).__name__, list(reversed(bytearray(b'123'))))
ba = bytearray(b'abc')
out = []
for c in ba:
    out.append(c)
    if c == 97:
        ba.append(100)
print(out, ba)
print([b for b in bytearray(3)], sum(bytearray(b'\x01\x02')), sorted(bytearray(b'cab')))
print({k: v for k, v in zip(b'ab', bytearray(b'xy'))}, list(b'') == [], tuple(bytearray()))
