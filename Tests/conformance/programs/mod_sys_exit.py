import sys
print('before')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught', e.code, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit('message')
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    exit(2)
except SystemExit as e:
    print('exit builtin', e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
def f():
    try:
        sys.exit(3)
    finally:
        print('finally runs')
f()
print('not reached')
