print(bytes(-1))
