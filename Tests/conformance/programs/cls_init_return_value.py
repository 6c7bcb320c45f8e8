class Good:
    def __init__(self):
        self.ok = True
        return None

class Bad:
    def __init__(self):
        return 5

class Early:
    def __init__(self, flag):
        self.a = 1
        if flag:
            return
        self.b = 2

print(Good().ok)
print(vars(Early(True)), vars(Early(False)))
try:
    Bad()
except TypeError as e:
    print('TypeError', e)
class Raises:
    def __init__(self):
        self.half = True
        raise ValueError('construction failed')
try:
    Raises()
except ValueError as e:
    print('ValueError', e)
Bad()
