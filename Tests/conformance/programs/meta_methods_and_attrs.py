class Meta(type):
    kind = 'meta attribute'
    def describe(cls):
        return 'class %s with %d attrs' % (cls.__name__, len([k for k in vars(cls) if not k.startswith('__')]))
    def __repr__(cls):
        return '<Meta-made %s>' % cls.__name__
    def __len__(cls):
        return 99
    def __getitem__(cls, key):
        return '%s[%r]' % (cls.__name__, key)

class A(metaclass=Meta):
    x = 1
    y = 2
class B(A):
    z = 3

print(A.describe(), B.describe())
print(A, B, [A, B])
print(len(A), B['key'], A.kind)
try:
    A().describe()
except AttributeError as e:
    print('AttributeError', e)
try:
    A().kind
except AttributeError as e:
    print('AttributeError', e)
print(type(B), type(B).__name__, isinstance(B, Meta))
print(repr(A()).startswith('<__main__.A object'))
C = Meta('C', (), {'w': 0})
print(C, C.describe())
