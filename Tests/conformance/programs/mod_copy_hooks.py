# __copy__, __deepcopy__, __getstate__ and __setstate__.
import copy
class Tracked:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('  __copy__')
        return Tracked(self.v + 1)
    def __deepcopy__(self, memo):
        print('  __deepcopy__', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
print(copy.copy(Tracked(1)).v, copy.deepcopy(Tracked([2])).v, copy.deepcopy([Tracked(3)])[0].v)
class State:
    def __init__(self): self.a, self.secret = 1, 'hidden'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        print('  setstate', st)
        self.__dict__.update(st, restored=True)
print(vars(copy.copy(State())), vars(copy.deepcopy(State())))
class Plain:
    def __init__(self): self.items = [1]
    def __getstate__(self): return None
print(vars(copy.copy(Plain())), vars(copy.deepcopy(Plain())))
class Falsy:
    def __init__(self): self.v = 1
    def __getstate__(self): return {}
    def __setstate__(self, st): print('  setstate called with', st)
print(vars(copy.copy(Falsy())))
