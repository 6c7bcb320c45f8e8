def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
def override():
    try: return 'try value'
    finally: return 'finally value'
def loop_break():
    for i in range(5):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    else:
        return 'no break'
    return 'broke at %d' % i
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
def gen_finally():
    try:
        yield 1
        raise KeyError('swallowed by return in finally')
    finally:
        return
print(swallow(), override(), loop_break(), loop_continue(), list(gen_finally()))
try:
    swallow(1)
finally:
    print('module finally', override())
