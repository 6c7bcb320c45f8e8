// copy, written in Python (compiled once per thread on first import). CPython copies most
// objects through pickling's __reduce_ex__(4); pyrust has no pickling, so this module builds the
// same reductions itself: instances of Python classes by cls.__new__ plus their __dict__ and
// slots (or __getstate__/__setstate__/__getnewargs__, or the class's own __reduce__), list and
// dict subclasses with their items, exceptions from their args. Builtin objects CPython cannot
// pickle raise its "cannot pickle" error; the few it can copy and pyrust cannot say so.

extension LibrarySource {
    static let copy = #"""
"""Generic (shallow and deep) copying operations."""

__all__ = ['Error', 'copy', 'deepcopy']

from _functools import _bind


class Error(Exception):
    pass

error = Error

_NoneType = type(None)
_BuiltinFunction = type(len)
_Function = type(lambda: None)

# Returned as they are by copy().
_SHALLOW_ATOMIC = frozenset([_NoneType, int, float, complex, bool, str, tuple, frozenset, type, range, slice, property,
                             _BuiltinFunction, _Function, type(Ellipsis), type(NotImplemented)])
# Returned as they are by deepcopy().
_DEEP_ATOMIC = frozenset([_NoneType, int, float, complex, bool, str, type, range, property, _BuiltinFunction, _Function,
                          type(Ellipsis), type(NotImplemented)])
# Builtin objects pickling refuses.
_UNPICKLABLE = frozenset(['generator', 'module', 'mappingproxy', 'dict_keys', 'dict_values', 'dict_items',
                          'cell', 'coroutine', 'frame', 'super'])


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduction = _reduce(x, cls)
    if isinstance(reduction, str):
        return x
    return _reconstruct(x, None, *reduction)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls.__name__ == 'method' and cls.__module__ == 'builtins':
        y = _bind(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduction = _reduce(x, cls)
            if isinstance(reduction, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduction)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple inside itself (through a list) was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo (its id is a key there)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _own_attribute(cls, name):
    """The attribute `name` a Python class on cls's MRO defines (None: only builtins do)."""
    for c in cls.__mro__:
        value = c.__dict__.get(name)
        if value is not None:
            return value
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            # (pyrust does not mangle private names, so neither are slot names here.)
            if name not in ('__dict__', '__weakref__'):
                names.append(name)
    return names


def _is_python_object(x, cls):
    """An instance of a class defined in Python (it has a __dict__ or declares __slots__)."""
    if hasattr(x, '__dict__'):
        return True
    for c in cls.__mro__:
        if c.__dict__.get('__slots__') is not None:
            return True
    return False


def _object_state(x, cls):
    """What object.__getstate__ gives: the instance dict (None when empty), with the set slots."""
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _new_object(cls, *args, **kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x, cls):
    """The (callable, args, state, listitems, dictitems) CPython's __reduce_ex__(4) gives."""
    reducer = _own_attribute(cls, '__reduce_ex__')
    if reducer is not None:
        return reducer(x, 4)
    reducer = _own_attribute(cls, '__reduce__')
    if reducer is not None:
        return reducer(x)
    if isinstance(x, BaseException):
        state = getattr(x, '__dict__', None)
        if state:
            return (cls, x.args, dict(state))
        return (cls, x.args)
    if cls is object:
        return (object, ())
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    name = cls.__name__
    if name in _UNPICKLABLE and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle '{name}' object")
    if not _is_python_object(x, cls):
        # Objects of pyrust's Swift modules that know how to copy themselves (itertools' tee).
        copier = getattr(x, '__copy__', None)
        if copier is not None:
            return (_call, (copier,))
        raise NotImplementedError(f"copying '{name}' objects is not supported by pyrust yet")
    args = ()
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            for base in (int, float, str, tuple):
                if isinstance(x, base):
                    args = (base(x),)
                    break
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    state = _object_state(x, cls)
    if kwargs:
        return (_new_object_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_new_object, (cls,) + tuple(args), state, listitems, dictitems)


def _new_object_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _call(function):
    return function()


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                if isinstance(y, BaseException):
                    for k, v in state.items():
                        setattr(y, k, v)
                else:
                    y.__dict__.update(state)
            if slotstate is not None:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
"""#
}
