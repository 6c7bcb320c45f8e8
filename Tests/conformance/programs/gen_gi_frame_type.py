# A suspended generator's gi_frame is a frame object; a finished one's is None.
def g():
    yield 1
    yield 2

it = g()
print(type(it.gi_frame).__name__, it.gi_frame is not None)
next(it)
print(type(it.gi_frame).__name__)
list(it)
print(it.gi_frame)
