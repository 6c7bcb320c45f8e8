// sys, written in Python over the Swift `_sys` (Modules/SysModule.swift). Per run: a program
// may change sys (argv, setrecursionlimit, modules) and the next run must not see it.

extension LibrarySource {
    static let sys = #"""
"""pyrust's sys: the interpreter's constants and the run's streams."""

import _sys
from _sys import stdout, stderr, exit, getrecursionlimit, setrecursionlimit
from _sys import get_int_max_str_digits, set_int_max_str_digits

__stdout__ = stdout
__stderr__ = stderr


class version_info(tuple):
    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0

    @property
    def major(self):
        return self[0]

    @property
    def minor(self):
        return self[1]

    @property
    def micro(self):
        return self[2]

    @property
    def releaselevel(self):
        return self[3]

    @property
    def serial(self):
        return self[4]

    def __repr__(self):
        return ('sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)'
                % tuple(self))


class float_info(tuple):
    _names = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
              'epsilon', 'radix', 'rounds')

    def __getattr__(self, name):
        if name in float_info._names:
            return self[float_info._names.index(name)]
        raise AttributeError("'sys.float_info' object has no attribute '%s'" % name)

    def __repr__(self):
        return 'sys.float_info(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(float_info._names, self))


class int_info(tuple):
    _names = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')

    def __getattr__(self, name):
        if name in int_info._names:
            return self[int_info._names.index(name)]
        raise AttributeError("'sys.int_info' object has no attribute '%s'" % name)

    def __repr__(self):
        return 'sys.int_info(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(int_info._names, self))


class _Implementation:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % item for item in self.__dict__.items())


version_info = version_info((3, 11, 7, 'final', 0))
float_info = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))
int_info = int_info((30, 4, 4300, 640))
hexversion = 0x030B07F0
version = '3.11.7 (pyrust 0.4.0)'
implementation = _Implementation(name='pyrust', cache_tag=None, version=version_info, hexversion=hexversion)
maxsize = 9223372036854775807
maxunicode = 1114111
byteorder = 'little'
platform = 'linux'
argv = _sys._argv()
orig_argv = []
flags = None
path = []
builtin_module_names = ('_sys', 'builtins', 'math', 'sys')
modules = _sys._modules()
dont_write_bytecode = True
"""#
}
