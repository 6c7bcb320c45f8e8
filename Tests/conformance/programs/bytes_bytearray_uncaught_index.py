# An uncaught IndexError from a bytearray.
frame = bytearray(b'\x01\x02\x03')
total = 0
for i in range(4):
    total += frame[i]
print(total)
