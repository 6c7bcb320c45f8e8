# re: IGNORECASE for literals, classes, ranges, backreferences and Unicode letters.
import re
print(re.findall('hello', 'Hello HELLO hElLo', re.I))
print(re.findall('[a-f]+', 'CAFE babe Zed', re.I), re.findall('[^a-z]', 'aBc1', re.I))
print(re.match(r'(\w+) \1', 'Abc aBC', re.I), re.match(r'(\w+) \1', 'Abc aBC'))
print(re.findall('é', 'éÉ', re.I), re.findall('É', 'éÉ', re.I | re.A), re.findall('ß', 'ßẞ', re.I))
print(re.findall('[α-ω]+', 'ΑΒΓ αβγ', re.I), re.findall('σ', 'Σσς', re.I))
print(re.findall('(?i)x', 'xX'), re.findall('(?i:x)y', 'XyXY'), re.findall('a(?-i:b)', 'AbAB', re.I))
print(re.sub('cat', 'dog', 'Cat CAT cat', flags=re.I), re.split('x', 'aXbxc', flags=re.I))
print(re.findall(b'[a-z]+', b'ABC def', re.I), re.findall('[Z-a]', 'Z_a[', re.I))
