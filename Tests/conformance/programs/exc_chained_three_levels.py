try:
    {}['a']
except KeyError:
    try:
        int('b')
    except ValueError:
        None + 1
