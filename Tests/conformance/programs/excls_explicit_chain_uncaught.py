class StorageError(Exception):
    def __init__(self, key):
        super().__init__('cannot store ' + key)

class Store:
    def __init__(self):
        self.data = {}
    def put(self, key, value):
        try:
            hash(value)
        except TypeError as e:
            raise StorageError(key) from e
        self.data[key] = value

s = Store()
s.put('ok', (1, 2))
print(s.data)
s.put('bad', [1, 2])
