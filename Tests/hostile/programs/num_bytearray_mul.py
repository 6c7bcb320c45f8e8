b = bytearray(b'x')
b *= 2 ** 62
