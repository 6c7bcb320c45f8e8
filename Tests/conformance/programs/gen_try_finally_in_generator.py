def resource(name):
    print('open', name)
    try:
        yield name + ':1'
        yield name + ':2'
    finally:
        print('close', name)

for x in resource('a'):
    print('use', x)
r = resource('c')
print(next(r))
r.close()
print('after close')
def nested():
    try:
        try:
            yield 'inner'
        finally:
            print('inner finally')
        yield 'between'
    finally:
        print('outer finally')
n = nested()
print(next(n), next(n))
n.close()
print(list(nested()))
