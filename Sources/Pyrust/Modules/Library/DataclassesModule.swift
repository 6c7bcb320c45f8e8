// dataclasses, written in Python. CPython writes the source of each generated method and
// compiles it with exec; here the methods are closures over the class's fields, and the
// generated __init__ binds its arguments through _argbind so that a wrong call gets the
// TypeError the real signature would give. The module keeps no state its functions change.

extension LibrarySource {
    static let dataclasses = #"""
"""Generates __init__, __repr__, __eq__, ... for classes from their annotated fields."""

import copy
from _argbind import bind as _bind
from _dataclasses import set_fields as _set_fields

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata=mappingproxy({self.metadata!r}),'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_text(annotation):
    # As inspect.formatannotation writes it in the generated docstring.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _check_string_annotation(a_type):
    # CPython decides whether "ClassVar[int]" (a string) names typing.ClassVar by looking in
    # the class's module; pyrust cannot, so it refuses rather than guess.
    head = a_type.strip().split('[')[0].strip()
    if head.split('.')[-1].strip() in ('ClassVar', 'InitVar', 'KW_ONLY'):
        raise NotImplementedError(f'dataclasses: the string annotation {a_type!r} is not supported '
                                  'by pyrust (write the annotation without quotes)')


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return False
    text = repr(a_type)
    return text == 'typing.ClassVar' or text.startswith('typing.ClassVar[')


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return False
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        _check_string_annotation(a_type)
        return False
    return a_type is KW_ONLY


def _unhashable_type(t):
    # CPython rejects a default whose class sets __hash__ to None (list, dict, set, ...).
    for b in t.__mro__:
        if b is list or b is dict or b is set or b is bytearray:
            return True
        if b.__module__ != 'builtins' and '__hash__' in b.__dict__:
            return b.__dict__['__hash__'] is None
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _unhashable_type(type(f.default)):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # False: set; True: the class defines it already (left alone).
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _has_default(f):
    return not (f.default is MISSING and f.default_factory is MISSING)


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    names = tuple(f.name for f in std_fields)
    defaults = []
    for f in std_fields:
        if f.default_factory is not MISSING:
            defaults.append(_HAS_DEFAULT_FACTORY)
        elif f.default is not MISSING:
            defaults.append(f.default)
    defaults = tuple(defaults)
    kwonly = tuple(f.name for f in kw_only_fields)
    kwdefaults = {}
    for f in kw_only_fields:
        if f.default_factory is not MISSING:
            kwdefaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            kwdefaults[f.name] = f.default
    order = names + kwonly
    # What __init__ does per field: (position of its argument or -1, name, factory or None).
    plan = []
    initvars = []
    for f in fields:
        position = order.index(f.name) if f.init else -1
        if f._field_type is _FIELD_INITVAR:
            initvars.append(position)
            continue
        factory = None if f.default_factory is MISSING else f.default_factory
        if position < 0 and factory is None:
            continue
        plan.append((position, f.name, factory))
    plan = tuple(plan)
    plan_names = tuple(p[1] for p in plan)
    initvars = tuple(initvars)
    qualname = f'{cls.__qualname__}.__init__'

    # Fast paths: a call with positional arguments only (the missing ones defaulted) needs no
    # binding; fields that are all plain arguments in order need no plan.
    n = len(names)
    first_default = n - len(defaults)
    kw_tail = None
    if all(name in kwdefaults for name in kwonly):
        kw_tail = tuple(kwdefaults[name] for name in kwonly)
    simple = (not initvars and len(plan) == len(order)
              and all(p[0] == i and p[2] is None for i, p in enumerate(plan)))

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        if not kwargs and kw_tail is not None and first_default <= nargs <= n:
            values = args + defaults[nargs - first_default:] + kw_tail if nargs < n or kw_tail else args
        else:
            values = _bind(qualname, names, defaults, kwonly, kwdefaults, args, kwargs)
        if simple:
            _set_fields(self, order, values, frozen)
        else:
            out = []
            for position, name, factory in plan:
                if position < 0:
                    value = factory()
                else:
                    value = values[position]
                    if factory is not None and value is _HAS_DEFAULT_FACTORY:
                        value = factory()
                out.append(value)
            _set_fields(self, plan_names, out, frozen)
        if has_post_init:
            self.__post_init__(*[values[i] for i in initvars if i >= 0])
    return __init__


def _signature_text(cls, std_fields, kw_only_fields):
    parts = []
    for f in std_fields:
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        parts.append(text)
    if kw_only_fields:
        parts.append('*')
        for f in kw_only_fields:
            text = f'{f.name}: {_annotation_text(f.type)}'
            if f.default_factory is not MISSING:
                text += ' = <factory>'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _repr_fn(fields):
    names = tuple(f.name for f in fields)
    running = []

    def __repr__(self):
        for r in running:
            if r is self:
                return '...'
        running.append(self)
        try:
            return (self.__class__.__qualname__ + '('
                    + ', '.join([f'{name}={getattr(self, name)!r}' for name in names]) + ')')
        finally:
            running.pop()
    return __repr__


def _fields_tuple(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _cmp_fn(name, op, fields):
    names = tuple(f.name for f in fields)

    def compare(self, other):
        if other.__class__ is self.__class__:
            a = _fields_tuple(self, names)
            b = _fields_tuple(other, names)
            if op == 0:
                return a == b
            if op == 1:
                return a < b
            if op == 2:
                return a <= b
            if op == 3:
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = name
    return compare


def _hash_fn(fields):
    names = tuple(f.name for f in fields)

    def __hash__(self):
        return hash(_fields_tuple(self, names))
    return __hash__


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return (__setattr__, __delattr__)


def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list):
    # CPython's table: add a __hash__, set it to None, keep the class's, or refuse.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if eq and not has_explicit_hash:
        return 'add' if frozen else 'none'
    return ''


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    if weakref_slot:
        raise NotImplementedError('dataclass(weakref_slot=True) is not supported by pyrust')
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', 0, [f for f in field_list if f.compare]))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in (('__lt__', 1), ('__le__', 2), ('__gt__', 3), ('__ge__', 4)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, flds)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list)
    if action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        fn = _hash_fn(flds)
        fn.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = fn
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        if init:
            cls.__doc__ = cls.__name__ + _signature_text(cls, std_init_fields, kw_only_init_fields)
        else:
            cls.__doc__ = cls.__name__ + '()'

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls)

    return cls


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls):
    # A new class with the fields as __slots__ (a class's slots cannot be added afterwards).
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = {k: v for k, v in cls.__dict__.items()}
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more, as asked) to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of one of its instances, as a tuple of Field objects."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict (recursing into dataclasses, lists,
    tuples and dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple (recursing as asdict does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass called cls_name; fields: names, (name, type) or (name, type, Field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    # 3.11 makes the class with types.new_class, so that is the module it names.
    ns.setdefault('__module__', 'types')
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
"""#
}
