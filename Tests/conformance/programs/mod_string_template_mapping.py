from string import Template
class Lookup:
    def __init__(self):
        self.seen = []
    def __getitem__(self, key):
        self.seen.append(key)
        if key == 'missing':
            raise KeyError(key)
        return key * 2
m = Lookup()
t = Template('$a ${b} $a $missing')
print(t.safe_substitute(m), m.seen)
try:
    t.substitute(m)
except KeyError as e:
    print(type(e).__name__, e, m.seen)
print(Template('$a $b').substitute({'a': 1, 'b': 2}, b='kw'))
print(Template('$a $b').substitute(Lookup(), b='kw'))
print(Template('$a').substitute({'a': 'dict'}, a='keyword wins'))
print(Template('$x').substitute({'x': 1.5}), Template('$x').substitute({'x': (1, 2)}))
class Str:
    def __str__(self):
        return 'from __str__'
print(Template('[$v]').substitute(v=Str()))
print(Template('$mapping').substitute(mapping='kw named mapping'))
print(Template('$self').substitute(self='kw named self'))
try:
    Template('$a').substitute([])
except TypeError as e:
    print(type(e).__name__, e)
print(Template('$a').safe_substitute({}), Template('${a}').safe_substitute(a=None))
