# re: Match repr, truthiness, and slices of the subject.
import re
m = re.match(r'a+', 'aaab')
print(m)
print(repr(m), bool(m), str(m) == repr(m))
print(re.search(r"'", "it's"))
print(re.search(r'"', 'say "x"'))
print(re.search(r'\n', 'a\nb'))
print(re.search('é+', 'cafééé!'))
print(re.match('', 'abc'))
print(re.match(rb'\x00\xff', b'\x00\xff'))
print(re.match('x' * 60, 'x' * 60))
print(re.search(r'b', 'abc') is not None, re.search('z', 'abc'))
