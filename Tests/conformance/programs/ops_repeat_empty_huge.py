# Repeating an empty sequence by a huge count is instant (CPython never loops).
empty = ()
e2 = empty * 2**62
print(len([] * 2**62), len(() * 2**62), e2 is empty)
print(len(b'' * 2**62), len(bytearray() * 2**62), '' * 2**62 == '')
l = []
l *= 2**62
print(l)
t = (1, 2) * 0
print(t, t is empty)
try:
    [1] * 2**62
except MemoryError as e:
    print('MemoryError', e)
for seq in ('ab', b'ab', bytearray(b'ab'), (1, 2), 'a'):
    try:
        seq * 2**62
    except (MemoryError, OverflowError) as e:
        print(type(seq).__name__, type(e).__name__, e)
