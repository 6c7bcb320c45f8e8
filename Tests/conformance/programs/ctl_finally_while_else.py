def while_else(n):
    while n > 0:
        try:
            n -= 1
            if n == 2:
                break
        finally:
            print('tick', n)
    else:
        print('else ran')
    return n
print(while_else(4), while_else(1))
def value_seen():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
        print('finally sees', x)
print(value_seen())
def reraise_in_finally():
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
reraise_in_finally()
