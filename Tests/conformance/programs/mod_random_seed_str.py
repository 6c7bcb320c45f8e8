# seed(str): version 2 seeds with the UTF-8 bytes followed by their SHA-512 digest; version 1
# with CPython 2's string hash. Floats seed with their hash.
import random
for s in ['', 'a', 'hello', 'Hello', 'hello world', 'héllo wörld €', '日本語', 'a' * 111, 'a' * 112, 'b' * 1000, '0', '\n\t']:
    random.seed(s)
    print(repr(s)[:16], random.random(), random.getrandbits(40), random.randrange(1000))
for s in ['', 'a', 'abc', 'hello world', 'ÿé']:
    random.seed(s, version=1)
    print(repr(s), random.random())
for f in [0.0, -0.0, 1.0, 1.5, -2.25, 3.141592653589793, 1e300, -1e-300, 2.0**70, float('inf'), float('-inf')]:
    random.seed(f)
    print(f, random.random(), random.random() == random.Random(f).random())
random.seed(5.0); a = random.random()
random.seed(5); print(a == random.random())
r = random.Random('seed me')
print(r.random(), r.randint(1, 100), r.choice('abcdef'))
r.seed('seed me'); print(r.random())
r.seed('x', version=2); print(r.random()); r.seed('x', 2); print(r.random())
class S(str):
    pass
random.seed(S('hello')); x = random.random(); random.seed('hello'); print(x == random.random())
for bad in [[1], {}, (1, 2), {1}, None.__class__, random]:
    try:
        random.seed(bad)
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
