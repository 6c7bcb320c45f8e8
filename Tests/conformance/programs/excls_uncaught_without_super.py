class Odd(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

try:
    raise Odd(1, 2)
except Odd as e:
    print(repr(e), e.args, e.a, e.b)
raise Odd('first', 'second')
