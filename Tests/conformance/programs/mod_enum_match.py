# Enum members in match statements (value patterns) and as dispatch keys.
from enum import Enum, IntEnum, auto

class Cmd(Enum):
    START = auto()
    STOP = auto()
    PAUSE = auto()

def run(cmd):
    match cmd:
        case Cmd.START:
            return 'starting'
        case Cmd.STOP | Cmd.PAUSE:
            return 'halting ' + cmd.name.lower()
        case _:
            return 'unknown %r' % (cmd,)

for c in list(Cmd) + [1, 'START']:
    print(run(c))

class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404

def status(n):
    match n:
        case Code.OK:
            return 'ok'
        case Code.NOT_FOUND:
            return 'missing'
    return 'other'

print(status(200), status(Code.NOT_FOUND), status(500))
handlers = {Cmd.START: lambda: 'go', Cmd.STOP: lambda: 'halt'}
print(handlers[Cmd.START](), handlers.get(Cmd.PAUSE, lambda: 'none')())
