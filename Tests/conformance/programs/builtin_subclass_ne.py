# != with a str subclass that defines only __eq__: str's own __ne__ decides
class S(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
print("a" != S("b"), S("b") != "a", S("b") == "a", "a" == S("b"))
class I(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
print(1 != I(2), I(2) != 1, [1] != [I(1)])
class N(str):
    def __ne__(self, other):
        return "custom"
print("a" != N("a"), N("a") != "a")
