class ReturnsOther:
    def __enter__(self):
        return 'not self'
    def __exit__(self, *a):
        pass
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with ReturnsOther() as v:
    print(v)
with ReturnsNone() as v:
    print(v)
class Counter:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self.entered
    def __exit__(self, *a):
        pass
c = Counter()
with c as n1:
    with c as n2:
        print(n1, n2)
with c as n3:
    print(n3, c.entered)
class ExitSeesReturn:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit runs before the function returns')
def f():
    with ExitSeesReturn():
        print('body')
        return 'result'
print(f())
