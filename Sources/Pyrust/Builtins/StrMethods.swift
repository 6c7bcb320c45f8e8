// The methods of str, with CPython 3.11's results and error messages.
// Work happens on the UTF-8 bytes wherever the answer does not depend on code points (UTF-8 is
// self-synchronising, so byte search finds exactly the code point matches); ASCII strings
// (count == bytes.count) never decode. Case mapping and character classes use the Unicode
// scalar properties, behind ASCII fast paths.

import Glibc

func callStrMethod(_ vm: VM, _ s: PyStr, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    switch name {
    case .split, .rsplit:
        return try strSplitMethod(s, args, fromRight: name == .rsplit)
    case .splitlines:
        let bound = try bindArguments(args, "splitlines", ["keepends"])
        var keepEnds = false
        if let k = bound[0] { keepEnds = try intFlagArgument(k) }
        return .list(PyList(strSplitLines(s, keepEnds: keepEnds)))
    case .join:
        try args.noKeywords("str.join")
        try args.expect("str.join", min: 1, max: 1)
        return .str(try strJoin(vm, s, args[0]))
    case .strip, .lstrip, .rstrip:
        try args.noKeywords("str.\(name.rawValue)")
        try args.expect(name.rawValue, min: 0, max: 1)
        var chars: PyStr? = nil
        if args.count == 1 {
            switch args[0] {
            case .none: break
            case .str(let c): chars = c
            default: throw typeError("\(name.rawValue) arg must be None or str")
            }
        }
        return .str(strStrip(s, chars: chars, left: name != .rstrip, right: name != .lstrip))
    case .replace:
        try args.noKeywords("str.replace")
        try args.expect("replace", min: 2, max: 3)
        let old = try strArgument(args[0], "replace() argument 1")
        let new = try strArgument(args[1], "replace() argument 2")
        let count = args.count == 3 ? try indexArgument(args[2]) : -1
        return .str(try strReplace(s, old, new, count: count))
    case .find, .rfind, .index, .rindex:
        let (sub, start, end) = try findArguments(s, args, name.rawValue)
        let fromRight = name == .rfind || name == .rindex
        let i = strFind(s, sub, start: start, end: end, fromRight: fromRight)
        if i < 0 && (name == .index || name == .rindex) { throw valueError("substring not found") }
        return .int(i)
    case .count:
        let (sub, start, end) = try findArguments(s, args, "count")
        return .int(strCount(s, sub, start: start, end: end))
    case .startswith, .endswith:
        return .bool(try strAffixMethod(s, args, name.rawValue, atEnd: name == .endswith))
    case .upper, .lower, .title, .capitalize, .swapcase, .casefold:
        try noArguments(args, "str.\(name.rawValue)")
        return .str(strChangeCase(s, name))
    case .isalnum, .isalpha, .isascii, .isdecimal, .isdigit, .isidentifier, .islower, .isnumeric,
         .isprintable, .isspace, .istitle, .isupper:
        try noArguments(args, "str.\(name.rawValue)")
        return .bool(strPredicate(s, name))
    case .zfill:
        try args.noKeywords("str.zfill")
        try args.expect("str.zfill", min: 1, max: 1)
        return .str(try strZfill(s, width: try indexArgument(args[0])))
    case .center, .ljust, .rjust:
        try args.noKeywords("str.\(name.rawValue)")
        try args.expect(name.rawValue, min: 1, max: 2)
        let width = try indexArgument(args[0])
        var fill: [UInt8] = [0x20]
        if args.count == 2 {
            guard case .str(let f) = args[1] else {
                throw typeError("The fill character must be a unicode character, not \(typeName(args[1]))")
            }
            if f.count != 1 { throw typeError("The fill character must be exactly one character long") }
            fill = f.byteArray
        }
        return .str(try strJustify(s, width: width, fill: fill, name))
    case .partition, .rpartition:
        try args.noKeywords("str.\(name.rawValue)")
        try args.expect("str.\(name.rawValue)", min: 1, max: 1)
        let sep = try strArgument(args[0], nil)
        return .tuple(PyTuple(try strPartition(s, sep, fromRight: name == .rpartition)))
    case .removeprefix, .removesuffix:
        try args.noKeywords("str.\(name.rawValue)")
        try args.expect("str.\(name.rawValue)", min: 1, max: 1)
        let affix = try strArgument(args[0], "\(name.rawValue)() argument")
        return .str(strRemoveAffix(s, affix, atEnd: name == .removesuffix))
    case .expandtabs:
        let bound = try bindArguments(args, "expandtabs", ["tabsize"])
        var tabSize = 8
        if let t = bound[0] {
            switch t {
            case .big: throw overflowError("Python int too large to convert to C int")
            default: tabSize = try indexArgument(t)
            }
            // tabsize is a C int in CPython; the bound also keeps the column arithmetic small.
            if tabSize > Int(Int32.max) || tabSize < Int(Int32.min) {
                throw overflowError("Python int too large to convert to C int")
            }
        }
        return .str(try strExpandTabs(s, tabSize: tabSize))
    case .format:
        return .str(try strFormat(vm, s, args))
    case .format_map:
        try args.noKeywords("str.format_map")
        try args.expect("str.format_map", min: 1, max: 1)
        return .str(try strFormatMap(vm, s, args[0]))
    case .maketrans:
        return try strMaketransMethod(vm, args)
    case .translate:
        try args.noKeywords("str.translate")
        try args.expect("str.translate", min: 1, max: 1)
        return .str(try strTranslate(vm, s, args[0]))
    case .encode:
        let (encoding, errors) = try codecArguments(args, "encode")
        return .object(PyBytes.make(try encodeStr(s, encoding: encoding, errors: errors)))
    case .dunderLen:
        try slotArguments(args, "__len__", count: 0)
        return .int(s.count)
    case .dunderContains:
        try slotArguments(args, "__contains__", count: 1)
        guard case .str(let sub) = args[0] else {
            throw typeError("'in <string>' requires string as left operand, not \(typeName(args[0]))")
        }
        return .bool(strContains(s, sub))
    case .dunderGetitem:
        try slotArguments(args, "__getitem__", count: 1)
        return try vm.subscriptValue(.str(s), args[0])
    default:
        return nil
    }
}

// MARK: - argument helpers shared by the methods files

/// An int argument used as a size or position (CPython's __index__ to Py_ssize_t).
func indexArgument(_ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .big: throw overflowError("Python int too large to convert to C ssize_t")
    default: throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
}

/// A start/end bound of find, count, index...: None means "not given"; huge ints clamp.
func sliceBoundArgument(_ v: Value, noneAllowed: Bool = true) throws(PyError) -> Int? {
    switch v {
    case .none where noneAllowed: return nil
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .big(let b): return b.value.isNegative ? Int.min : Int.max
    default:
        throw typeError(noneAllowed ? "slice indices must be integers or None or have an __index__ method"
                                    : "slice indices must be integers or have an __index__ method")
    }
}

/// CPython's ADJUST_INDICES: negative bounds count from the end, then clamp to 0...length.
@inline(__always) func adjustBounds(_ start: Int?, _ end: Int?, length: Int) -> (start: Int, end: Int) {
    var s = start ?? 0
    var e = end ?? length
    if e > length { e = length } else if e < 0 { e += length; if e < 0 { e = 0 } }
    if s < 0 { s += length; if s < 0 { s = 0 } }
    return (s, e)
}

/// A boolean given as an int (splitlines' keepends): any int, but not other types.
func intFlagArgument(_ v: Value) throws(PyError) -> Bool {
    switch v {
    case .int(let i):
        if i > Int(Int32.max) || i < Int(Int32.min) { throw overflowError("Python int too large to convert to C int") }
        return i != 0
    case .bool(let b): return b
    case .big: throw overflowError("Python int too large to convert to C int")
    default: throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
}

/// A str argument; `what` names it in the error ("replace() argument 1"), nil gives "must be str".
@inline(__always)
private func strArgument(_ v: Value, _ what: @autoclosure () -> String?) throws(PyError) -> PyStr {
    if case .str(let s) = v { return s }
    return try strSubclassArgument(v, what())
}

/// A str subclass instance is a str argument (its value); anything else is CPython's TypeError.
@inline(never)
private func strSubclassArgument(_ v: Value, _ what: String?) throws(PyError) -> PyStr {
    if case .instance = v, case .str(let s) = v.payloadOrSelf { return s }
    // Argument Clinic's wording names None as "None", other types by their name.
    if let w = what { throw typeError("\(w) must be str, not \(v.isNone ? "None" : typeName(v))") }
    throw typeError("must be str, not \(typeName(v))")
}

/// Slot wrappers (str.__len__, list.__contains__, ...): "expected 1 argument, got 3".
func slotArguments(_ args: Args, _ name: String, count: Int) throws(PyError) {
    if args.hasKeywords { throw typeError("wrapper \(name)() takes no keyword arguments") }
    if args.count != count {
        throw typeError("expected \(count) argument\(count == 1 ? "" : "s"), got \(args.count)")
    }
}

/// METH_NOARGS methods: "str.upper() takes no arguments (1 given)".
/// (The name is built only for an error: callers interpolate it.)
@inline(__always)
func noArguments(_ args: Args, _ qualifiedName: @autoclosure () -> String) throws(PyError) {
    if args.positionalCount == 0 && !args.hasKeywords { return }
    try args.noKeywords(qualifiedName())
    try args.expect(qualifiedName(), min: 0, max: 0)
}

/// Binds positional-or-keyword parameters as Argument Clinic does (split, splitlines, sort...).
/// Returns one slot per parameter name, nil when not given.
func bindArguments(_ args: Args, _ fname: String, _ names: [String]) throws(PyError) -> [Value?] {
    let total = args.positionalCount + args.kwNames.count
    if total > names.count {
        let plural = names.count == 1 ? "" : "s"
        throw typeError("\(fname)() takes at most \(names.count) argument\(plural) (\(total) given)")
    }
    var bound = filledArray(nil as Value?, count: names.count)
    for i in 0..<args.positionalCount { bound[i] = args[i] }
    for (k, kw) in args.kwNames.enumerated() {
        let key = kw.string
        guard let slot = names.firstIndex(of: key) else {
            throw typeError("'\(key)' is an invalid keyword argument for \(fname)()")
        }
        if bound[slot] != nil {
            throw typeError("argument for \(fname)() given by name ('\(key)') and position (\(slot + 1))")
        }
        bound[slot] = args.values[args.positionalCount + k]
    }
    return bound
}

// MARK: - building results

/// A str from a byte range of s (the range must fall on code point boundaries).
@inline(__always) func strSlice(_ s: PyStr, _ from: Int, _ to: Int) -> PyStr {
    if from == 0 && to == s.byteCount { return s }
    return s.withUnsafeBufferPointer { strPiece($0, from, to, ascii: s.isASCII) }
}

/// A new str holding bytes[from..<to] of a UTF-8 buffer: one copy, shared one-char strs.
@inline(__always) func strPiece(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, ascii: Bool) -> PyStr {
    let n = to - from
    if n <= 0 { return PyStr.empty }
    if n == 1 && b[from] < 0x80 { return PyStr.ascii[Int(b[from])] }
    if n == 2 && b[from] & 0xFE == 0xC2 { return PyStr.latin1(UInt32(b[from] & 0x1F) << 6 | UInt32(b[from + 1] & 0x3F)) }
    let piece = UnsafeBufferPointer(rebasing: b[from..<to])
    return PyStr.make(copying: piece, count: ascii ? n : PyStr.countScalars(piece))
}

@inline(__always) private func checkedLength(_ n: Int) throws(PyError) {
    if n > Limits.maxSequenceLength { throw memoryError() }
}

// MARK: - byte search (linear worst case: memchr + memcmp, falling back to KMP when the
// candidates keep failing, so adversarial inputs cannot go quadratic)

/// First byte offset >= from where needle occurs entirely before `to`; -1 when none.
func bytesFind(_ hay: PyStr, _ needle: PyStr, from: Int, to: Int) -> Int {
    return hay.withUnsafeBufferPointer { h in
        needle.withUnsafeBufferPointer { n in bufferFind(h, n, from: from, to: to) }
    }
}

/// Last byte offset in from...(to - m) where needle occurs; -1 when none.
func bytesRFind(_ hay: PyStr, _ needle: PyStr, from: Int, to: Int) -> Int {
    return hay.withUnsafeBufferPointer { h in
        needle.withUnsafeBufferPointer { n in bufferRFind(h, n, from: from, to: to) }
    }
}

/// bytesFind over raw buffers (str's UTF-8, a bytes object's bytes).
func bufferFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    let m = n.count
    if m == 0 { return from <= to ? from : -1 }
    if to - from < m { return -1 }
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return -1 }
    let first = Int32(n[0])
    let last = to - m          // last possible start
    var i = from
    var wasted = 0
    while i <= last {
        guard let p = memchr(hb + i, first, last - i + 1) else { return -1 }
        i = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - hb
        if m == 1 || memcmp(hb + i + 1, nb + 1, m - 1) == 0 { return i }
        wasted += m
        if wasted > 4 * (i - from) + 4096 { return kmpFind(h, n, from: i, to: to) }
        i += 1
    }
    return -1
}

/// bytesRFind over raw buffers.
func bufferRFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    let m = n.count
    if m == 0 { return from <= to ? to : -1 }
    if to - from < m { return -1 }
    guard let hb = h.baseAddress, let nb = n.baseAddress else { return -1 }
    let lastByte = n[m - 1]
    var i = to - m
    var wasted = 0
    while i >= from {
        if h[i + m - 1] == lastByte && memcmp(hb + i, nb, m - 1) == 0 { return i }
        wasted += 1
        if wasted > 64 && m > 8 && wasted * m > 4 * (to - m - i) + 4096 {
            return kmpRFind(h, n, from: from, to: i + m)
        }
        i -= 1
    }
    return -1
}

/// Knuth-Morris-Pratt failure function: longest proper prefix that is also a suffix.
private func kmpTable(_ n: UnsafeBufferPointer<UInt8>, reversed: Bool) -> [Int] {
    let m = n.count
    @inline(__always) func at(_ i: Int) -> UInt8 { reversed ? n[m - 1 - i] : n[i] }
    var fail = [Int](repeating: 0, count: m)
    var k = 0
    var i = 1
    while i < m {
        while k > 0 && at(i) != at(k) { k = fail[k - 1] }
        if at(i) == at(k) { k += 1 }
        fail[i] = k
        i += 1
    }
    return fail
}

private func kmpFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    let m = n.count
    let fail = kmpTable(n, reversed: false)
    var j = 0
    var i = from
    while i < to {
        let c = h[i]
        while j > 0 && c != n[j] { j = fail[j - 1] }
        if c == n[j] { j += 1 }
        if j == m { return i - m + 1 }
        i += 1
    }
    return -1
}

private func kmpRFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    let m = n.count
    let fail = kmpTable(n, reversed: true)
    var j = 0
    var i = to - 1
    while i >= from {
        let c = h[i]
        while j > 0 && c != n[m - 1 - j] { j = fail[j - 1] }
        if c == n[m - 1 - j] { j += 1 }
        if j == m { return i }
        i -= 1
    }
    return -1
}

// MARK: - find, count, startswith

private func findArguments(_ s: PyStr, _ args: Args, _ fname: String) throws(PyError) -> (PyStr, Int, Int) {
    try args.noKeywords("str.\(fname)")
    if args.count < 1 { throw typeError("\(fname)() takes at least 1 argument (\(args.count) given)") }
    if args.count > 3 { throw typeError("\(fname)() takes at most 3 arguments (\(args.count) given)") }
    // The bounds are converted before the substring's type is checked, as in CPython.
    let start = args.count > 1 ? try sliceBoundArgument(args[1]) : nil
    let end = args.count > 2 ? try sliceBoundArgument(args[2]) : nil
    let sub = try strArgument(args[0], nil)
    let b = adjustBounds(start, end, length: s.count)
    return (sub, b.start, b.end)
}

/// Code point index of sub in s[start:end] (bounds already adjusted), or -1.
func strFind(_ s: PyStr, _ sub: PyStr, start: Int, end: Int, fromRight: Bool) -> Int {
    if end - start < sub.count { return -1 }
    if sub.count == 0 { return fromRight ? end : start }
    let bs = s.byteOffset(ofScalar: start)
    let be = s.isASCII ? end : s.byteOffset(ofScalar: end)
    let r = fromRight ? bytesRFind(s, sub, from: bs, to: be) : bytesFind(s, sub, from: bs, to: be)
    if r < 0 { return -1 }
    if s.isASCII { return r }
    return start + s.withUnsafeBufferPointer { PyStr.countScalars(UnsafeBufferPointer(rebasing: $0[bs..<r])) }
}

/// `sub in s`: a byte search over the whole string (no code point offsets needed).
func strContains(_ s: PyStr, _ sub: PyStr) -> Bool {
    return bytesFind(s, sub, from: 0, to: s.byteCount) >= 0
}

func strCount(_ s: PyStr, _ sub: PyStr, start: Int, end: Int) -> Int {
    if end - start < sub.count { return 0 }
    if sub.count == 0 { return end - start + 1 }
    let bs = s.byteOffset(ofScalar: start)
    let be = s.isASCII ? end : s.byteOffset(ofScalar: end)
    var n = 0
    var i = bs
    while true {
        let r = bytesFind(s, sub, from: i, to: be)
        if r < 0 { return n }
        n += 1
        i = r + sub.byteCount
    }
}

private func strAffixMethod(_ s: PyStr, _ args: Args, _ fname: @autoclosure () -> String,
                            atEnd: Bool) throws(PyError) -> Bool {
    try args.noKeywords("str.\(fname())")
    if args.count < 1 { throw typeError("\(fname())() takes at least 1 argument (\(args.count) given)") }
    if args.count > 3 { throw typeError("\(fname())() takes at most 3 arguments (\(args.count) given)") }
    let start = args.count > 1 ? try sliceBoundArgument(args[1]) : nil
    let end = args.count > 2 ? try sliceBoundArgument(args[2]) : nil
    let first = args[0]
    if case .str(let affix) = first { return strTailMatch(s, affix, start, end, atEnd: atEnd) }
    // str and tuple subclasses count as str and tuple (their payload).
    switch first.payloadOrSelf {
    case .str(let affix):
        return strTailMatch(s, affix, start, end, atEnd: atEnd)
    case .tuple(let t):
        return try t.items.withUnsafeBufferPointer { (items: UnsafeBufferPointer<Value>) throws(PyError) -> Bool in
            for k in 0..<items.count {
                let affix: PyStr
                if case .str(let x) = items[k] {
                    affix = x
                } else if case .str(let x) = items[k].payloadOrSelf {
                    affix = x
                } else {
                    throw typeError("tuple for \(fname()) must only contain str, not \(typeName(items[k]))")
                }
                if strTailMatch(s, affix, start, end, atEnd: atEnd) { return true }
            }
            return false
        }
    default:
        throw typeError("\(fname()) first arg must be str or a tuple of str, not \(typeName(first))")
    }
}

/// CPython's tailmatch: does s[start:end] start (or end) with affix?
private func strTailMatch(_ s: PyStr, _ affix: PyStr, _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
    if start == nil && end == nil {
        // The whole str: compare the bytes at either end (UTF-8 is self-synchronising, so
        // matching bytes are matching code points), without code point offsets.
        let m = affix.byteCount
        let n = s.byteCount
        if m > n { return false }
        if m == 0 { return true }
        return s.withUnsafeBufferPointer { b in
            affix.withUnsafeBufferPointer { a in
                PyStr.bytesEqual(b.baseAddress.unsafelyUnwrapped + (atEnd ? n - m : 0), a.baseAddress.unsafelyUnwrapped, m)
            }
        }
    }
    let b = adjustBounds(start, end, length: s.count)
    let last = b.end - affix.count
    if last < b.start { return false }
    if affix.count == 0 { return true }
    let offset = s.byteOffset(ofScalar: atEnd ? last : b.start)
    let m = affix.byteCount
    if offset + m > s.byteCount { return false }
    return s.withUnsafeBufferPointer { b in
        affix.withUnsafeBufferPointer { a in
            guard let pb = b.baseAddress, let pa = a.baseAddress else { return false }
            return memcmp(pb + offset, pa, m) == 0
        }
    }
}

private func strRemoveAffix(_ s: PyStr, _ affix: PyStr, atEnd: Bool) -> PyStr {
    let m = affix.byteCount
    if m == 0 || m > s.byteCount { return s }
    let n = s.byteCount
    let at = atEnd ? n - m : 0
    let matches = s.withUnsafeBufferPointer { b in
        affix.withUnsafeBufferPointer { a in
            guard let pb = b.baseAddress, let pa = a.baseAddress else { return false }
            return memcmp(pb + at, pa, m) == 0
        }
    }
    if !matches { return s }
    return atEnd ? strSlice(s, 0, n - m) : strSlice(s, m, n)
}

// MARK: - split, splitlines, partition

/// Python's str.isspace for one code point (also what split() and strip() treat as blank).
@inline(__always) func isPythonWhitespace(_ c: UInt32) -> Bool {
    if c < 0x80 { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) }
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Whether the code point starting at byte i is whitespace, and its byte length.
@inline(__always) private func whitespaceAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Bool, Int) {
    let c = b[i]
    if c < 0x80 { return ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20), 1) }
    let (scalar, len) = PyStr.decode(b, i)
    return (isPythonWhitespace(scalar), len)
}

/// Byte offset of the code point that ends just before byte i.
@inline(__always) private func previousScalarStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var j = i - 1
    while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
    return j
}

private func strSplitMethod(_ s: PyStr, _ args: Args, fromRight: Bool) throws(PyError) -> Value {
    let sepArgument: Value?, maxArgument: Value?
    if !args.hasKeywords && args.count <= 2 {
        // Positional arguments only (the usual call): no binder arrays.
        sepArgument = args.count > 0 ? args[0] : nil
        maxArgument = args.count > 1 ? args[1] : nil
    } else {
        let bound = try bindArguments(args, fromRight ? "rsplit" : "split", ["sep", "maxsplit"])
        sepArgument = bound[0]
        maxArgument = bound[1]
    }
    // maxsplit is converted while the arguments are parsed, before sep's type is checked.
    var maxSplit = -1
    if let m = maxArgument { maxSplit = try indexArgument(m) }
    var sep: PyStr? = nil
    if let v = sepArgument {
        switch v {
        case .none: break
        case .str(let x): sep = x
        default: throw typeError("must be str or None, not \(typeName(v))")
        }
    }
    if maxSplit < 0 { maxSplit = Int.max }
    if let sep = sep {
        if sep.count == 0 { throw valueError("empty separator") }
        return .list(PyList(fromRight ? strRSplit(s, sep, maxSplit) : strSplit(s, sep, maxSplit)))
    }
    return .list(PyList(fromRight ? strRSplitWhitespace(s, maxSplit) : strSplitWhitespace(s, maxSplit)))
}

func strSplitWhitespace(_ s: PyStr, _ maxSplit: Int) -> [Value] {
    let ascii = s.isASCII
    return s.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> [Value] in
        let n = b.count
        var out: [Value] = []
        out.reserveCapacity(12)
        var i = 0
        var remaining = maxSplit
        while remaining > 0 {
            while i < n { let (sp, len) = whitespaceAt(b, i); if !sp { break }; i += len }
            if i == n { break }
            let j = i
            while i < n { let (sp, len) = whitespaceAt(b, i); if sp { break }; i += len }
            out.append(.str(j == 0 && i == n ? s : strPiece(b, j, i, ascii: ascii)))
            remaining -= 1
        }
        if i < n {
            while i < n { let (sp, len) = whitespaceAt(b, i); if !sp { break }; i += len }
            if i != n { out.append(.str(strPiece(b, i, n, ascii: ascii))) }
        }
        return out
    }
}

func strRSplitWhitespace(_ s: PyStr, _ maxSplit: Int) -> [Value] {
    let ascii = s.isASCII
    return s.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> [Value] in
        var out: [Value] = []
        var i = b.count          // exclusive end of the unscanned part
        var remaining = maxSplit
        @inline(__always) func spaceBefore(_ i: Int) -> (Bool, Int) {
            let start = previousScalarStart(b, i)
            return (whitespaceAt(b, start).0, start)
        }
        while remaining > 0 {
            while i > 0 { let (sp, st) = spaceBefore(i); if !sp { break }; i = st }
            if i == 0 { break }
            let j = i
            while i > 0 { let (sp, st) = spaceBefore(i); if sp { break }; i = st }
            out.append(.str(i == 0 && j == b.count ? s : strPiece(b, i, j, ascii: ascii)))
            remaining -= 1
        }
        if i > 0 {
            while i > 0 { let (sp, st) = spaceBefore(i); if !sp { break }; i = st }
            if i > 0 { out.append(.str(strPiece(b, 0, i, ascii: ascii))) }
        }
        out.reverse()
        return out
    }
}

func strSplit(_ s: PyStr, _ sep: PyStr, _ maxSplit: Int) -> [Value] {
    let m = sep.byteCount
    let ascii = s.isASCII
    if m == 1 {
        // The common case (`line.split(',')`): count first, then one pass with memchr.
        let c = sep.withUnsafeBufferPointer { $0[0] }
        return s.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> [Value] in
            guard let base = b.baseAddress else { return [.str(s)] }
            var pieces = 1
            var k = 0
            while pieces <= maxSplit, k < b.count, let p = memchr(base + k, Int32(c), b.count - k) {
                k = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base + 1
                pieces += 1
            }
            if pieces == 1 { return [.str(s)] }
            var out: [Value] = []
            out.reserveCapacity(pieces)
            var i = 0
            var remaining = maxSplit
            while remaining > 0, i <= b.count, let p = memchr(base + i, Int32(c), b.count - i) {
                let j = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base
                out.append(.str(strPiece(b, i, j, ascii: ascii)))
                i = j + 1
                remaining -= 1
            }
            out.append(.str(strPiece(b, i, b.count, ascii: ascii)))
            return out
        }
    }
    var out: [Value] = []
    out.reserveCapacity(12)
    var i = 0
    var remaining = maxSplit
    while remaining > 0 {
        let r = bytesFind(s, sep, from: i, to: s.byteCount)
        if r < 0 { break }
        out.append(.str(strSlice(s, i, r)))
        i = r + m
        remaining -= 1
    }
    if out.isEmpty { return [.str(s)] }
    out.append(.str(strSlice(s, i, s.byteCount)))
    return out
}

func strRSplit(_ s: PyStr, _ sep: PyStr, _ maxSplit: Int) -> [Value] {
    let m = sep.byteCount
    var out: [Value] = []
    var j = s.byteCount
    var remaining = maxSplit
    while remaining > 0 {
        let r = bytesRFind(s, sep, from: 0, to: j)
        if r < 0 { break }
        out.append(.str(strSlice(s, r + m, j)))
        j = r
        remaining -= 1
    }
    out.append(.str(strSlice(s, 0, j)))
    out.reverse()
    return out
}

/// Length in bytes of the line break starting at byte i, or 0 (Python's str.splitlines set).
@inline(__always) private func lineBreakLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    switch c {
    case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E: return 1
    case 0x0D: return i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
    case 0xC2: return i + 1 < b.count && b[i + 1] == 0x85 ? 2 : 0
    case 0xE2: return i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) ? 3 : 0
    default: return 0
    }
}

func strSplitLines(_ s: PyStr, keepEnds: Bool) -> [Value] {
    return s.withUnsafeBufferPointer { b in strSplitLines(s, b, keepEnds: keepEnds) }
}

private func strSplitLines(_ s: PyStr, _ b: UnsafeBufferPointer<UInt8>, keepEnds: Bool) -> [Value] {
    let n = b.count
    var out: [Value] = []
    var i = 0
    var j = 0
    while i < n {
        var brk = 0
        while i < n {
            brk = lineBreakLength(b, i)
            if brk > 0 { break }
            i += 1
        }
        var eol = i
        if i < n {
            i += brk
            if keepEnds { eol = i }
        }
        out.append(.str(strSlice(s, j, eol)))
        j = i
    }
    return out
}

private func strPartition(_ s: PyStr, _ sep: PyStr, fromRight: Bool) throws(PyError) -> [Value] {
    if sep.count == 0 { throw valueError("empty separator") }
    let n = s.byteCount
    let r = fromRight ? bytesRFind(s, sep, from: 0, to: n) : bytesFind(s, sep, from: 0, to: n)
    if r < 0 {
        return fromRight ? [.str(PyStr.empty), .str(PyStr.empty), .str(s)]
                         : [.str(s), .str(PyStr.empty), .str(PyStr.empty)]
    }
    return [.str(strSlice(s, 0, r)), .str(sep), .str(strSlice(s, r + sep.byteCount, n))]
}

// MARK: - join, replace, strip

func strJoin(_ vm: VM, _ sep: PyStr, _ iterable: Value) throws(PyError) -> PyStr {
    var items: [Value]
    switch iterable {
    case .list(let l): items = l.items
    case .tuple(let t): items = t.items
    default:
        do {
            items = try vm.toArray(iterable)
        } catch {
            if error.exc.type === PyType.typeError, !isIterableKind(iterable) {
                throw typeError("can only join an iterable")
            }
            throw error
        }
    }
    // Instances of str subclasses join as their str values.
    for k in items.indices {
        if case .instance(let inst) = items[k], inst.type.builtinBase != nil, case .str = inst.builtinValue {
            items[k] = inst.builtinValue
        }
    }
    if items.count == 1, case .str(let only) = items[0] { return only }
    return try items.withUnsafeBufferPointer { (p: UnsafeBufferPointer<Value>) throws(PyError) -> PyStr in
        // First pass: check the items and size the result exactly.
        var totalBytes = 0
        var totalCount = 0
        for i in 0..<p.count {
            guard case .str(let x) = p[i] else {
                throw typeError("sequence item \(i): expected str instance, \(typeName(p[i])) found")
            }
            totalBytes += x.byteCount
            totalCount += x.count
        }
        if p.count == 0 { return PyStr.empty }
        let gaps = p.count - 1
        totalBytes += gaps * sep.byteCount
        totalCount += gaps * sep.count
        try checkedLength(totalCount)
        return concatenateStrs(p, separator: sep, byteCount: totalBytes, codePoints: totalCount)
    }
}

/// The strs among items (other values are skipped) joined with separator, written straight
/// into the result; byteCount and codePoints are the result's sizes, computed by the caller.
func concatenateStrs(_ p: UnsafeBufferPointer<Value>, separator sep: PyStr,
                     byteCount: Int, codePoints: Int) -> PyStr {
    return PyStr.make(byteCount: byteCount, codePoints: codePoints) { buf in
        guard let dst = buf.baseAddress else { return }
        var at = 0
        sep.withUnsafeBufferPointer { sb in
            for i in 0..<p.count {
                if i > 0, let sbase = sb.baseAddress, sb.count > 0 {
                    if sb.count == 1 { dst[at] = sbase[0] } else { memcpy(dst + at, sbase, sb.count) }
                    at += sb.count
                }
                if case .str(let x) = p[i] {
                    x.withUnsafeBufferPointer { xb in
                        if at + xb.count > buf.count { return }     // sizes come from the same strs
                        if let xbase = xb.baseAddress, xb.count > 0 { memcpy(dst + at, xbase, xb.count) }
                        at += xb.count
                    }
                }
            }
        }
    }
}

/// An f-string's pieces (BUILD_STRING) concatenated.
func buildString(_ p: UnsafeBufferPointer<Value>) -> PyStr {
    var bytes = 0
    var count = 0
    for i in 0..<p.count {
        if case .str(let s) = p[i] {
            bytes += s.byteCount
            count += s.count
        }
    }
    return concatenateStrs(p, separator: PyStr.empty, byteCount: bytes, codePoints: count)
}

/// Values vm.toArray can iterate; anything else gets join's own "can only join an iterable".
private func isIterableKind(_ v: Value) -> Bool {
    switch v {
    case .str, .list, .tuple, .dict, .set, .object: return true
    default: return false
    }
}

func strReplace(_ s: PyStr, _ old: PyStr, _ new: PyStr, count: Int) throws(PyError) -> PyStr {
    var maxCount = count
    if maxCount < 0 {
        maxCount = Int.max
    } else if maxCount == 0 {
        return s
    }
    if old.count == 0 {
        // Insert `new` before each of the first maxCount code points (and at the end if room).
        let n = min(s.count + 1, maxCount)
        let (extra, o1) = n.multipliedReportingOverflow(by: new.count)
        if o1 { throw memoryError() }
        try checkedLength(s.count + extra)
        var out: [UInt8] = []
        out.reserveCapacity(s.byteCount + n * new.byteCount)
        s.withUnsafeBufferPointer { b in
            new.withUnsafeBufferPointer { nb in
                var i = 0
                var inserted = 0
                while i < b.count {
                    if inserted < n { out.append(contentsOf: nb); inserted += 1 }
                    let len = b[i] < 0x80 ? 1 : PyStr.decode(b, i).1
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<min(i + len, b.count)]))
                    i += len
                }
                if inserted < n { out.append(contentsOf: nb) }
            }
        }
        return PyStr.make(bytes: out, count: s.count + extra)
    }
    let byteCount = s.byteCount
    let m = old.byteCount
    // No match (common) returns before any allocation; matches collect in a small reserve.
    let firstMatch = bytesFind(s, old, from: 0, to: byteCount)
    if firstMatch < 0 { return s }
    var positions: [Int] = []
    positions.reserveCapacity(8)
    positions.append(firstMatch)
    var i = firstMatch + m
    while positions.count < maxCount {
        let r = bytesFind(s, old, from: i, to: byteCount)
        if r < 0 { break }
        positions.append(r)
        i = r + m
    }
    if positions.isEmpty { return s }
    let delta = new.count - old.count
    let (grow, o1) = delta.multipliedReportingOverflow(by: positions.count)
    if o1 { throw memoryError() }
    let newCount = s.count + grow
    try checkedLength(newCount)
    let total = byteCount + positions.count * (new.byteCount - m)
    return PyStr.make(byteCount: total, codePoints: newCount) { buf in
        s.withUnsafeBufferPointer { src in
            new.withUnsafeBufferPointer { nb in
                guard let dst = buf.baseAddress, let sbase = src.baseAddress else { return }
                var at = 0
                var last = 0
                for p in positions {
                    if p > last { memcpy(dst + at, sbase + last, p - last) }
                    at += p - last
                    if let nbase = nb.baseAddress, nb.count > 0 { memcpy(dst + at, nbase, nb.count) }
                    at += nb.count
                    last = p + m
                }
                if src.count > last { memcpy(dst + at, sbase + last, src.count - last) }
            }
        }
    }
}

func strStrip(_ s: PyStr, chars: PyStr?, left: Bool, right: Bool) -> PyStr {
    let (lo, hi) = s.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> (Int, Int) in
        var lo = 0
        var hi = b.count
        if let chars = chars {
            if chars.isASCII {
                // Membership as a 128-bit mask: bytes >= 0x80 are never stripped here.
                var low: UInt64 = 0, high: UInt64 = 0
                for c in chars.bytes { if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) } }
                @inline(__always) func member(_ c: UInt8) -> Bool {
                    c < 64 ? (low >> UInt64(c)) & 1 != 0 : (c < 128 && (high >> UInt64(c - 64)) & 1 != 0)
                }
                if left { while lo < hi && member(b[lo]) { lo += 1 } }
                if right { while hi > lo && member(b[hi - 1]) { hi -= 1 } }
            } else {
                let set = chars.scalars
                if left {
                    while lo < hi {
                        let (c, len) = PyStr.decode(b, lo)
                        if !set.contains(c) { break }
                        lo += len
                    }
                }
                if right {
                    while hi > lo {
                        let st = previousScalarStart(b, hi)
                        if !set.contains(PyStr.decode(b, st).0) { break }
                        hi = st
                    }
                }
            }
        } else {
            if left {
                while lo < hi {
                    let (sp, len) = whitespaceAt(b, lo)
                    if !sp { break }
                    lo += len
                }
            }
            if right {
                while hi > lo {
                    let st = previousScalarStart(b, hi)
                    if !whitespaceAt(b, st).0 { break }
                    hi = st
                }
            }
        }
        return (lo, hi)
    }
    return strSlice(s, lo, hi)
}

// MARK: - padding

private func strJustify(_ s: PyStr, width: Int, fill: [UInt8], _ name: MethodName) throws(PyError) -> PyStr {
    if width <= s.count { return s }
    try checkedLength(width)
    let margin = width - s.count
    let left: Int
    switch name {
    case .ljust: left = 0
    case .rjust: left = margin
    default: left = margin / 2 + (margin & width & 1)
    }
    return strPad(s, left: left, right: margin - left, fill: fill)
}

private func strPad(_ s: PyStr, left: Int, right: Int, fill: [UInt8]) -> PyStr {
    var out: [UInt8] = []
    out.reserveCapacity(s.byteCount + (left + right) * fill.count)
    appendRepeated(fill, left, &out)
    s.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    appendRepeated(fill, right, &out)
    return PyStr.make(bytes: out, count: s.count + left + right)
}

@inline(__always) private func appendRepeated(_ fill: [UInt8], _ n: Int, _ out: inout [UInt8]) {
    if n <= 0 { return }
    if fill.count == 1 { out.append(contentsOf: repeatElement(fill[0], count: n)); return }
    for _ in 0..<n { out.append(contentsOf: fill) }
}

private func strZfill(_ s: PyStr, width: Int) throws(PyError) -> PyStr {
    if s.count >= width { return s }
    try checkedLength(width)
    let fillCount = width - s.count
    var out = filledArray(0x30 as UInt8, count: fillCount)
    s.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    if let first = s.bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
        out[0] = first
        out[fillCount] = 0x30
    }
    return PyStr.make(bytes: out, count: width)
}

private func strExpandTabs(_ s: PyStr, tabSize: Int) throws(PyError) -> PyStr {
    let b = s.bytes
    if !b.contains(0x09) { return s }
    var out: [UInt8] = []
    out.reserveCapacity(b.count + 16)
    var column = 0
    var count = 0
    var i = 0
    while i < b.count {
        let c = b[i]
        if c == 0x09 {
            if tabSize > 0 {
                let incr = tabSize - column % tabSize
                column += incr
                count += incr
                try checkedLength(count)
                out.append(contentsOf: repeatElement(0x20, count: incr))
            }
            i += 1
            continue
        }
        let len = c < 0x80 ? 1 : PyStr.decode(b, i).1
        out.append(contentsOf: b[i..<min(i + len, b.count)])
        i += len
        column += 1
        count += 1
        if c == 0x0A || c == 0x0D { column = 0 }
    }
    return PyStr.make(bytes: out, count: count)
}

// MARK: - case mapping

@inline(__always) private func scalarProperties(_ c: UInt32) -> Unicode.Scalar.Properties? {
    return Unicode.Scalar(c)?.properties
}

private func appendMapping(_ mapping: String, _ out: inout [UInt32]) {
    for u in mapping.unicodeScalars { out.append(u.value) }
}

private func appendLower(_ c: UInt32, _ scalars: [UInt32], _ i: Int, _ out: inout [UInt32]) {
    if c < 0x80 {
        out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
    } else if c == 0x3A3 {
        out.append(finalSigma(scalars, i) ? 0x3C2 : 0x3C3)
    } else if let p = scalarProperties(c) {
        appendMapping(p.lowercaseMapping, &out)
    } else {
        out.append(c)
    }
}

/// Upper case, or title case (which differs from it only outside ASCII: 'ǆ' -> 'ǅ', not 'Ǆ').
private func appendUpper(_ c: UInt32, title: Bool = false, _ out: inout [UInt32]) {
    if c < 0x80 {
        out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c)
    } else if let p = scalarProperties(c) {
        appendMapping(title ? p.titlecaseMapping : p.uppercaseMapping, &out)
    } else {
        out.append(c)
    }
}

/// Case folding: lower(upper(...)) applied twice reaches the folded form for everything but
/// a few letters Unicode folds differently (dotless i stays, Cherokee folds to upper case).
private func appendCasefold(_ c: UInt32, _ out: inout [UInt32]) {
    if c < 0x80 { out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c); return }
    if c == 0x131 { out.append(c); return }
    if (c >= 0x13F8 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF) {
        appendUpper(c, &out)
        return
    }
    if (c >= 0x13A0 && c <= 0x13F5) { out.append(c); return }
    var cur: [UInt32] = [c]
    for _ in 0..<2 {
        var up: [UInt32] = []
        for x in cur { appendUpper(x, &up) }
        var low: [UInt32] = []
        for x in up {
            if let p = scalarProperties(x) { appendMapping(p.lowercaseMapping, &low) } else { low.append(x) }
        }
        cur = low
    }
    out.append(contentsOf: cur)
}

@inline(__always) private func isCased(_ c: UInt32) -> Bool {
    if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    return scalarProperties(c)?.isCased ?? false
}

@inline(__always) private func isCaseIgnorable(_ c: UInt32) -> Bool {
    if c < 0x80 { return c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 }
    return scalarProperties(c)?.isCaseIgnorable ?? false
}

@inline(__always) private func isUpperChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x41 && c <= 0x5A }
    return scalarProperties(c)?.isUppercase ?? false
}

@inline(__always) private func isLowerChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x61 && c <= 0x7A }
    return scalarProperties(c)?.isLowercase ?? false
}

@inline(__always) private func isTitleChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return false }
    return scalarProperties(c)?.generalCategory == .titlecaseLetter
}

/// Greek capital sigma lowers to final sigma after a cased letter and not before one
/// (case-ignorable characters in between are skipped), as CPython decides it.
private func finalSigma(_ s: [UInt32], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && isCaseIgnorable(s[j]) { j -= 1 }
    if j < 0 || !isCased(s[j]) { return false }
    j = i + 1
    while j < s.count && isCaseIgnorable(s[j]) { j += 1 }
    return j == s.count || !isCased(s[j])
}

private func strChangeCase(_ s: PyStr, _ name: MethodName) -> PyStr {
    if s.isASCII {
        if name == .lower || name == .casefold || name == .upper {
            // One pass, one allocation: shift the letters of one case by 32.
            let (lo, hi, delta): (UInt8, UInt8, UInt8) = name == .upper ? (0x61, 0x7A, 0xE0) : (0x41, 0x5A, 0x20)
            let n = s.byteCount
            return s.withUnsafeBufferPointer { src in
                guard let first = src.firstIndex(where: { $0 >= lo && $0 <= hi }) else { return s }
                return PyStr.make(byteCount: n, codePoints: n) { buf in
                    for i in 0..<first { buf[i] = src[i] }
                    for i in first..<n {
                        let c = src[i]
                        buf[i] = (c >= lo && c <= hi) ? c &+ delta : c
                    }
                }
            }
        }
        var out = s.byteArray
        var changed = false
        switch name {
        case .swapcase:
            for i in 0..<out.count {
                let c = out[i]
                if c >= 0x41 && c <= 0x5A { out[i] = c + 32; changed = true }
                else if c >= 0x61 && c <= 0x7A { out[i] = c - 32; changed = true }
            }
        case .title:
            var previousCased = false
            for i in 0..<out.count {
                let c = out[i]
                let upper = c >= 0x41 && c <= 0x5A
                let lower = c >= 0x61 && c <= 0x7A
                if previousCased { if upper { out[i] = c + 32; changed = true } }
                else if lower { out[i] = c - 32; changed = true }
                previousCased = upper || lower
            }
        default: // capitalize
            for i in 0..<out.count {
                let c = out[i]
                if i == 0 { if c >= 0x61 && c <= 0x7A { out[i] = c - 32; changed = true } }
                else if c >= 0x41 && c <= 0x5A { out[i] = c + 32; changed = true }
            }
        }
        return changed ? PyStr.make(bytes: out, count: out.count) : s
    }
    let src = s.scalars
    var out: [UInt32] = []
    out.reserveCapacity(src.count)
    switch name {
    case .lower:
        for (i, c) in src.enumerated() { appendLower(c, src, i, &out) }
    case .upper:
        for c in src { appendUpper(c, &out) }
    case .casefold:
        for c in src { appendCasefold(c, &out) }
    case .swapcase:
        for (i, c) in src.enumerated() {
            if isUpperChar(c) { appendLower(c, src, i, &out) }
            else if isLowerChar(c) { appendUpper(c, &out) }
            else { out.append(c) }
        }
    case .title:
        var previousCased = false
        for (i, c) in src.enumerated() {
            if previousCased { appendLower(c, src, i, &out) } else { appendUpper(c, title: true, &out) }
            previousCased = isCased(c)
        }
    default: // capitalize
        for (i, c) in src.enumerated() {
            if i == 0 { appendUpper(c, title: true, &out) } else { appendLower(c, src, i, &out) }
        }
    }
    return PyStr.fromScalars(out)
}

// MARK: - character classes

private func isAlphaChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    switch scalarProperties(c)?.generalCategory {
    case .uppercaseLetter?, .lowercaseLetter?, .titlecaseLetter?, .modifierLetter?, .otherLetter?: return true
    default: return false
    }
}

private func isDecimalChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x30 && c <= 0x39 }
    return scalarProperties(c)?.generalCategory == .decimalNumber
}

private func isDigitChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x30 && c <= 0x39 }
    switch scalarProperties(c)?.numericType {
    case .decimal?, .digit?: return true
    default: return false
    }
}

private func isNumericChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x30 && c <= 0x39 }
    return scalarProperties(c)?.numericType != nil
}

private func isPrintableChar(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x20 && c < 0x7F }
    guard let p = scalarProperties(c) else { return false }
    switch p.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
         .spaceSeparator:
        return false
    default:
        return true
    }
}

private func strPredicate(_ s: PyStr, _ name: MethodName) -> Bool {
    if name == .isascii { return s.isASCII }
    if s.count == 0 { return name == .isprintable }
    let src: [UInt32] = s.isASCII ? s.withUnsafeBufferPointer { $0.map { UInt32($0) } } : s.scalars
    switch name {
    case .isalpha: return src.allSatisfy(isAlphaChar)
    case .isdecimal: return src.allSatisfy(isDecimalChar)
    case .isdigit: return src.allSatisfy(isDigitChar)
    case .isnumeric: return src.allSatisfy(isNumericChar)
    case .isalnum:
        return src.allSatisfy { isAlphaChar($0) || isDecimalChar($0) || isDigitChar($0) || isNumericChar($0) }
    case .isspace: return src.allSatisfy(isPythonWhitespace)
    case .isprintable: return src.allSatisfy(isPrintableChar)
    case .isidentifier:
        let first = src[0]
        let startOK = first == 0x5F || (first < 0x80 ? isAlphaChar(first)
                                                     : (scalarProperties(first)?.isXIDStart ?? false))
        if !startOK { return false }
        for c in src.dropFirst() {
            if c < 0x80 {
                if !(isAlphaChar(c) || isDecimalChar(c) || c == 0x5F) { return false }
            } else if !(scalarProperties(c)?.isXIDContinue ?? false) {
                return false
            }
        }
        return true
    case .islower:
        var cased = false
        for c in src {
            if isUpperChar(c) || isTitleChar(c) { return false }
            if !cased && isLowerChar(c) { cased = true }
        }
        return cased
    case .isupper:
        var cased = false
        for c in src {
            if isLowerChar(c) || isTitleChar(c) { return false }
            if !cased && isUpperChar(c) { cased = true }
        }
        return cased
    case .istitle:
        var cased = false
        var previousCased = false
        for c in src {
            if isUpperChar(c) || isTitleChar(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLowerChar(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    default:
        return false
    }
}

// MARK: - maketrans / translate

/// str.maketrans(x[, y[, z]]): a static method, so `args` never holds an instance.
func strMaketransMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords("str.maketrans")
    try args.expect("maketrans", min: 1, max: 3)
    return .dict(try strMakeTrans(args))
}

private func strMakeTrans(_ args: Args) throws(PyError) -> PyDict {
    let table = PyDict()
    if args.count == 1 {
        guard case .dict(let d) = args[0] else {
            throw typeError("if you give only one argument to maketrans it must be a dict")
        }
        for (k, v) in d.items {
            switch k {
            case .str(let ks):
                if ks.count != 1 { throw valueError("string keys in translate table must be of length 1") }
                try table.set(.int(Int(ks.scalars[0])), v)
            case .int, .big, .bool:
                try table.set(k, v)
            default:
                throw typeError("keys in translate table must be strings or integers")
            }
        }
        return table
    }
    // y and z are converted while parsing, before x is looked at.
    let y = try strArgument(args[1], "maketrans() argument 2")
    let z = args.count == 3 ? try strArgument(args[2], "maketrans() argument 3") : nil
    guard case .str(let x) = args[0] else {
        throw typeError("first maketrans argument must be a string if there is a second argument")
    }
    if x.count != y.count { throw valueError("the first two maketrans arguments must have equal length") }
    let xs = x.scalars, ys = y.scalars
    for i in 0..<xs.count { try table.set(.int(Int(xs[i])), .int(Int(ys[i]))) }
    if let z = z {
        for c in z.scalars { try table.set(.int(Int(c)), .none) }
    }
    return table
}

private func strTranslate(_ vm: VM, _ s: PyStr, _ table: Value) throws(PyError) -> PyStr {
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    // Lookups repeat for the same characters; cache each code point's answer.
    var cache: [UInt32: [UInt32]] = [:]
    for c in s.scalars {
        if let hit = cache[c] { out.append(contentsOf: hit); continue }
        var mapped: Value? = nil
        do {
            if case .dict(let d) = table {
                mapped = try d.get(.int(Int(c)))
            } else {
                mapped = try vm.subscriptValue(table, .int(Int(c)))
            }
        } catch {
            if !error.exc.type.isSubtype(of: PyType.lookupError) { throw error }
        }
        var result: [UInt32]
        switch mapped {
        case nil: result = [c]
        case .none?: result = []
        case .int(let i)?:
            if i < 0 || i > 0x10FFFF { throw valueError("character mapping must be in range(0x110000)") }
            result = [UInt32(i)]
        case .bool(let b)?: result = [b ? 1 : 0]
        case .big?: throw valueError("character mapping must be in range(0x110000)")
        case .str(let r)?: result = r.scalars
        default: throw typeError("character mapping must return integer, None or str")
        }
        cache[c] = result
        out.append(contentsOf: result)
        try checkedLength(out.count)
    }
    return PyStr.fromScalars(out)
}
