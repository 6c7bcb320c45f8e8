# The replace, ignore and backslashreplace handlers (and xmlcharrefreplace for encoding).
bad = [b'\xff', b'a\xe4\xb8x', b'\xe4\xb8\xe4\xb8\xad', b'\xff\xfe', b'\xf0\x9f\x98', b'x\xed\xa0\x80y', b'\xc2']
for b in bad:
    print(b, repr(b.decode('utf-8', 'replace')), repr(b.decode(errors='ignore')), repr(b.decode('utf-8', 'backslashreplace')))
    print(' ', repr(b.decode('ascii', 'replace')), repr(b.decode('ascii', 'ignore')), repr(b.decode('ascii', 'backslashreplace')))
for s in ['café', '€x', 'a😀b', 'ĀāĂ', 'plain']:
    print(repr(s), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'))
    print(' ', s.encode('latin-1', 'replace'), s.encode('latin-1', 'xmlcharrefreplace'), s.encode('ascii', errors='xmlcharrefreplace'))
print('x'.encode('ascii', 'no-such-handler'), b'x'.decode('utf-8', 'no-such-handler'), b'\xff'.decode('latin-1', 'bogus'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'\xff'.decode('utf-8', 'namereplace'))
t(lambda: b'\xff'.decode('ascii', 'strict'))
t(lambda: str(b'\xff', 'utf-8', 'bogus'))
