# bytes and bytearray as types: type(), isinstance, issubclass, names, and type calls.
print(type(b''), type(bytearray()), type(b'') is bytes, type(bytearray(b'x')) is bytearray)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray), isinstance(b'', (str, bytes)))
print(issubclass(bytes, object), issubclass(bytes, bytearray), issubclass(bool, bytes), bytes.__name__, bytearray.__qualname__)
print(bytes.mro(), bytearray.__mro__, repr(bytes), str(bytearray), callable(bytes))
print(isinstance(b'x', str), isinstance('x', bytes), type(b'x') == type(b'y'), type(b'') != type(bytearray()))
print(bytes.upper(b'ab'), bytes.decode(b'hi'), bytearray.upper(bytearray(b'x')), bytes.__len__(b'ab'))
print(bytes.fromhex('41'), bytearray.fromhex('42'), bytes.maketrans(b'a', b'b')[97], list(map(bytes.upper, [b'a', b'b'])))
print(sorted([b'b', b'a'], key=bytes.lower), b'x'.upper, bytearray.append, bytes.hex)
m = b'abc'.find
print(m(b'c'), m.__name__, bytes.split.__name__, type(m).__name__)
print(b''.__len__(), b'abc'.__contains__(98), b'abc'.__getitem__(slice(1, None)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: bytes.upper('ab'))
t(lambda: bytes.hex(bytearray(b'ab')))
t(lambda: bytearray.append(b'x', 1))
t(lambda: b'x'.foo)
t(lambda: bytearray().nope())
t(lambda: b'x'.__len__(1))
t(lambda: b'x'.__contains__())
t(lambda: len(5))
