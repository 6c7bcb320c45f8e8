# re: re.Pattern[str] and re.Match[str] in annotations (evaluated at def time in 3.11), and
# the types themselves refusing direct construction.
import re
def first_word(p: re.Pattern[str], text: str) -> re.Match[str] | None:
    return p.match(text)
print(first_word(re.compile(r'\w+'), 'hello world'))
print(re.Pattern[str], re.Match[bytes], re.Pattern[str] == re.Pattern[str])
print(first_word.__annotations__['p'], first_word.__annotations__['return'])
for t in (re.Pattern, re.Match):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
