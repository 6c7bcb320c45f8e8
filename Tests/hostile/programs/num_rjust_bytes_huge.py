print(len(b'x'.rjust(2 ** 40)))
