# An LRU cache built on OrderedDict.move_to_end / popitem(last=False).
from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get_or(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            old = self.popitem(last=False)
            print('evict', old)
cache = LRU(3)
for k in 'abcabdeab':
    if cache.get_or(k) is None:
        cache.put(k, k.upper())
    print(k, list(cache))
print(cache)
print(isinstance(cache, dict), isinstance(cache, OrderedDict))
