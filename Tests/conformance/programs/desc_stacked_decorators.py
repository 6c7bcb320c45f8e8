def tag(name):
    def deco(fn):
        print('applying', name)
        def wrapper():
            return '<%s>%s</%s>' % (name, fn(), name)
        return wrapper
    return deco

@tag('b')
@tag('i')
@tag('u')
def text():
    return 'hello'

print(text())

def order(label):
    print('evaluating decorator expression', label)
    def deco(fn):
        print('calling decorator', label)
        return fn
    return deco

@order('outer')
@order('inner')
def f():
    pass

class Wrap:
    @staticmethod
    @tag('s')
    def s():
        return 'static'
    @classmethod
    @tag('c')
    def c(cls):
        return cls.__name__
print(Wrap.s())
Wrap.c()
