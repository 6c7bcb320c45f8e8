// abc, written in Python. ABCMeta keeps each abstract class's registry, subclasses and caches
// in its `_abc_impl`; those of a library module's ABCs are frozen once the module is built, and
// what a run adds to them (register, subclasses, cached checks) lives in a dict the VM drops
// when the run ends (_abc_support.run_state()), so the modules themselves are kept across
// runs. The interpreter refuses to instantiate a class whose __abstractmethods__ is not empty.

extension LibrarySource {
    static let abc = #"""
"""Abstract Base Classes (ABCs)."""

# run_state(): the running program's records (a dict), or None while a library module is being
# built, whose registrations are for every run.
from _abc_support import run_state as _run_state

# Registrations made while library modules were built (state None): a negative result
# cached then is valid until the next one. Only grows; holds no run's objects.
_build_registrations = [0]

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeping it abstract cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """A classmethod that is abstract (deprecated: stack classmethod on abstractmethod)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is abstract (deprecated: stack staticmethod on abstractmethod)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is abstract (deprecated: stack property on abstractmethod)."""
    for part in (fget, fset, fdel):
        if part is not None:
            part.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    # property, classmethod and staticmethod are abstract when what they wrap is.
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if part is not None and getattr(part, '__isabstractmethod__', False):
                return True
        return getattr(value, '__isabstractmethod__', False) is True
    if isinstance(value, (classmethod, staticmethod)):
        if getattr(value.__func__, '__isabstractmethod__', False):
            return True
    return getattr(value, '__isabstractmethod__', False) is True


class _AbcData:
    """An ABC's virtual subclasses, subclasses and check caches. The ABCs of library modules
    are frozen once their module is built (abc._freeze): what a run adds to them goes to a copy
    kept for the run alone (_abc_support.run_state()), so no run sees another's classes."""

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = {}
        self.negative = {}
        self.version = 0
        self.frozen = False
        # _build_registrations[0] when `negative` was last valid during a library build.
        self.build_version = -1


def _data(cls, state):
    data = cls._abc_impl
    if not data.frozen or state is None:
        return data
    mine = state.get(cls)
    if mine is None:
        mine = _AbcData()
        mine.registry = list(data.registry)
        mine.subclasses = list(data.subclasses)
        mine.cache = dict(data.cache)
        # Negative results from library builds do not count the run's registrations.
        mine.negative = {}
        state[cls] = mine
    return mine


def _freeze(*classes):
    for cls in classes:
        data = cls._abc_impl
        data.frozen = True
        # A negative result is only valid until the next register(); every run starts its
        # own invalidation count, so none is kept (positive ones stay true).
        data.negative = {}


def _abstracts_of(cls, namespace):
    abstracts = [name for name, value in namespace.items() if _is_abstract(value)]
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in abstracts and _is_abstract(getattr(cls, name, None)):
                abstracts.append(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract methods, register() and subclass hooks."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace)
        cls._abc_impl = _AbcData()
        state = _run_state()
        if state is None:
            # Made by a library module: outlives the run, so runs keep their additions apart.
            cls._abc_impl.frozen = True
        for base in cls.__mro__[1:]:
            data = base.__dict__.get('_abc_impl')
            if type(data) is _AbcData:
                _data(base, state).subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of the ABC; returns it (so this can be a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        state = _run_state()
        _data(cls, state).registry.append(subclass)
        if state is None:
            _build_registrations[0] += 1
        else:
            # The invalidation counter: negative caches older than it are dropped.
            state[ABCMeta] = state.get(ABCMeta, 0) + 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        # What the class itself has cached holds in every run (a run's results are in its copy).
        if cls._abc_impl.cache.get(subclass):
            return True
        if _data(cls, _run_state()).cache.get(subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls._abc_impl.cache.get(subclass):
            return True
        state = _run_state()
        data = _data(cls, state)
        if data.cache.get(subclass):
            return True
        if state is None:
            # A library module is being built: negative results of its (frozen) ABCs hold
            # until the next registration made by a build. Run copies never see them.
            if data.frozen:
                generation = _build_registrations[0]
                if data.build_version != generation:
                    data.negative = {}
                    data.build_version = generation
                elif data.negative.get(subclass):
                    return False
                negative = data.negative
            else:
                negative = {}
        else:
            counter = state.get(ABCMeta, 0)
            if data.version < counter:
                data.negative = {}
                data.version = counter
            elif data.negative.get(subclass):
                return False
            negative = data.negative
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache[subclass] = True
            else:
                negative[subclass] = True
            return ok
        if cls in subclass.__mro__:
            data.cache[subclass] = True
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache[subclass] = True
                return True
        for scls in data.subclasses:
            if issubclass(subclass, scls):
                data.cache[subclass] = True
                return True
        negative[subclass] = True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


def get_cache_token():
    """A token that changes whenever an ABC registers a virtual subclass."""
    state = _run_state()
    return 0 if state is None else state.get(ABCMeta, 0)


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ of an ABC after its methods were changed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class of abstract base classes (its metaclass is ABCMeta)."""
    __slots__ = ()


_freeze(ABC)
"""#
}
