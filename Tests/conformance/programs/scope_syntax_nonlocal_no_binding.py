print('never printed')
def outer():
    def inner():
        nonlocal counter
        counter = 1
    return inner
