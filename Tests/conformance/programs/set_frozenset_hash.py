# hash() of frozensets is CPython's for every size (even sizes used to differ), so frozensets
# as keys and members find each other and sets of frozensets print in CPython's order.
M = (1 << 64) - 1

def fs_hash(fs):
    # CPython's frozenset_hash from the element hashes (str hashes depend on the seed)
    h = 0
    for e in fs:
        x = hash(e) & M
        h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167 & M
    h ^= (len(fs) + 1) * 1927868237 & M
    h ^= (h >> 11) ^ (h >> 25)
    h = (h * 69069 + 907133923) & M
    return h - (1 << 64) if h >= 1 << 63 else h

for n in range(7):
    ints = frozenset(range(n))
    tups = frozenset([(i, -i) for i in range(n)])
    strs = frozenset(['s' + str(i) for i in range(n)])
    print(n, hash(ints), hash(tups), hash(strs) == fs_hash(strs), fs_hash(ints) == hash(ints))
nested = frozenset([frozenset(range(k)) for k in range(5)])
print(hash(nested), hash(frozenset([nested, frozenset()])), hash(nested) == fs_hash(nested))
mixed = frozenset([-1, -2, 2**61 - 1, 2**64, 1.5, True, (1, 'x')])
print(hash(mixed) == fs_hash(mixed))
print(hash(frozenset([-1, -2, 2**61 - 1, 2**64, 1.5, (1, 2)])))
d = {frozenset(range(n)): n for n in range(7)}
print(d[frozenset([1, 0])], d[frozenset()], d.get(frozenset([3, 2, 1, 0])), d.get(frozenset([9])))
print({1, 2} in {frozenset({1, 2})}, frozenset({2, 1}) in {frozenset({1, 2}): 0})
s = {frozenset(range(n)) for n in range(7)}
print(s)
s.remove({0, 1})
s.discard(set())
print(len(s), {0, 1, 2, 3} in s, frozenset() in s)
print({frozenset({1, 2}), frozenset({2, 1}), frozenset({(1, 2)}), frozenset({frozenset()})})
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1, 2])), frozenset({1, 2}) == {2, 1})
