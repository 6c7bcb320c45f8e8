# TypedDict classes: calling one makes a plain dict; keys, totality and inheritance are recorded.
from typing import TypedDict, List

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title='Alien', year=1979)
print(m, type(m), m['title'], isinstance(m, dict), Movie(), Movie({'a': 1}, b=2))
print(Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))

class Partial(TypedDict, total=False):
    rating: float

print(Partial(), Partial.__total__, sorted(Partial.__optional_keys__), sorted(Partial.__required_keys__))

class Review(Movie, total=False):
    stars: int
    tags: List[str]

r = Review(title='Up', year=2009, stars=5)
print(r, sorted(Review.__annotations__), sorted(Review.__required_keys__), sorted(Review.__optional_keys__))
print(Review.__total__, type(r).__name__, r.get('tags', []), len(r))
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__, Point.__name__)
Opt = TypedDict('Opt', {'k': str}, total=False)
print(Opt.__total__, sorted(Opt.__optional_keys__))
for t in (lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print('TypeError', e)
