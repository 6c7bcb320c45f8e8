import math
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.foo
except ModuleNotFoundError as e:
    print(e)
try:
    math.nosuch
except AttributeError as e:
    print(e)
try:
    del math.nosuch
except AttributeError as e:
    print(e)
import no_such_module_either
