print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(10)), repr(chr(127)))
print(ord('A'), ord('a'), ord(' '), ord('é'), ord('€'), ord('😀'), ord('\n'), ord(chr(1114111)))
print(''.join([chr(ord(c) + 1) for c in 'HAL']), [ord(c) for c in 'héllo'])
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(e)
for bad in ('ab', ''):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
try:
    ord(5)
except TypeError as e:
    print(e)
