def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e), repr(e), e.args)
def r1(): raise ValueError
def r2(): raise ValueError('with message')
def r3(): raise RuntimeError('two', 'args')
def r4(): raise KeyError('key')
def r5(): raise NotImplementedError('todo')
def r6(): raise 42
def r7(): raise ArithmeticError()
def r8(): raise Exception
for f in (r1, r2, r3, r4, r5, r6, r7, r8):
    attempt(f)
err = OverflowError('reused')
for i in range(2):
    try:
        raise err
    except OverflowError as e:
        print(i, e is err)
