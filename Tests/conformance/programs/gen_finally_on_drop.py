# CPython closes a generator as soon as its last reference goes away (reference counting):
# its finally block runs right there, not at the end of the program.
def resource(name):
    print('open', name)
    try:
        yield name + ':1'
        yield name + ':2'
    finally:
        print('close', name)

for x in resource('loop'):
    print('use', x)
    break
print('after break')
r = resource('del')
print(next(r))
del r
print('after del')
r = resource('rebind')
next(r)
r = None
print('after rebind')
def first(gen):
    return next(gen)
print(first(resource('call')))
print('after call')
