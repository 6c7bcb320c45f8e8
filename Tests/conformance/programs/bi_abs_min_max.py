print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(float('-inf')))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max('hello'), min('b', 'a', 'c'), max([1.5, 2, True]))
print(max([], default='empty'), min([], default=None), max([3], default=0))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min({'x': 3, 'y': 1}), max({'x': 3, 'y': 1}, key=lambda k: -ord(k)))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max([-1, -5], key=abs), max(range(10), key=lambda v: v % 4))
print(max('a', 'b', key=None), min('a', 'B', key=None))
for bad in ([], ()):
    try:
        max(bad)
    except ValueError as e:
        print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    max(1, 'a')
except TypeError as e:
    print(e)
