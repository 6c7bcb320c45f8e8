class Outer:
    class Inner:
        class Deepest:
            pass
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()

print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest)
print(Outer().make().who())
print(Outer.Inner.who.__qualname__)
print(Outer.make.__qualname__)
i = Outer.Inner()
print(isinstance(i, Outer.Inner), isinstance(i, Outer))
def f():
    class G:
        class H:
            def m(self):
                pass
    return G
print(f().H.m.__qualname__)
print(f().H)
