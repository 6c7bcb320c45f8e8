class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise ValueError('exit ' + self.name)
        return self.suppress
def run(*cms, body_error=None):
    try:
        with cms[0] as x:
            if len(cms) > 1:
                with cms[1] as y:
                    print('body', x, y)
                    if body_error: raise body_error
            else:
                print('body', x)
                if body_error: raise body_error
        print('after')
    except Exception as e:
        print('caught', type(e).__name__, e)
run(CM('a'))
run(CM('a', fail_enter=True))
run(CM('a', fail_exit=True))
run(CM('a', suppress=True), body_error=KeyError('k'))
run(CM('a'), CM('b', fail_exit=True), body_error=TypeError('t'))
def ret():
    with CM('r') as v:
        return v + '!'
print(ret())
class Varargs:
    def __enter__(self): return 1
    def __exit__(self, *args):
        print('varargs exit', args)
with Varargs() as one:
    print(one)
