# bytes.maketrans and translate.
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], table[:3], type(table).__name__, bytearray.maketrans(b'', b'')[:2])
print(b'aabbcc'.translate(table), b'abcdef'.translate(table, b'd'), b'abc'.translate(None), b'abc'.translate(None, b'b'))
print(bytearray(b'cab').translate(table), b'abc'.translate(None, delete=b'ac'), b'hello'.translate(bytes(range(256)), b'l'))
print(b'x'.maketrans(b'x', b'y')[120], b'abc'.translate(bytearray(table)), b''.translate(table))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: bytes.maketrans(b'a', b'bc'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: bytes.maketrans(b'a'))
t(lambda: bytes.maketrans(frm=b'a', to=b'b'))
t(lambda: b'ab'.translate(b'x'))
t(lambda: b'ab'.translate('x' * 256))
t(lambda: b'ab'.translate(None, 'a'))
t(lambda: b'a'.translate())
t(lambda: b'a'.translate(None, b'', b''))
t(lambda: b'a'.translate(table=None))
