deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print('repr:', e)
other = []
for i in range(100000):
    other = [other]
try:
    print(deep == other)
except RecursionError as e:
    print('compare:', e)
print('still running')
