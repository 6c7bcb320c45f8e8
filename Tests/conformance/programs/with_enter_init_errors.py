class CM:
    def __init__(self, name, fail_init=False, fail_enter=False, fail_exit=False):
        print('init', name)
        if fail_init:
            raise ValueError('init failed: ' + name)
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise KeyError('enter failed: ' + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError('exit failed: ' + self.name)
        return False
def run(*cms):
    try:
        with cms[0]() as a, cms[1]() as b:
            print('body', a, b)
            raise IndexError('body')
    except Exception as e:
        ctx = e.__context__
        print('->', type(e).__name__, e, '| context:', type(ctx).__name__ if ctx else None)
run(lambda: CM('a'), lambda: CM('b', fail_init=True))
run(lambda: CM('a'), lambda: CM('b', fail_enter=True))
run(lambda: CM('a', fail_exit=True), lambda: CM('b'))
run(lambda: CM('a', fail_exit=True), lambda: CM('b', fail_exit=True))
class Half:
    def __enter__(self):
        return self
try:
    with CM('ok'), Half():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with CM('outer', fail_exit=True):
    with CM('inner', fail_exit=True):
        {}['missing']
