# Aliases: a second name for a value is the same member, skipped by iteration.
from enum import Enum, unique


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    ON = 1
    OFF = 0
    PENDING = 2


print(Status.ON is Status.ACTIVE, repr(Status.OFF), Status.ON.name)
print(list(Status), len(Status))
print(list(Status.__members__))
print([(k, v.name) for k, v in Status.__members__.items()])
print(Status['ON'], Status(0), Status._member_names_)
print(len(Status.__members__), 'OFF' in Status.__members__, Status.__members__['ON'])
print(Status.__members__)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 1
except ValueError as e:
    print('ValueError', e)
