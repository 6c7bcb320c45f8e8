# StrEnum: members are strs; auto() gives the lower-cased name.
from enum import StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom-Verb'


print(repr(Method.GET), str(Method.GET), f"{Method.POST}", format(Method.CUSTOM, '>14'))
print(Method.GET == 'get', 'post' == Method.POST, Method.GET.upper(), Method.CUSTOM.split('-'))
print(Method('get') is Method.GET, Method['POST'], list(Method))
print(Method.GET + '/x', '/'.join(Method), len(Method.CUSTOM), isinstance(Method.GET, str))
print(sorted(Method), Method.GET < Method.POST)
print({'get': 1}[Method.GET], Method.GET.value, Method.GET.name)
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError', e)
try:
    Method('put')
except ValueError as e:
    print('ValueError', e)
