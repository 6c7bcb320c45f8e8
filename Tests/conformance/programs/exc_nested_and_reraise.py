def inner():
    try:
        [][0]
    except IndexError:
        print('inner caught, re-raising')
        raise
try:
    inner()
except LookupError as e:
    print('outer caught', repr(e))
try:
    try:
        {}['k']
    except IndexError:
        print('wrong handler')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer KeyError', e)
try:
    try:
        raise ValueError('first')
    except ValueError as e:
        raise TypeError('second')
except TypeError as e:
    print('got', repr(e))
