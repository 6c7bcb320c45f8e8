# re: sub and subn with a function as the replacement.
import re
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.subn(r'\d+', double, 'a1 b22 c333', count=2))
print(re.sub(r'(?P<w>\w)(\w*)', lambda m: m['w'].upper() + m[2], 'hello big world'))
calls = []
def spy(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return ''
print(repr(re.sub('x*', spy, 'ab')), calls)
print(re.sub('a', lambda m: None, 'banana') if False else re.sub('a', lambda m: '', 'banana'))
print(re.sub(b'a', lambda m: m.group().upper(), b'banana'))
for bad in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', bad, 'xa')
    except TypeError as e:
        print('TypeError', e)
def boom(m):
    raise ValueError('from repl ' + m.group())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError', e)
