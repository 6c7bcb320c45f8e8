def double(x):
    return 2 * x
def apply(f, v):
    return f(v)
ops = {'double': double, 'neg': lambda x: -x, 'abs': abs}
for name in ['double', 'neg', 'abs']:
    print(name, apply(ops[name], -4))
funcs = [double, str, len, abs]
print([callable(f) for f in funcs], callable(5))
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), make_adder(10)(1), apply(make_adder(2), 3))
print(type(double) == type(add5), len)
def ret_tuple():
    return 1, [2], 'three'
a, b, c = ret_tuple()
print(a, b, c, ret_tuple())
