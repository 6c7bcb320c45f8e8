# bytes(): empty, a size, an iterable of ints, a bytes-like object, a str with an encoding.
print(bytes(), bytes(0), bytes(3), bytes(True), bytes([]), bytes([65, 66, 67]), bytes((0, 255)))
print(bytes(range(5)), bytes(range(250, 256)), bytes(x * 2 for x in range(4)), bytes({7: 'a'}))
print(bytes(b'abc'), bytes(bytearray(b'xyz')), bytes([True, False]), bytes(iter([1, 2])))
print(bytes('abc', 'ascii'), bytes('é€', 'utf-8'), bytes('é', 'latin-1'), bytes('hé', encoding='utf-8'))
print(bytes('é', 'ascii', 'ignore'), bytes('é', encoding='ascii', errors='replace'), bytes(source=b'k'))
class Idx:
    def __index__(self):
        return 4
print(bytes(Idx()), bytes([Idx(), Idx()]), bytearray(Idx()), bytearray([Idx()]))
class B:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(B()))
b = b'same'
print(bytes(b) is b, type(bytes(bytearray(b))), len(bytes(10)), bytes(5) == b'\x00' * 5)
def gen():
    yield 104
    yield 105
print(bytes(gen()), bytearray(gen()), list(bytes(gen())))
