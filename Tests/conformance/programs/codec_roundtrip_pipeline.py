# Decoding untrusted bytes: try strict, fall back to a handler, report where decoding broke.
samples = [b'plain ascii', 'caf\xe9'.encode('latin-1'), 'café'.encode(), b'\xff\xfebroken\xe2\x82',
           bytearray('€100'.encode()), b'trunc\xf0\x9f', b'']
def describe(raw):
    try:
        return 'utf-8: ' + raw.decode('utf-8')
    except UnicodeDecodeError as e:
        bad = raw[e.start:e.end]
        return 'invalid at %d-%d (%s, %r); replaced: %s; latin-1: %s' % (
            e.start, e.end, e.reason, bad, raw.decode('utf-8', 'replace'), raw.decode('latin-1'))
for raw in samples:
    print(describe(raw))
text = 'Grüße, 世界! ñ'
for enc in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            data = text.encode(enc, errors)
            print(enc, errors, data, len(data), data.decode(enc, errors) == text)
        except UnicodeEncodeError as e:
            print(enc, errors, 'failed at', e.start, e.end, repr(e.object[e.start:e.end]))
print(str('é'.encode(), 'latin-1'), 'é'.encode().decode('latin-1').encode('latin-1').decode())
