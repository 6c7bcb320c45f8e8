class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print('TypeError', e)
try:
    with 5:
        pass
except TypeError as e:
    print('TypeError', e)
class InstanceAttrs:
    pass
obj = InstanceAttrs()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print('TypeError', e)
with [1, 2] as lst:
    pass
