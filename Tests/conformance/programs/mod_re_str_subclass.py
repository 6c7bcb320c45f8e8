# re: str subclasses as subjects and patterns; match.string keeps the original object.
import re
class Text(str):
    pass
t = Text('ab12cd')
m = re.search(r'\d+', t)
print(m, m.group(), type(m.group()).__name__, type(m.string).__name__, m.string is t)
print(re.findall(r'[a-z]+', t), re.sub(r'\d', '#', t), type(re.sub(r'\d', '#', t)).__name__)
print(re.split(r'\d+', t), re.compile(Text('c+')).search('accc'), re.compile(Text('x')).pattern.__class__.__name__)
print([x.span() for x in re.finditer(Text('[bc]'), t)], re.fullmatch(Text('a.*'), t).span())
