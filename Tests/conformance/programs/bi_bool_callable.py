print(bool(), bool(0), bool(1), bool(-0.0), bool(0.0001), bool(''), bool('False'), bool([]), bool([[]]))
print(bool({}), bool({0: 0}), bool(()), bool((0,)), bool(None), bool(set()), bool(range(0)), bool(range(2)))
print(callable(len), callable(print), callable(lambda: 1), callable(1), callable('s'), callable(int), callable(None))
def f(): pass
print(callable(f), callable([f]), callable(ValueError), callable(ValueError('x')))
