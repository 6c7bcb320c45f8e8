# memoryview is not implemented: the name exists, and calling it must say so.
data = bytearray(b'abc')
print(isinstance(data, memoryview))
view = memoryview(data)
print(view[0])
