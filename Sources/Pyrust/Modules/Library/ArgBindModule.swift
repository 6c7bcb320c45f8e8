// _argbind (private), written in Python: binds (*args, **kwargs) to named parameters with
// CPython's TypeError messages. The methods collections.namedtuple and dataclasses generate
// (CPython compiles their source with exec, which pyrust has not) take *args and **kwargs and
// bind them here, so a wrong call fails as it would against the real signature.

extension LibrarySource {
    static let argbind = #"""
"""Binding call arguments to parameters, with CPython's errors (for generated methods)."""

_NO_VALUE = object()


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind(qualname, names, defaults, kwonly, kwdefaults, args, kwargs, implicit=1):
    """The parameter values, in the order of names then kwonly, of a call of `qualname`
    (whose first `implicit` parameters, self or cls, are already given). defaults: the
    defaults of the last parameters of names; kwdefaults: a dict for the keyword-only ones."""
    n = len(names)
    nargs = len(args)
    if nargs > n:
        low = n - len(defaults) + implicit
        high = n + implicit
        given = nargs + implicit
        if low != high:
            takes = f"from {low} to {high} positional arguments"
        else:
            takes = f"{high} positional argument" + ("" if high == 1 else "s")
        verb = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} but {given} {verb} given")
    values = list(args) + [_NO_VALUE] * (n - nargs)
    kwvalues = [_NO_VALUE] * len(kwonly)
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if values[i] is not _NO_VALUE:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[i] = value
        elif key in kwonly:
            kwvalues[kwonly.index(key)] = value
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
    first_default = n - len(defaults)
    missing = []
    for i in range(n):
        if values[i] is _NO_VALUE:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                missing.append(names[i])
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required positional argument{plural}: "
                        + _quoted_list(missing))
    for i, key in enumerate(kwonly):
        if kwvalues[i] is _NO_VALUE:
            if key in kwdefaults:
                kwvalues[i] = kwdefaults[key]
            else:
                missing.append(key)
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only argument{plural}: "
                        + _quoted_list(missing))
    return values + kwvalues
"""#
}
