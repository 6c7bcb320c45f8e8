class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, getattr(item, '__name__', item))
print(Box[int])
print(Box['str'])
print(Box[int, str] if False else Box[(1, 2)])
class Sub(Box):
    pass
print(Sub[float])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print('TypeError', e)
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
b = Box()
try:
    b[0]
except TypeError as e:
    print('TypeError', e)
