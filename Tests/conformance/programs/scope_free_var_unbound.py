def outer():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(repr(e))
    val = 3
    return inner()
print(outer())
