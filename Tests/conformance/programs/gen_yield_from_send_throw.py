def sub():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    except ValueError as e:
        print('sub handled', e)
        yield 'sub recovered'
    finally:
        print('sub finally')

def main():
    result = yield from sub()
    print('sub result', result)
    yield 'main after'

m = main()
print(next(m), m.send(3), m.send(4))
print(m.send(None))
m2 = main()
next(m2)
print(m2.throw(ValueError('oops')))
m2.close()
print('m2 closed')
m3 = main()
next(m3)
m3.close()
print('m3 closed')
m4 = main()
next(m4)
m4.throw(KeyError('propagates'))
