def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
len = 42
try:
    len('abc')
except TypeError as e:
    print(e)
del len
print(len('abc'))
