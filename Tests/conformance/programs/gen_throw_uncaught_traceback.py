def consumer():
    while True:
        item = yield
        print('consumed', item)

def driver():
    c = consumer()
    next(c)
    c.send('one')
    c.throw(RuntimeError('injected'))

driver()
