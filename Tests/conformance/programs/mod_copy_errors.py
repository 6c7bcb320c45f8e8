# What copy refuses: generators, modules; copy's own argument errors; errors from hooks.
import copy
import math
def gen():
    yield 1
for f in [copy.copy, copy.deepcopy]:
    for obj in [gen(), math]:
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, e)
    try:
        f({}.keys())
    except TypeError as e:
        print(f.__name__, e)
for call in [lambda: copy.copy(), lambda: copy.deepcopy(), lambda: copy.copy(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class NeedsArg:
    def __init__(self, v): self.v = v
    def __new__(cls, v):
        return super().__new__(cls)
try:
    copy.copy(NeedsArg(1))
except TypeError as e:
    print(e)
class BadCopy:
    def __copy__(self): raise ValueError('refusing to copy')
    def __deepcopy__(self, memo): raise KeyError('deep')
try:
    copy.copy(BadCopy())
except ValueError as e:
    print(e)
try:
    copy.deepcopy([BadCopy()])
except KeyError as e:
    print(repr(e))
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.Error.__module__, copy.__all__)
