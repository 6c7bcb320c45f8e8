# re: Pattern repr with and without flags, long patterns, bytes.
import re
print(re.compile('a+'))
print(re.compile(r'\d+\.\d*'))
print(re.compile('a', re.I))
print(re.compile('a', re.I | re.S | re.X | re.M))
print(re.compile('(?i)a'))
print(re.compile('a', re.A))
print(re.compile('a', re.U))
print(re.compile(b'a'))
print(re.compile(b'a', re.I | re.L))
print(re.compile("it's"))
print(repr(re.compile('x' * 300))[-10:], len(repr(re.compile('y' * 300))))
print([re.compile('ab'), re.compile('c', re.M)])
