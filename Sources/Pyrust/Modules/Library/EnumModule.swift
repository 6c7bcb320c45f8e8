// enum, written in Python (compiled once per thread on first import). Behaves as CPython 3.11's
// enum: the class body runs over an _EnumDict (the metaclass's __prepare__) that resolves auto()
// and refuses names defined twice; EnumType.__new__ turns the collected names into singleton
// members (through the mixed-in type's __new__, a user __new__ or object.__new__), and Flag
// builds the combined members (`<Perm.R|W: 6>`) on demand in _missing_.
// Left out: pickling support, _ignore_, verify()/EnumCheck, global_enum, enum.property for
// members named `name`/`value`, deprecation warnings.

extension LibrarySource {
    static let enumModule = #"""
"""Support for enumerations."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'

_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an item to become an Enum member."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    # pyrust does not mangle `__name` in class bodies, so the unmangled form counts too.
    if name.startswith('__') and not name.endswith('__') and len(name) > 2:
        return True
    prefix = '_%s__' % (cls_name,)
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


_DESCRIPTOR_TYPES = (type(lambda: None), type(len), property, classmethod, staticmethod)


def _is_descriptor(obj):
    if isinstance(obj, _DESCRIPTOR_TYPES):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_text(num, max_bits=None):
    # '0b0 0111': sign bit, then the digits (two's complement for negatives).
    if num >= 0:
        sign = '0b0'
        digits = format(num, 'b')
        fill = '0'
    else:
        sign = '0b1'
        width = (~num).bit_length() + 1
        digits = format(num + (1 << width), 'b')[1:] if width > 0 else ''
        fill = '1'
    if num == 0:
        digits = ''
    if max_bits is not None and len(digits) < max_bits:
        digits = fill * (max_bits - len(digits)) + digits
    return '%s %s' % (sign, digits)


_DATA_TYPES = (int, str, float, tuple, list, dict, set, frozenset, bytes, bool)

_SUNDER_ALLOWED = ('_order_', '_generate_next_value_', '_missing_', '_numeric_repr_', '_iter_member_',
                   '_iter_member_by_value_', '_iter_member_by_def_', '_settle_', '_ignore_')


class _EnumDict(dict):
    """The class body's namespace: records member names in order and resolves auto()."""
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
                self._last_values.append(value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        v = self._resolve_auto(key, v)
                        self._last_values.append(v)
                    resolved.append(v)
                value = tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names.append(key)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, a):
        if a.value is _auto_null:
            a.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
        return a.value


def _default_next_value(name, start, count, last_values):
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


def _data_format(self, format_spec):
    # ReprEnum: format() as the mixed-in data type formats the value (an empty spec is str()).
    if not format_spec:
        return str(self)
    return format(self._value_, format_spec)


def _data_hash(self):
    # Members of int/str/... enums hash as their value does (equal values, equal hashes).
    return hash(self._value_)


def _data_str(self):
    return str(self._value_)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first_enum = None
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType):
                    first_enum = base
                    break
            if first_enum is not None:
                break
        metacls._check_no_members(cls, bases)
        gen = getattr(first_enum, '_generate_next_value_', None) if first_enum is not None else None
        enum_dict._generate_next_value = gen if gen is not None else _default_next_value
        return enum_dict

    @staticmethod
    def _check_no_members(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @staticmethod
    def _find_mixins(class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`')
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif ('__new__' in base.__dict__ or '__init__' in base.__dict__
                      or base in _DATA_TYPES):
                    if (candidate or base) not in data_types:
                        data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        return (data_types[0] if data_types else object), first_enum

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        member_type, first_enum = metacls._find_mixins(cls, bases)
        body = {}
        for k, v in classdict.items():
            if k not in member_names:
                body[k] = v
        members = [(name, classdict[name]) for name in member_names]
        new_member = body.pop('__new__', None)
        if new_member is None:
            for base in bases:
                new_member = getattr(base, '_new_member_', None)
                if new_member is not None:
                    break
        elif Enum is not None:
            body['_new_member_'] = staticmethod(new_member)
        else:
            body['__new__'] = new_member   # Enum's own __new__ looks members up, it does not make them
            new_member = None
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        if '_value_repr_' not in body:
            body['_value_repr_'] = getattr(first_enum, '_value_repr_', None)
        is_flag = (Flag is None and cls == 'Flag') or (Flag is not None and issubclass(first_enum, Flag))
        if is_flag:
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        if ReprEnum is not None and ReprEnum in bases and member_type is not object:
            if '__format__' not in body:
                body['__format__'] = _data_format
            if '__str__' not in body:
                body['__str__'] = _data_str
        if member_type is not object and '__hash__' not in body:
            body['__hash__'] = _data_hash
        if Enum is not None:
            body['__new__'] = Enum.__new__
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        if Enum is not None:
            # A method the data type (or object) would provide instead of the enum's own.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in body:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if klass is object or klass is member_type or klass in _DATA_TYPES:
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
                        break
                    if name in klass.__dict__:
                        break
        for name, value in members:
            enum_class._add_member(name, value, new_member, member_type, is_flag)
        if is_flag:
            flag_mask = 0
            singles = 0
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
                if _is_single_bit(m._value_):
                    singles |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', singles)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        order = body.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member(cls, name, value, new_member, member_type, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            enum_member = new_member(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from None
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        shadowed = None
        for klass in cls.__mro__:
            if isinstance(klass.__dict__.get(name), _MemberAttribute):
                shadowed = klass.__dict__[name]
                break
        if shadowed is None:
            type.__setattr__(cls, name, enum_member)
        else:
            # The member is reached through the class's own copy of the attribute.
            type.__setattr__(cls, name, type(shadowed)(name, shadowed.__doc__, cls.__name__))
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass

    def __call__(cls, value, names=None, **kwds):
        # (Keyword-only parameters would make this hot call slower: the functional API's
        # keywords are checked by hand.)
        if names is None and not kwds:
            try:
                # The common case first: a value some member has (Enum.__new__ handles the rest).
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                return cls.__new__(cls, value)
        for key in kwds:
            if key not in ('module', 'qualname', 'type', 'start', 'boundary'):
                raise TypeError("EnumType.__call__() got an unexpected keyword argument '%s'" % (key,))
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, **kwds)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__'])
        interesting.update(cls._member_names_)
        if cls._member_type_ is not object or cls.__dict__.get('_new_member_') is not None:
            interesting.add('__new__')
        if cls._member_type_ is not object:
            interesting.update(dir(cls._member_type_))
        return sorted(interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class _MemberAttribute:
    """A member's read-only `name` or `value` (CPython: enum.property)."""

    def __init__(self, name, doc, clsname='Enum'):
        self._attr = name
        self._clsname = clsname
        self.__doc__ = doc

    def _on_class(self, ownerclass):
        # A member called `name` or `value`, asked for on the class.
        if ownerclass is not None and self._attr in ownerclass._member_map_:
            return ownerclass._member_map_[self._attr]
        raise AttributeError(self._attr)

    def __set__(self, instance, value):
        raise AttributeError('<enum %r> cannot set attribute %r' % (self._clsname, self._attr))

    def __delete__(self, instance):
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self._clsname, self._attr))


class _NameAttribute(_MemberAttribute):
    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self._on_class(ownerclass)
        return instance._name_


class _ValueAttribute(_MemberAttribute):
    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self._on_class(ownerclass)
        return instance._value_


class _MembersProxy:
    """A read-only view of the name -> member mapping (CPython: a mappingproxy)."""
    __slots__ = ('_map',)

    def __init__(self, mapping):
        object.__setattr__(self, '_map', mapping)

    def __getitem__(self, key):
        return self._map[key]

    def __iter__(self):
        return iter(self._map)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        return key in self._map

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def get(self, key, default=None):
        return self._map.get(key, default)

    def copy(self):
        return dict(self._map)

    def __eq__(self, other):
        if isinstance(other, _MembersProxy):
            other = other._map
        return self._map == other

    __hash__ = None

    def __str__(self):
        return str(self._map)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._map,)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % (name,))


_MembersProxy.__name__ = 'mappingproxy'
_MembersProxy.__qualname__ = 'mappingproxy'

Enum = None
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        # Public methods, properties and attributes, plus a few dunders (as CPython 3.11 lists them).
        members = self._member_map_
        interesting = set(object.__dir__(self)) if self._member_type_ is not object else set()
        for name in getattr(self, '__dict__', {}):
            if name[0] != '_' and name not in members:
                interesting.add(name)
        for klass in type(self).__mro__:
            for name in getattr(klass, '__dict__', {}):
                if name[0] != '_' and (name not in members or isinstance(klass.__dict__[name], property)):
                    interesting.add(name)
        return sorted(interesting | set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _NameAttribute('name', 'The name of the Enum member.')
    value = _ValueAttribute('value', 'The value of the Enum member.')


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _power_of_two_next(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last_value = max(last_values)
    try:
        high_bit = last_value.bit_length() - 1
    except Exception:
        raise TypeError('invalid flag value %r' % last_value) from None
    return 2 ** (high_bit + 1)


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _power_of_two_next(name, start, count, last_values)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits_text(value, max_bits), _bits_text(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return cls(self._value_ | other)

    def __and__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return cls(self._value_ & other)

    def __xor__(self, other):
        cls = self.__class__
        if isinstance(other, cls):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return cls(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
"""#
}
