# A small binary record format: pack fields with int.to_bytes, parse them back with from_bytes.
def pack(records):
    out = bytearray(b'REC1')
    out += len(records).to_bytes(2, 'big')
    for name, value in records:
        raw = name.encode('utf-8')
        out.append(len(raw))
        out.extend(raw)
        out += value.to_bytes(4, 'little', signed=True)
    out += (sum(out) & 0xFF).to_bytes(1, 'big')
    return bytes(out)
def unpack(data):
    if data[:4] != b'REC1':
        raise ValueError('bad magic %r' % data[:4])
    if sum(data[:-1]) & 0xFF != data[-1]:
        raise ValueError('bad checksum')
    count = int.from_bytes(data[4:6], 'big')
    pos, out = 6, []
    for _ in range(count):
        n = data[pos]
        name = data[pos + 1:pos + 1 + n].decode()
        pos += 1 + n
        out.append((name, int.from_bytes(data[pos:pos + 4], 'little', signed=True)))
        pos += 4
    return out
blob = pack([('temp', -40), ('café', 123456), ('x', 0)])
print(blob, len(blob))
print(blob.hex(' ', 4))
print(unpack(blob))
for broken in [b'XXXX' + blob[4:], blob[:-1] + bytes([(blob[-1] + 1) % 256])]:
    try:
        unpack(broken)
    except ValueError as e:
        print('error:', e)
