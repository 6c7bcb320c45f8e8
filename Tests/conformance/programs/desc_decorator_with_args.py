def repeat(times, sep='|'):
    print('repeat factory', times)
    def decorate(fn):
        print('decorating', fn.__name__)
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        wrapper.__name__ = fn.__name__ + '_x' + str(times)
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return 'hi ' + name

@repeat(2, sep='-')
def bye():
    return 'bye'

print(hello('bob'), hello.__name__)
print(bye(), bye.__name__)

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register('double')
def d(x): return 2 * x
@register('neg')
def n(x): return -x
print(sorted(registry), [registry[k](5) for k in sorted(registry)])
@(lambda f: f())
def called_at_definition():
    return 'value'
print(called_at_definition)
