# Only the utf-8, ascii and latin-1 codecs exist: another codec CPython has must be refused by name.
print('abc'.encode('latin-1'))
print('abc'.encode('utf-16'))
