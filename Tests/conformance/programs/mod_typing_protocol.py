# Protocol classes: not instantiable, isinstance only with @runtime_checkable (method presence).
from typing import Protocol, runtime_checkable, TypeVar

class Drawable(Protocol):
    def draw(self) -> str: ...

class Circle:
    def draw(self):
        return 'circle'

def render(d: Drawable) -> str:
    return d.draw()

print(render(Circle()), Drawable, Drawable.__mro__[1:])
for t in (lambda: Drawable(), lambda: isinstance(Circle(), Drawable)):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)

@runtime_checkable
class Closable(Protocol):
    def close(self): ...

class File:
    def close(self):
        return 'closed'

print(isinstance(File(), Closable), isinstance(Circle(), Closable), isinstance(3, Closable))

class Square(Drawable):
    def draw(self):
        return 'square'

print(Square().draw(), isinstance(Square(), Circle))
try:
    runtime_checkable(Circle)
except TypeError as e:
    print('TypeError', e)
