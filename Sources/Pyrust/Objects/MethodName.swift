// Every attribute name the builtin types answer to. The compiler resolves an attribute or method
// name to one of these once, so the VM dispatches with a switch instead of string lookups.
// Names not listed here can never be found on a builtin object (AttributeError at run time).

enum MethodName: String, CaseIterable {
    // str
    case capitalize, casefold, center, count, encode, endswith, expandtabs, find, format, format_map
    case index, isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric
    case isprintable, isspace, istitle, isupper, join, ljust, lower, lstrip, maketrans, partition
    case removeprefix, removesuffix, replace, rfind, rindex, rjust, rpartition, rsplit, rstrip
    case split, splitlines, startswith, strip, swapcase, title, translate, upper, zfill
    // list (count, index shared with str/tuple)
    case append, clear, copy, extend, insert, pop, remove, reverse, sort
    // dict
    case fromkeys, get, items, keys, popitem, setdefault, update, values
    // set
    case add, difference, difference_update, discard, intersection, intersection_update
    case isdisjoint, issubset, issuperset, symmetric_difference, symmetric_difference_update, union
    // int / float
    case bit_length, bit_count, conjugate, real, imag, numerator, denominator, to_bytes, from_bytes
    case is_integer, as_integer_ratio, hex, fromhex
    // bytes / bytearray (the rest are shared with str and list)
    case decode
    // range / slice
    case start, stop, step, indices
    // exceptions
    case args, with_traceback
    // functions and types
    case dunderName = "__name__", dunderQualname = "__qualname__", dunderDoc = "__doc__"
    case dunderClass = "__class__", dunderDict = "__dict__", dunderModule = "__module__"
    case dunderCause = "__cause__", dunderContext = "__context__", dunderTraceback = "__traceback__"
    case dunderLen = "__len__", dunderContains = "__contains__", dunderGetitem = "__getitem__"

    /// Built once per process; read-only afterwards, so safe from any thread.
    static let byName: [String: MethodName] = {
        var d: [String: MethodName] = [:]
        for m in MethodName.allCases { d[m.rawValue] = m }
        for k in d.keys { Immortal.mark(string: k) }
        return Immortal.dictionary(d)
    }()
}
