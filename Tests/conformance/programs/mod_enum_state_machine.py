# A small state machine driven by enums: transitions table, IntEnum priorities, Flag permissions.
from enum import Enum, IntEnum, Flag, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

class Event(Enum):
    START = 'start'
    FINISH = 'finish'
    RESET = 'reset'

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = READ | WRITE

TRANSITIONS = {(State.IDLE, Event.START): State.RUNNING, (State.RUNNING, Event.FINISH): State.DONE,
               (State.DONE, Event.RESET): State.IDLE}

def step(state, event_name, perm):
    if Perm.WRITE not in perm:
        raise LookupError('%s may not change state' % (perm,))
    event = Event(event_name)
    return TRANSITIONS.get((state, event), state)

state = State.IDLE
for name in ['start', 'reset', 'finish', 'reset']:
    state = step(state, name, Perm.ADMIN)
    print(name, '->', state.name, state)
for bad, perm in [('jump', Perm.ADMIN), ('start', Perm.READ)]:
    try:
        step(state, bad, perm)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(sorted(State, key=lambda s: s.value, reverse=True), {s.name: s.value for s in State})
step(state, 'start', Perm.READ)
