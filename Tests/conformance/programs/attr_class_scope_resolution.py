x = 'global'
class C:
    x = 'class'
    y = x + '-derived'
    def method(self):
        return x
    def method_self(self):
        return self.x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(C().method(), C().method_self(), C.y, C().lam(), C.comp)
def f():
    x = 'enclosing'
    class D:
        x = 'class D'
        def m(self):
            return x
        also = x
    return D().m(), D.also
print(f())
class E:
    class_level_total = 10
    def get(self):
        return class_level_total
print(E.class_level_total)
E().get()
