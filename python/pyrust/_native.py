"""Finding and loading libpyrust, and the ctypes mirrors of the structs of include/pyrust.h.

Where the library comes from, first found wins:
1. $PYRUST_LIBRARY (or the older $PYRUST_LIB): a path to the .so;
2. the copy bundled in the wheel (pyrust/_lib/libpyrust.so.0, put there by `make wheel`);
3. build/libpyrust.so of the source tree this package sits in (a checkout, not installed);
4. the system's: ctypes.util.find_library("pyrust"), else the soname libpyrust.so.0
   (what `make install` puts in the loader's path).
"""
import ctypes
import ctypes.util
import os

V = ctypes.c_void_p
SONAME = "libpyrust.so.0"
_HERE = os.path.dirname(os.path.abspath(__file__))


def candidates():
    """(where, path) pairs in search order; a path may not exist."""
    for var in ("PYRUST_LIBRARY", "PYRUST_LIB"):
        if os.environ.get(var):
            yield f"${var}", os.environ[var]
            return   # an explicit choice is never silently replaced by another library
    yield "bundled", os.path.join(_HERE, "_lib", SONAME)
    yield "source tree", os.path.normpath(os.path.join(_HERE, "..", "..", "build", "libpyrust.so"))
    found = ctypes.util.find_library("pyrust")
    if found:
        yield "system", found
    yield "system", SONAME


def find_and_load():
    """(the CDLL, its path). Raises ImportError naming every place looked in."""
    tried = []
    for where, path in candidates():
        explicit = where.startswith("$")
        if os.sep in path and not os.path.exists(path) and not explicit:
            continue
        try:
            return load(path), path
        except OSError as e:
            tried.append(f"{where} {path}: {e}")
    raise ImportError("pyrust: libpyrust not found; set PYRUST_LIBRARY to the path of libpyrust.so, "
                      "or install the library (make install). Tried: " + "; ".join(tried or ["nothing"]))


class _Result(ctypes.Structure):
    """struct pyrust_result (128 bytes on LP64; see pyrust.h)."""
    _fields_ = [("status", ctypes.c_int32), ("error_line", ctypes.c_int32), ("error_col", ctypes.c_int32),
                ("output", V), ("output_len", ctypes.c_size_t),
                ("error_type", ctypes.c_char_p), ("error_message", ctypes.c_char_p),
                ("traceback", ctypes.c_char_p), ("error_output", V),
                ("error_output_len", ctypes.c_size_t), ("exit_code", ctypes.c_int32), ("layout", ctypes.c_int32),
                ("result_json", V), ("result_json_len", ctypes.c_size_t), ("result_json_error", ctypes.c_char_p),
                ("value", V), ("globals_json", V), ("globals_json_len", ctypes.c_size_t)]


class _Limits(ctypes.Structure):
    """struct pyrust_limits (40 bytes)."""
    _fields_ = [("size", ctypes.c_uint32), ("max_depth", ctypes.c_uint32),
                ("max_instructions", ctypes.c_uint64), ("timeout_ms", ctypes.c_uint64),
                ("max_output", ctypes.c_uint64), ("cancel", V)]


class _CacheStats(ctypes.Structure):
    """struct pyrust_cache_stats (64 bytes)."""
    _fields_ = [("hits", ctypes.c_uint64), ("misses", ctypes.c_uint64), ("inserts", ctypes.c_uint64),
                ("evictions", ctypes.c_uint64), ("size", ctypes.c_uint64), ("capacity", ctypes.c_uint64),
                ("bytes", ctypes.c_uint64), ("hit_rate", ctypes.c_double)]


HOST_FN = ctypes.CFUNCTYPE(V, V, V, V, V)

_SIGNATURES = {
    "pyrust_version": (ctypes.c_char_p, []),
    "pyrust_run": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(_Result)]),
    "pyrust_run_ex": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(_Limits),
                                     ctypes.POINTER(_Result)]),
    "pyrust_cache_stats_get": (None, [ctypes.POINTER(_CacheStats)]),
    "pyrust_cache_clear": (None, []),
    "pyrust_context_new": (V, [V]), "pyrust_context_free": (None, [V]),
    "pyrust_context_run": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, V,
                                          ctypes.POINTER(_Result)]),
    "pyrust_context_set_limits": (ctypes.c_int, [V, ctypes.POINTER(_Limits)]),
    "pyrust_context_cache_stats": (None, [V, ctypes.POINTER(_CacheStats)]),
    "pyrust_context_cache_clear": (None, [V]),
    "pyrust_result_free": (None, [ctypes.POINTER(_Result)]),
    "pyrust_context_add_function": (ctypes.c_int, [V, ctypes.c_char_p, HOST_FN, V]),
    "pyrust_context_add_cfunction": (ctypes.c_int, [V, ctypes.c_char_p, V, ctypes.c_char_p]),
    "pyrust_context_watch_globals": (ctypes.c_int, [V, ctypes.POINTER(ctypes.c_char_p), ctypes.c_size_t]),
    "pyrust_call_raise": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_char_p]),
    "pyrust_capabilities": (ctypes.c_char_p, []),
    "pyrust_inputs_new": (V, []), "pyrust_inputs_free": (None, [V]),
    "pyrust_inputs_set": (ctypes.c_int, [V, ctypes.c_char_p, V]),
    "pyrust_inputs_set_json": (ctypes.c_int, [V, ctypes.c_char_p, ctypes.c_char_p]),
    "pyrust_value_none": (V, []), "pyrust_value_bool": (V, [ctypes.c_int]),
    "pyrust_value_int": (V, [ctypes.c_int64]), "pyrust_value_int_text": (V, [ctypes.c_char_p]),
    "pyrust_value_float": (V, [ctypes.c_double]), "pyrust_value_str": (V, [ctypes.c_char_p, ctypes.c_size_t]),
    "pyrust_value_bytes": (V, [ctypes.c_char_p, ctypes.c_size_t]),
    "pyrust_value_list": (V, []), "pyrust_value_tuple": (V, []), "pyrust_value_dict": (V, []),
    "pyrust_value_append": (ctypes.c_int, [V, V]), "pyrust_value_dict_set": (ctypes.c_int, [V, V, V]),
    "pyrust_value_free": (None, [V]), "pyrust_value_type": (ctypes.c_int, [V]),
    "pyrust_value_get_bool": (ctypes.c_int, [V]),
    "pyrust_value_get_int64": (ctypes.c_int, [V, ctypes.POINTER(ctypes.c_int64)]),
    "pyrust_value_get_float": (ctypes.c_double, [V]),
    "pyrust_value_get_text": (V, [V, ctypes.POINTER(ctypes.c_size_t)]),
    "pyrust_value_len": (ctypes.c_size_t, [V]), "pyrust_value_item": (V, [V, ctypes.c_size_t]),
    "pyrust_value_dict_key": (V, [V, ctypes.c_size_t]), "pyrust_value_dict_value": (V, [V, ctypes.c_size_t]),
}

# Exported by newer libraries only (the process-wide shared cache): declared when present.
_OPTIONAL_SIGNATURES = {
    "pyrust_execute_shared": (V, [ctypes.c_char_p]),
    "pyrust_shared_cache_stats_get": (None, [ctypes.POINTER(_CacheStats)]),
    "pyrust_shared_cache_clear": (None, []),
}


def load(path):
    """A CDLL of the library at `path` with every signature this package uses declared."""
    lib = ctypes.CDLL(path)
    for name, (restype, argtypes) in _SIGNATURES.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = restype, argtypes
    for name, (restype, argtypes) in _OPTIONAL_SIGNATURES.items():
        if hasattr(lib, name):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = restype, argtypes
    return lib
