import sys
n = sys.stdout.write('written\n')
print(n, sys.stdout.write(''))
sys.stdout.writelines(['a\n', 'b\n'])
print('to stderr', 42, file=sys.stderr)
sys.stderr.write('direct\n')
print('after', file=sys.stdout)
print(file=sys.stderr)
sys.stdout.flush()


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collect()
print('x', 1, [2], sep=', ', end='!\n', file=c)
print(c.parts)
try:
    sys.stdout.write(3)
except TypeError as e:
    print(e)
print('done')
