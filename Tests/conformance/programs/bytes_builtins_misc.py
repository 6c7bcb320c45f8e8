# ord, int, float, len, sum, bool and friends with bytes.
print(ord(b'a'), ord(bytearray(b'\xff')), int(b'42'), int(b' -7 '), int(b'ff', 16), int(bytearray(b'0b101'), 0), float(b'1.5'))
print(float(bytearray(b' -2e3 ')), float(b'inf'), len(b'abc'), len(bytearray(5)), bool(b''), bool(b'\x00'), bool(bytearray()))
print(not b'x', b'' or b'default', b'a' and b'b', sum(b'\x01\x02\x03'), sum([1, 2], 0), max(b'az'), min(bytearray(b'qa')))
print(list(b'abc') == [97, 98, 99], tuple(bytearray(b'\x01')), set(b'') == set(), dict.fromkeys(b'ab'), sorted(set(b'cab')))
print(hex(b'\xff'[0]), chr(b'A'[0]), [divmod(x, 16) for x in b'\x21'])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: ord(b'ab'))
t(lambda: ord(b''))
t(lambda: ord(bytearray(b'')))
t(lambda: int(b'x'))
t(lambda: int(b'1.5'))
t(lambda: int(b'\xff'))
t(lambda: float(b'x'))
t(lambda: sum([b'a'], b''))
t(lambda: sum([b'a']))
t(lambda: sum([], bytearray()))
t(lambda: len(iter(b'ab')))
