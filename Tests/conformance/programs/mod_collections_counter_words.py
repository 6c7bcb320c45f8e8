# Counter in practice: word frequencies, anagrams, top-k, multiset checks.
from collections import Counter
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick bird sings over the brown field"""
words = Counter(text.split())
print(words.most_common(5))
print(sum(words.values()), len(words), words.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(3), letters['z'], letters['q'])
def is_anagram(a, b):
    return Counter(a.replace(' ', '')) == Counter(b.replace(' ', ''))
print(is_anagram('listen', 'silent'), is_anagram('abc', 'abd'), is_anagram('a gentleman', 'elegant man'))
def can_build(note, magazine):
    return not (Counter(note) - Counter(magazine))
print(can_build('aab', 'baa'), can_build('aab', 'ab'))
inventory = Counter(apples=3, pears=1)
order = Counter(apples=2, pears=2)
print(inventory - order, order - inventory, inventory & order, inventory | order)
lengths = Counter(len(w) for w in text.split())
print(sorted(lengths.items()))
print(Counter('aaabbc').most_common(1)[0], list(Counter('zyx').elements()))
