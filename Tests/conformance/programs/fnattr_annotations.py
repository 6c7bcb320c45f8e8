def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
def h() -> None:
    pass
print(h.__annotations__)
class Point:
    x: int
    y: float = 0.0
    label: 'str'
    def method(self, other: 'Point') -> 'Point':
        return self
print(Point.__annotations__)
print(Point.method.__annotations__)
print(hasattr(Point, 'x'), Point.y)
count: int = 5
print(count)
name: str
try:
    print(name)
except NameError as e:
    print('NameError', e)
class Empty:
    pass
print(getattr(Empty, '__annotations__', 'no annotations'))
