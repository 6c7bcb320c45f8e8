counter = 0
class Tracker:
    def bump(self):
        global counter
        counter += 1
        return counter
    def make_closure(self):
        total = 0
        def add(n):
            nonlocal total
            total += n
            return total
        return add

t = Tracker()
print(t.bump(), t.bump(), counter)
add = t.make_closure()
print(add(5), add(10))
class Config:
    global setting
    setting = 'set from class body'
    local_only = 'class attr'
print(setting, Config.local_only, 'setting' in Config.__dict__)
def outer():
    value = 'outer'
    class Inner:
        nonlocal value
        value = 'changed by class body'
        def read(self):
            return value
    return value, Inner().read()
print(outer())
