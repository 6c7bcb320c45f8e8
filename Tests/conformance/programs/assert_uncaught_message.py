def check(v):
    assert v % 2 == 0, f'{v} is odd'
    return v
print(check(4))
check(3)
