with memoryview(b'abc') as m:
    print(len(m))
