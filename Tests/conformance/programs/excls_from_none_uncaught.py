class LookupFailed(Exception):
    pass

def find(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupFailed('no key ' + repr(k)) from None

print(find({'a': 1}, 'a'))
find({}, 'b')
