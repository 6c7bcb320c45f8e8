s = 'Hello'
print(s + ' ' + 'there', s * 2, 'l' in s, 'L' in s, s == 'Hello', s != 'hello', s < 'help', s > 'Hello!')
print(len(s), s[1:3], list(s), sorted(s), min(s), max(s), s.lower() == 'hello', str(s) is s or True)
acc = ''
for ch in s:
    acc = ch + acc
print(acc, ''.join([c * 2 for c in s]), s.upper().lower().title())
print('a' < 'B', 'B' < 'a', 'abc' < 'abcd', '' < 'a', 'é' > 'z', '10' < '9')
print(str(123) + '4', int('12' + '3') + 1, 'x' + str(None), repr('a' + 'b'))
