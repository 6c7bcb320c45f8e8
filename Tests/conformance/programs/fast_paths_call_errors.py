# The in-place binder leaves every failing call to the general one: CPython's messages.
def f(a, b, c=0, d=0): pass
def kwo(a, *, k, m=5): pass
def po(a, b=2, /, c=3, *, d=4): pass
def vk(a, **kw): pass
def one(x): pass
class C:
    def m(self, x, y=1): pass
calls = [
    lambda: f(1, b=2, a=3), lambda: f(1, 2, e=3), lambda: f(b=1), lambda: f(),
    lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3, 4, 5, b=1), lambda: kwo(1),
    lambda: kwo(1, 2, k=3), lambda: kwo(k=1), lambda: po(a=1), lambda: po(1, b=2),
    lambda: po(1, 2, 3, 4), lambda: po(1, c=1, d=2, e=3), lambda: vk(1, a=2),
    lambda: vk(b=2), lambda: one(1, x=2), lambda: one(y=1), lambda: one(x=1, **{"x": 2}),
    lambda: C().m(1, x=2), lambda: C().m(z=1), lambda: C().m(), lambda: C.m(x=1),
    lambda: f(1, **{"b": 2, "e": 3}), lambda: f(*(1,), **{"a": 2}),
    lambda: kwo(1, **{"k": 1, "m": 2, "q": 3}), lambda: po(**{"a": 1, "b": 2}),
    lambda: f(1, 2, **{1: 2}), lambda: f(1, 2, c=3, **{"c": 4}),
    lambda: f(1, 2, *[3], **{"d": 4, "c": 5}), lambda: C()(1),
]
for call in calls:
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)
def deep(n, k=0):
    return deep(n + 1, k=k) if n < 10 ** 6 else n
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
f(1, 2, e=5)
