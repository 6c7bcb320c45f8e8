# Using keyword to sanitise identifiers and to highlight a line of code.
import keyword
def safe(name):
    return name + '_' if keyword.iskeyword(name) else name
print([safe(n) for n in ['from', 'to', 'import', 'class', 'klass', 'None']])
line = 'if x is not None and y in items: return lambda z: z or False'
words = line.replace(':', ' ').split()
print(' '.join(w.upper() if keyword.iskeyword(w) else w for w in words))
counts = {}
for w in words:
    if keyword.iskeyword(w):
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
source = 'match command:\n    case _:\n        pass'
soft = [tok for tok in source.split() if keyword.issoftkeyword(tok.rstrip(':'))]
print(soft)
print(sorted(set(keyword.kwlist) & {'for', 'while', 'until', 'loop'}))
