def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(repr(e))
def too_many():
    a, b = 'abc'
def not_enough():
    a, b, c = [1]
def starred_short():
    a, b, *c = [1]
def non_iterable():
    a, b = 5
def none_iter():
    a, b = None
def dict_too_many():
    x, = {'a': 1, 'b': 2}
for f in (too_many, not_enough, starred_short, non_iterable, none_iter, dict_too_many):
    attempt(f)
