// typing, written in Python (compiled once per thread on first import). As in CPython 3.11, the
// names only describe types: subscripting builds alias objects with CPython's reprs
// (`typing.Optional[int]`, `typing.Dict[str, int]`) and no value is ever checked against them.
// Generic makes user classes subscriptable, NamedTuple builds a tuple subclass from the class
// body's annotations, TypedDict classes make plain dicts.
// Left out: ParamSpec/TypeVarTuple/Concatenate/Unpack, string annotations other than plain names
// in get_type_hints, Protocol members checks beyond method presence. The collections.abc
// aliases (Iterable, Mapping, ...) resolve their origin when asked and need collections.abc.

extension LibrarySource {
    static let typing = #"""
"""The typing module: support for type hints (no run-time checking)."""

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
           'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
           'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast',
           'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check', 'NoReturn',
           'Never', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'Self',
           'LiteralString', 'assert_never', 'assert_type', 'reveal_type', 'is_typeddict', 'Required',
           'NotRequired', 'no_type_check_decorator']

TYPE_CHECKING = False

_NoneType = type(None)
_UnionType = type(int | str)
_FunctionType = type(lambda: None)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    # What may stand for a type: classes, typing forms, strings (forward references), None.
    arg = _type_convert(arg)
    if isinstance(arg, (type, _UnionType)) or callable(arg) or isinstance(arg, _Final):
        return arg
    raise TypeError('%s Got %.100r.' % (msg, arg))


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, TypeVar):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _origin_object(origin):
    # 'collections.abc.Iterable' and friends: looked up when needed (no module state kept).
    if isinstance(origin, str):
        module_name, _, name = origin.rpartition('.')
        try:
            if module_name == 'collections.abc':
                import collections.abc as module
            else:
                import collections as module
        except ImportError:
            raise NotImplementedError('typing: %s needs the %s module, which is not supported yet'
                                      % (origin, module_name)) from None
        return getattr(module, name)
    return origin


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    # Any, NoReturn, Union, Optional, Literal, ClassVar, Final, ...: not classes, only markers.

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % (self,))
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _single_type(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError('%s accepts only single type. Got %r.' % (self, parameters))
    return _GenericAlias(self, (_type_convert(parameters),))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _as_tuple(parameters)
    flat = []
    for p in parameters:
        p = _type_convert(p)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError('typing.Optional requires a single type. Got %r.' % (parameters,))
    return Union[parameters, None]


def _literal_getitem(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if not any(type(item) is type(v) and item == v for v in values):
                values.append(item)
    return _LiteralGenericAlias(self, tuple(values))


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single_type)
Final = _SpecialForm('Final', _single_type)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Required = _SpecialForm('Required', _single_type)
NotRequired = _SpecialForm('NotRequired', _single_type)


class ForwardRef(_Final):
    """A forward reference: a type written as a string."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), S = TypeVar('S', int, str), B = TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = 'typing'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]



AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class _GenericAlias(_Final):
    """X[args] for a typing special (List[int], ClassVar[int]) or a Generic class (Box[int])."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if attr in ('__name__', '__qualname__'):
            return self._name or _origin_object(self.__origin__).__name__
        if not (attr.startswith('__') and attr.endswith('__')):
            return getattr(_origin_object(self.__origin__), attr)
        raise AttributeError(attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, _origin_object(self.__origin__).__name__))
        result = _origin_object(self.__origin__)(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if not self._name:
            # Box[int], Generic[T]: the class itself (Generic only once).
            if self.__origin__ is Generic:
                if Protocol in bases:
                    return ()
                i = bases.index(self)
                for b in bases[i + 1:]:
                    if isinstance(b, _GenericAlias) and b is not self:
                        return ()
            return (self.__origin__,)
        res = []
        origin = _origin_object(self.__origin__)
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        args = _as_tuple(args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few', self, len(args), len(params)))
        subst = dict(zip(params, (_type_convert(a) for a in args)))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, inst=self._inst, name=self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def _head(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if len(self.__args__) == 0 and self._name == 'Tuple':
            return self._head() + '[()]'
        return '%s[%s]' % (self._head(), ', '.join([_type_repr(a) for a in self.__args__]))


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    return arg


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % (_type_repr(args[0]),)
        return 'typing.Union[%s]' % (', '.join([_type_repr(a) for a in args]),)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _typed_values(args):
    return [(type(a), a) for a in args]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        mine, theirs = _typed_values(self.__args__), _typed_values(other.__args__)
        return len(mine) == len(theirs) and all(v in theirs for v in mine)

    def __hash__(self):
        return hash(frozenset(_typed_values(self.__args__)))

    def __repr__(self):
        return 'typing.Literal[%s]' % (', '.join([repr(a) for a in self.__args__]),)


class _CallableGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % (_type_repr(args[1]),)
        return 'typing.Callable[[%s], %s]' % (', '.join([_type_repr(a) for a in args[:-1]]), _type_repr(args[-1]))


class _SpecialGenericAlias(_Final):
    """List, Dict, Iterable, ...: unsubscripted aliases of a class (CPython's reprs and errors)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self._origin = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name

    def __getattr__(self, attr):
        if attr == '__origin__':
            return _origin_object(self._origin)
        if attr in ('__name__', '__qualname__'):
            return self._name
        if attr == '__args__' or attr == '__parameters__' or attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(_origin_object(self._origin), attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self, len(params), self._nparams))
        return _GenericAlias(self._origin, params, inst=self._inst, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, _origin_object(self._origin).__name__))
        return _origin_object(self._origin)(*args, **kwargs)

    def __mro_entries__(self, bases):
        res = []
        origin = _origin_object(self._origin)
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        return isinstance(obj, _origin_object(self._origin))

    def __subclasscheck__(self, cls):
        return issubclass(cls, _origin_object(self._origin))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self._origin == other._origin and self._name == other._name

    def __hash__(self):
        return hash((self._name, self._nparams))


class _TupleSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, inst=False, name='Tuple')


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        elif args is ...:
            params = (..., _type_convert(result))
        else:
            params = (_type_convert(args), _type_convert(result))
        return _CallableGenericAlias(self._origin, params, name='Callable')


def _abc(name, nparams, alias=None):
    return _SpecialGenericAlias('collections.abc.' + name, nparams, name=alias or name)


List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Type = _SpecialGenericAlias(type, 1, name='Type')
Tuple = _TupleSpecial(tuple, -1, inst=False, name='Tuple')
Callable = _CallableSpecial('collections.abc.Callable', 2, name='Callable')
Hashable = _abc('Hashable', 0)
Awaitable = _abc('Awaitable', 1)
Coroutine = _abc('Coroutine', 3)
AsyncIterable = _abc('AsyncIterable', 1)
AsyncIterator = _abc('AsyncIterator', 1)
Iterable = _abc('Iterable', 1)
Iterator = _abc('Iterator', 1)
Reversible = _abc('Reversible', 1)
Sized = _abc('Sized', 0)
Container = _abc('Container', 1)
Collection = _abc('Collection', 1)
AbstractSet = _abc('Set', 1, 'AbstractSet')
MutableSet = _abc('MutableSet', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
ByteString = _abc('ByteString', 0)
MappingView = _abc('MappingView', 1)
KeysView = _abc('KeysView', 1)
ItemsView = _abc('ItemsView', 2)
ValuesView = _abc('ValuesView', 1)
Generator = _abc('Generator', 3)
AsyncGenerator = _abc('AsyncGenerator', 2)
ContextManager = _SpecialGenericAlias('contextlib.AbstractContextManager', 1, name='ContextManager')
Deque = _SpecialGenericAlias('collections.deque', 1, name='Deque')
DefaultDict = _SpecialGenericAlias('collections.defaultdict', 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias('collections.OrderedDict', 2, name='OrderedDict')
Counter = _SpecialGenericAlias('collections.Counter', 1, name='Counter')
ChainMap = _SpecialGenericAlias('collections.ChainMap', 2, name='ChainMap')


class Generic:
    """Base class for generic classes: class Box(Generic[T]) makes Box[int] valid."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % (cls.__qualname__,))
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter '
                                    'specification variables.' % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get('__parameters__', ())
        if len(params) != len(expected):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(expected) else 'few', cls, len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        declared = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
            for p in getattr(base, '__parameters__', ()) if isinstance(base, _GenericAlias) else ():
                if p not in tvars:
                    tvars.append(p)
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing), ', '.join(str(g) for g in declared)))
            tvars = list(declared)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            for attr in _protocol_attrs(cls):
                if not _has_member(instance, attr):
                    return False
            return True
        return issubclass(type(instance), cls)


_SEQUENCE_DUNDERS = ('__len__', '__iter__', '__contains__', '__getitem__')
# The operator methods of builtin types, which pyrust's builtin objects do not expose as attributes.
_BUILTIN_DUNDERS = {
    int: ('__int__', '__float__', '__index__', '__abs__', '__round__'),
    float: ('__int__', '__float__', '__abs__', '__round__'),
    bytes: ('__bytes__',) + _SEQUENCE_DUNDERS,
    str: _SEQUENCE_DUNDERS,
    list: _SEQUENCE_DUNDERS + ('__setitem__', '__delitem__', '__reversed__'),
    tuple: _SEQUENCE_DUNDERS,
    range: _SEQUENCE_DUNDERS + ('__reversed__',),
    dict: _SEQUENCE_DUNDERS + ('__setitem__', '__delitem__', '__reversed__'),
    set: ('__len__', '__iter__', '__contains__'),
    frozenset: ('__len__', '__iter__', '__contains__'),
}


def _has_member(obj, attr):
    if hasattr(obj, attr):
        return True
    for klass in type(obj).__mro__:
        if attr in _BUILTIN_DUNDERS.get(klass, ()):
            return True
    return False


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if attr.startswith('_abc_') or attr in _PROTOCOL_SKIP or attr in attrs:
                continue
            attrs.append(attr)
    return attrs


_PROTOCOL_SKIP = ('__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
                  '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
                  '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
                  '__init_subclass__', '__match_args__')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, not checked)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol or (isinstance(b, _GenericAlias) and b.__origin__ is Protocol)
                                   for b in cls.__dict__.get('__orig_bases__', cls.__bases__))

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) and cls is not Protocol:
            raise TypeError('Protocols cannot be instantiated')
        return object.__new__(cls)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance()."""
    if not isinstance(cls, type) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    def __complex__(self): ...


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__."""
    def __abs__(self): ...


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__."""
    def __round__(self, ndigits: int = 0): ...


class Annotated:
    """Annotated[T, x]: type T with metadata x (ignored here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        origin = _type_convert(params[0])
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return _origin_object(tp.__origin__)
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    if type(tp) is type(list[int]):
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _UnionType)) or type(tp) is type(list[int]):
        return tp.__args__
    return ()


def cast(typ, val):
    """Returns val unchanged (a marker for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (value,))


def reveal_type(obj):
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated '
                              'functions outside a stub module should always be followed by an implementation '
                              'that is not @overload-ed.')


def overload(func):
    """Marks an overload signature; the last, undecorated definition is the one that runs."""
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Marks a function or class as not checked (sets __no_type_check__)."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
        return arg
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


class NewType:
    """NewType('UserId', int): a callable returning its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'   # CPython: the calling module (pyrust has no frame access)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        '`%s = NewType(%r, %s)`' % ('ProUserId', 'ProUserId', self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _resolve_hint(value, globalns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        name = value.__forward_arg__
        if not name.isidentifier():
            raise NotImplementedError('get_type_hints: string annotations other than plain names are not supported')
        if globalns is not None and name in globalns:
            return _type_convert(globalns[name])
        if name in _BUILTIN_TYPES:
            return _BUILTIN_TYPES[name]
        if globalns is None:
            raise NotImplementedError('get_type_hints: resolving the string annotation %r is not supported' % (name,))
        raise NameError("name '%s' is not defined" % (name,))
    if isinstance(value, _GenericAlias) and not isinstance(value, _AnnotatedAlias):
        args = tuple(_resolve_hint(a, globalns) if isinstance(a, (str, ForwardRef)) else a for a in value.__args__)
        if args != value.__args__:
            return value.copy_with(args)
    return value


_BUILTIN_TYPES = {'int': int, 'float': float, 'str': str, 'bool': bool, 'bytes': bytes, 'bytearray': bytearray,
                  'list': list, 'dict': dict, 'set': set, 'frozenset': frozenset, 'tuple': tuple,
                  'object': object, 'type': type, 'range': range, 'slice': slice, 'None': None}


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its bases), None as NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            ns = globalns
            for name, value in ann.items():
                hints[name] = _resolve_hint(value, ns)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, _Final) or callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        ns = globalns if globalns is not None else getattr(obj, '__globals__', None)
        for name, value in ann.items():
            hints[name] = _resolve_hint(value, ns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# NamedTuple: class syntax and the functional form build a tuple subclass.

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                            '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__orig_bases__'})


class _tuplegetter:

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind_fields(typename, fields, defaults, args, kwargs):
    n = len(fields)
    if len(args) > n:
        if defaults:
            raise TypeError('%s.__new__() takes from %d to %d positional arguments but %d were given'
                            % (typename, n - len(defaults) + 1, n + 1, len(args) + 1))
        raise TypeError('%s.__new__() takes %d positional argument%s but %d were given'
                        % (typename, n + 1, '' if n == 0 else 's', len(args) + 1))
    values = list(args)
    for k in kwargs:
        if k not in fields:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, k))
        if fields.index(k) < len(args):
            raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, k))
    missing = []
    for i in range(len(args), n):
        name = fields[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing.append(name)
    if missing:
        raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                        % (typename, len(missing), '' if len(missing) == 1 else 's', _and_list(missing)))
    return values


def _make_namedtuple(typename, fields, defaults, module):
    fields = tuple(fields)
    for name in fields:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
    seen = []
    for name in fields:
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.append(name)
    defaults = dict(defaults)

    def __new__(_cls, *args, **kwargs):
        return tuple.__new__(_cls, _bind_fields(typename, fields, defaults, args, kwargs))

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError('Expected %d arguments, got %d' % (len(fields), len(result)))
        return result

    def _replace(self, **kwds):
        values = [kwds.pop(name) if name in kwds else value for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(['%s=%r' % (name, value) for name, value in zip(fields, self)]))

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    __new__.__qualname__ = typename + '.__new__'
    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': module,
    }
    for index, name in enumerate(fields):
        ns[name] = _tuplegetter(index, 'Alias for field number %d' % (index,))
    return type(typename, (tuple,), ns)


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        defaults = {}
        for name in types:
            if name in ns:
                defaults[name] = ns[name]
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '', ', '.join(defaults)))
        nm_tpl = _make_namedtuple(typename, list(types), defaults, ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax or NamedTuple('Name', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    fields = [(n, t) for n, t in fields]
    nm_tpl = _make_namedtuple(typename, [n for n, t in fields], {}, '__main__')
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# TypedDict: the class's instances are plain dicts.

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = []
        optional = []
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.extend(k for k in base.__dict__.get('__required_keys__', ()) if k not in required)
            optional.extend(k for k in base.__dict__.get('__optional_keys__', ()) if k not in optional)
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            if total:
                if key not in required:
                    required.append(key)
            elif key not in optional:
                optional.append(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict whose keys have types: class syntax or TypedDict('Name', {'x': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
"""#
}
