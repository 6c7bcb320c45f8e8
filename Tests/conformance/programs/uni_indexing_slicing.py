s = 'ñandú→日本😀!'
print(len(s), [s[i] for i in range(len(s))])
print(s[-1], s[-2], s[-3], s[5:8], s[::-1], s[::3], s[-4:-1], s[6:100])
for i, ch in enumerate(s):
    if ord(ch) > 127:
        print(i, ch, ord(ch), hex(ord(ch)))
t = 'e\u0301 vs \u00e9'
print(t, len(t), t[0], repr(t[1]), t[:2] == t[-1], list(t[:2]))
print('😀' * 3, len('😀' * 3), ('ab😀' * 2)[2::3], '😀😁😂'.find('😂'), '😀😁😂'.index('😁'))
print('日本' + '語', '日本語'.replace('本', 'ほん'), '日本語'[1:], 'x日y'.split('日'))
