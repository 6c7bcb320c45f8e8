print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~0, ~-1, 1 << 10, 1024 >> 3)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(-1 >> 10, -16 >> 2, -17 >> 2, 16 >> 10, -1 << 4, 0 << 100)
print(1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3, (1 << 64) - 1 & 0xff)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0F0F, 0xFF ^ 0x0F)
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, (2 ** 70 + 5) | 3, (2 ** 70) ^ -1)
print(True & 3, False | 4, 6 & True, 5 >> True)
print(1 << 63, -1 << 63, (1 << 63) >> 63, 255 & -256)
try:
    1 << -1
except ValueError as e:
    print(repr(e))
try:
    1 >> -5
except ValueError as e:
    print(repr(e))
