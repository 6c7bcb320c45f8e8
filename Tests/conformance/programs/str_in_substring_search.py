# `x in s` searches in linear time: a long needle that almost matches at every position used to
# make the search quadratic. Answers stay those of str.find, empty needles and non-ASCII included.
hay = 'a' * 1000000
needle = 'a' * 30000 + 'b'
print(needle in hay, needle[:-1] in hay, needle not in hay, needle in hay + 'b', 'b' + needle in hay + 'b')
uni = 'é' * 300000
print('é' * 20000 + 'e' in uni, 'é' * 20000 in uni, 'e' in uni, 'é' in uni + 'x')
periodic = 'ab' * 200000
print('ab' * 10000 + 'b' in periodic, 'ba' * 10000 in periodic, 'ab' * 200001 in periodic)
print('' in '', '' in 'abc', '' in hay, 'abc' in '', 'a' in 'a', 'ab' in 'a', 'ba' in 'abab', '\x00' in 'a\x00b')
print('é' in 'café', 'e' in 'café', 'fé' in 'café', 'ﬁ' in 'fi', 'ß' in 'SS', '\u0301' in 'é', 'ab€' in 'xab€y')
for n in ['', 'a', 'ab', 'abc', 'ca', 'abcabd', 'd']:
    print(repr(n), [n in h for h in ['', 'abcab', 'abcabcabd']], [n not in h for h in ['', 'd']])
print('abc'.__contains__('b'), 'abc'.__contains__(''), ''.__contains__(''), 'abc'.__contains__('x'))
for bad in [1, None, ['a'], ('a',)]:
    try:
        print(bad in 'abc')
    except TypeError as e:
        print(e)
try:
    'abc'.__contains__(1)
except TypeError as e:
    print(e)
