class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass

print(callable(WithCall), callable(WithCall()), callable(Without()), callable(Without))
print(callable(len), callable(lambda: 0), callable(3), callable('s'), callable(None))
print(WithCall()())
w = Without()
try:
    w()
except TypeError as e:
    print('TypeError', e)
try:
    Without()(1, 2)
except TypeError as e:
    print('TypeError', e)
w.__call__ = lambda: 'instance call'
print(callable(w))
try:
    w()
except TypeError as e:
    print('TypeError', e)
print(w.__call__())
Without.__call__ = lambda self: 'class call now'
print(w(), callable(Without()))
five = 5
five()
