import textwrap
texts = ['a well-known state-of-the-art solution', 'mother-in-law son-of-a-gun',
         'an em--dash between words and---three', 'x-ray e-mail 1-2-3 a-1 -leading trailing-',
         'Hello--world. "quoted"--dash', 'non-hyphenated--', 'ab-cd-ef-gh-ij-kl-mn',
         'super-cali-fragilistic-expiali-docious', '--double--dash--', 'word-- -word']
for t in texts:
    for width in [5, 8, 12]:
        print(width, textwrap.wrap(t, width))
        print(width, textwrap.wrap(t, width, break_on_hyphens=False))
print(textwrap.wrap('well-known', 6, break_on_hyphens=1))
print(textwrap.wrap('a-b-c-d-e-f-g-h', 4))
