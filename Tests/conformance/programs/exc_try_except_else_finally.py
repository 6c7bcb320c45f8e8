def run(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print('except', v)
    else:
        print('else', r)
    finally:
        print('finally', v)
run(2)
run(0)
try:
    pass
finally:
    print('finally without except')
try:
    x = int('12')
except ValueError:
    print('no')
else:
    print('converted', x)
