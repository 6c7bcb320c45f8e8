print(int.from_bytes(b'\xff' * (2 ** 21), 'big').bit_length())
