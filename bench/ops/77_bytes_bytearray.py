# row: bytes/bytearray basics
def bench():
    data = b"hello world, binary data \x00\x01\x02\xff"
    total = 0
    for r in range(2500):
        ba = bytearray()
        ba += b"abc"
        ba.append(r & 255)
        ba.extend(data[:8])
        total += len(ba) + ba[3] + data[r % 20] + data.find(b"world")
        total += len(data[4:12]) + data.count(b"o")
        ba[0] = 122
        if bytes(ba).startswith(b"zbc"):
            total += 1
    return total, bytes(ba), data.hex()[:16]

print(bench())
