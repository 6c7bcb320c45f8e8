import math
math.answer = 42
print(math.answer, hasattr(math, 'answer'))
del math.answer
print(hasattr(math, 'answer'))
old = math.sqrt
math.sqrt = lambda x: 'patched'
print(math.sqrt(4))
math.sqrt = old
print(math.sqrt(4))
import bisect
saved = bisect.bisect
bisect.bisect = 'replaced'
print(bisect.bisect)
bisect.bisect = saved
print(bisect.bisect([1, 2, 3], 2))
print(math.__name__, bisect.__name__)
print(type(math))
