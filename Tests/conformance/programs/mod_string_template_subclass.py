from string import Template
class Percent(Template):
    delimiter = '%'
t = Percent('%who says %% and $who and %{who}!')
print(t.substitute(who='pyrust'))
print(t.safe_substitute(), t.get_identifiers(), t.is_valid())
class Multi(Template):
    delimiter = '<<'
print(Multi('<<a + <<<<b + <<{c}').substitute(a=1, c=3))
try:
    Multi('<<').substitute()
except ValueError as e:
    print(type(e).__name__, e)
class Plain(Template):
    pass
print(Plain('$x').substitute(x=5), Plain.delimiter, Percent.delimiter, Template.delimiter)
print(Template.idpattern, Template.braceidpattern)
print(isinstance(t, Template), type(t).__name__, Percent.__mro__[1].__name__)
class WithInit(Template):
    def __init__(self, template, suffix):
        super().__init__(template + suffix)
print(WithInit('$a', '!').substitute(a='hey'))
