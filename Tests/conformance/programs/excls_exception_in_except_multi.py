class First(Exception): pass
class Second(Exception): pass
class Third(Exception): pass

def run():
    try:
        raise First('one')
    except First:
        try:
            raise Second('two')
        except Second as s:
            raise Third('three') from s

try:
    run()
except Third as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), repr(e.__cause__.__context__))
run()
