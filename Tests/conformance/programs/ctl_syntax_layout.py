x = 1; y = 2; z = x + y; print(z)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values, {
    'a': 1,
}, (
    4
))
def f(a,
      b=2):
    return a + \
        b
print(f(1))
if x: pass
while False: pass
for i in range(2): pass
# comment at col 0
if True:
        # oddly indented comment
    print('deep indent ok')

	
print('after blank and whitespace-only lines')
