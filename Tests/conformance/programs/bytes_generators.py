# bytes built from generators and comprehensions, and generators that yield bytes.
def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
data = bytes(range(65, 75))
print(list(chunks(data, 3)), b'|'.join(chunks(data, 4)), bytearray().join(chunks(b'abc', 1)))
print(bytes(x ^ 0x20 for x in b'Hello'), bytes(b for b in b'a1b2' if chr(b).isdigit()), bytes(reversed(b'abc')))
print([bytes([c]) for c in b'xyz'], {c: bytes([c]) * 2 for c in b'ab'}, sum(len(c) for c in chunks(data, 4)))
def lines(blob):
    for line in blob.split(b'\n'):
        if line:
            yield line.decode('ascii').upper()
print(list(lines(b'one\ntwo\n\nthree\n')), next(lines(b'x')), ''.join(lines(b'a\nb')))
def pump():
    received = yield b''
    while True:
        received = yield received[::-1]
p = pump()
next(p)
print(p.send(b'abc'), p.send(bytearray(b'xy')), p.send(b''))
gen = (b * 2 for b in [b'a', b'b'])
print(b''.join(gen), list(gen), bytes(map(lambda v: v + 1, b'\x00\x01')), bytes(filter(lambda v: v > 98, b'abcd')))
print(bytearray(i * i for i in range(6)), max(chunks(b'azby', 2)), sorted(chunks(b'dcba', 1)))
