s = 'héllo wörld'
print(len(s), s[1], s[-4], s[1:5], s[::-1], s.upper(), s.find('ö'), s.index('w'))
e = '日本語テキスト'
print(len(e), e[0], e[2:4], e[-1], list(e[:3]), e * 2, e.count('テ'))
m = 'a😀b🎉c'
print(len(m), m[1], m[3], m[1:4], m[::2], [ord(c) for c in m], m.split('b'))
print('ÄÖÜ'.lower(), 'ß' == 'ss', 'é' == '\u00e9', 'e\u0301', len('e\u0301'), 'café'[3])
print(repr('é😀'), repr('\u2028'), repr('\ufeff'), repr('\u00a0'), repr('🎉'[0]))
print(sorted('δβα'), 'α' < 'β', max('aé'), 'ñ'.isalpha(), '٣'.isdigit(), 'Ω'.lower())
print('→'.join(['a', 'b']), 'x→y'.split('→'), 'üü'.replace('ü', 'u'), '[' + 'é'.center(5, '·') + ']')
print(f'{"é":^5}|', '%-4s|' % 'ü', 'ç'.zfill(3), 'done')
