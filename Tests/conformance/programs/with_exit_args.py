class Inspect:
    def __enter__(self):
        return 'entered value'
    def __exit__(self, exc_type, exc_value, traceback):
        print('type:', exc_type)
        print('value:', repr(exc_value))
        print('tb is not None:', traceback is not None)
        if exc_value is not None:
            print('same object:', type(exc_value) is exc_type, exc_value.args)
        return True

with Inspect() as v:
    print(v)
with Inspect():
    raise KeyError('missing')
with Inspect():
    int('abc')
class Custom(Exception):
    pass
with Inspect():
    raise Custom
with Inspect():
    undefined_variable
print('end')
