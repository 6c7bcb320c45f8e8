import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(all(c in string.printable for c in string.punctuation + string.whitespace))
print([c for c in 'Hello, World! 42' if c in string.ascii_uppercase + string.digits])
print(''.join(sorted(set(string.hexdigits.lower()))))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
from string import digits, whitespace
print(digits[::-1], repr(whitespace.strip()))
print(sorted(n for n in string.__all__))
