class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')

try:
    with BadExit():
        print('body ok')
except RuntimeError as e:
    print('caught', e, e.__context__)
try:
    with BadExit():
        raise ValueError('body failed')
except RuntimeError as e:
    print('caught', e, '| context:', repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit never called')
try:
    with BadEnter():
        print('never')
except OSError as e:
    print('caught', e)
with BadExit():
    {}['key']
