# keyword.iskeyword and keyword.issoftkeyword.
from keyword import iskeyword, issoftkeyword, kwlist, softkwlist
for word in ['if', 'If', 'None', 'none', 'match', 'case', '_', 'print', 'async', 'await', 'type', '', 'lambda']:
    print(repr(word), iskeyword(word), issoftkeyword(word))
print(all(iskeyword(k) for k in kwlist), any(iskeyword(s) for s in softkwlist))
print(iskeyword(1), issoftkeyword(None), iskeyword(('if',)))
try:
    iskeyword(['if'])
except TypeError as e:
    print(e)
try:
    iskeyword()
except TypeError as e:
    print(type(e).__name__)
def valid_name(s):
    return s.isidentifier() and not iskeyword(s)
print([s for s in ['x', 'class', 'class_', '2x', 'match', 'True', 'true'] if valid_name(s)])
