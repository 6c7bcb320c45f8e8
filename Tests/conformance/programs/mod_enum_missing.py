# _missing_: a hook for values with no member (may return a member, None, or raise).
from enum import Enum

class Answer(Enum):
    YES = 'yes'
    NO = 'no'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Answer('YES'), Answer('No'), Answer('yes') is Answer.YES)
try:
    Answer('maybe')
except ValueError as e:
    print('ValueError', e)

class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Wrong(2)
except TypeError as e:
    print('TypeError', e, '|', type(e.__context__).__name__, e.__context__)

class Loud(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError('no %r' % value)
try:
    Loud(3)
except KeyError as e:
    print('KeyError', e, '|', e.__context__)
