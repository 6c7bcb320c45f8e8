# re: ^ $ with and without MULTILINE, $ before a final newline, . with DOTALL, \A \Z.
import re
text = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.search(r'three$', text), re.search(r'three\Z', text), re.search(r'\Aone', text, re.M))
print(re.findall(r'$', text), re.findall(r'$', text, re.M), re.findall(r'^', text, re.M))
print(re.findall(r'o.t', 'o\nt ont'), re.findall(r'o.t', 'o\nt ont', re.S), re.findall(r'(?s)o.t', 'o\nt'))
print(re.search(r'a.*b', 'a\n\nb'), re.search(r'a.*b', 'a\n\nb', re.S | re.M))
print(re.sub(r'(?m)^', '> ', 'x\ny'), re.sub(r'(?m)$', ';', 'x\ny\n'))
print(re.split(r'(?m)^$', 'p1\n\np2'), re.findall(r'^$', '\n\n', re.M), re.search('$', 'a\n\n').span())
