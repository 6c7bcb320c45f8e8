print(sorted(['b', 'A', 'c'], key=str.lower))
print(str.upper('abc'), list.count([1, 2, 1], 1), dict.get({'a': 1}, 'a'))
print(list(map(str.strip, [' a ', 'b  '])), int.bit_length(255))
words = ['Banana', 'apple', 'cherry']
words.sort(key=str.casefold)
print(words)
try:
    str.upper(5)
except TypeError as e:
    print(e)
