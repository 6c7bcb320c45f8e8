# isinstance/issubclass with ABCs inside tuples, on classes themselves, and caching after register.
from abc import ABC
class Readable(ABC):
    pass
class Writable(ABC):
    pass
class File:
    pass
f = File()
print(isinstance(f, (Readable, Writable)), isinstance(f, (int, File)))
Readable.register(File)
print(isinstance(f, (Writable, Readable)), issubclass(File, (Writable, Readable)))
Writable.register(File)
print(isinstance(f, Writable), isinstance(File, Readable), isinstance(Readable, type))
class Sub(File):
    pass
print([isinstance(x, Readable) for x in (Sub(), File(), 5, None, 'x')])
print(issubclass(bool, Readable), issubclass(Readable, Readable), issubclass(Readable, object))
try:
    isinstance(f, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(f, Readable)
except TypeError as e:
    print(type(e).__name__, e)
