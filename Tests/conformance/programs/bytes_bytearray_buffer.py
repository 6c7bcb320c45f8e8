# A bytearray used as a growing buffer: append, extend, in-place edits and reads.
buf = bytearray()
for i in range(5):
    buf.extend(b'item%d;' % i)
print(buf, len(buf))
while b';' in buf:
    end = buf.index(b';')
    chunk = bytes(buf[:end])
    del buf[:end + 1]
    print(chunk, len(buf))
buf += b'HELLO world'
buf[0:5] = buf[0:5].lower()
buf[-5:] = b'WORLD'
print(buf, buf.isascii(), buf.count(b'o'), buf.find(b'W'))
buf.reverse()
print(buf)
buf[:] = b''
print(buf == b'', buf is not None)
lines = bytearray(b'a=1\nb=2\nc=3\n')
pairs = [line.split(b'=') for line in lines.splitlines()]
print(pairs, {k.decode(): int(v) for k, v in pairs})
acc = bytearray(b'\x00' * 4)
for i, v in enumerate(b'\x01\x02\x03\x04\x05\x06'):
    acc[i % 4] ^= v
print(acc.hex(), list(acc))
