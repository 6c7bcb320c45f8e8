counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
x = 'global x'
def reads_global():
    return x
def shadows():
    x = 'local x'
    return x
print(reads_global(), shadows(), x)
def conditional_global(flag):
    global y
    if flag:
        y = 1
conditional_global(True)
print(y)
