print(len(bytearray(2 ** 63)))
