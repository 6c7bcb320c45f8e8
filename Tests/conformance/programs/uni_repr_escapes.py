for s in ['\x85', '\xa0', '\xad', '\u2028', '\u200e', '\ufeff', '\U000e0001', '\U0001f600', '\u0378', 'é', '\x1f', '\u3000', '\ufffd']:
    print(repr(s), len(s))
print(repr('\ud800'), repr('a\udfffb'), len('\ud800'))
print(repr('tab\tnl\ncr\r'), repr('\x0b\x0c'), ['é', '\n', '😀'], ('\xa0',), {'ké': 'vä'})
