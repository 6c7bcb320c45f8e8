def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return int('nope')
    return {}['k']
for k in range(4):
    try:
        risky(k)
    except (ZeroDivisionError, IndexError) as e:
        print('first clause', type(e), e)
    except (ValueError,) as e:
        print('second clause', e)
    except Exception as e:
        print('generic', repr(e))
try:
    risky(2)
except:
    print('bare except caught it')
