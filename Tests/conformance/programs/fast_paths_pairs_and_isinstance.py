# The dispatch loop's shortcuts: len()/isinstance() answered inline, and `for a, b in`
# over enumerate / zip / dict.items() without a tuple per item. Same results and errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

class Magic(metaclass=Meta):
    pass

class Base: pass
class Child(Base): pass

print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(range(5)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print(e)
print(isinstance("magic", Magic), isinstance("other", Magic))
print(isinstance(Child(), Base), isinstance(Base(), Child), isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, (list, int))), isinstance(1, (int, "not a type")))
for bad in [(str, "x"), "x", 3]:
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Child, type), isinstance(Magic, Meta), isinstance(int, (Meta, type)))

total = 0
for i, x in enumerate([10, 20, 30], 5):
    total += i * x
print(total)
for i, (a, b) in enumerate(zip("abc", [1, 2, 3, 4])):
    print(i, a, b)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for a, b in zip([1, 2], [3, 4], strict=True):
    print(a + b)
try:
    for a, b in zip([1, 2, 3], [3, 4], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
d = {"one": 1, "two": 2}
for k, v in d.items():
    print(k, v)
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("RuntimeError:", e)
for i, x in enumerate(iter([7, 8]), 2**63 - 1):
    print(i, x)
for a, b in enumerate(x * x for x in range(3)):
    print(a, b)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
it = enumerate("ab")
for a, b in it:
    print(a, b, list(it))
