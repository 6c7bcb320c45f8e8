// The methods of bytes and bytearray, and their constructors, with CPython 3.11's results and
// messages. Everything works on the raw bytes with ASCII rules (bytes.upper() leaves 0xE9
// alone, isspace() is the six C whitespace bytes). Methods that transform return an object of
// the receiver's kind (bytearray(b'a').upper() is a bytearray).

import Glibc

func callBytesMethod(_ vm: VM, _ b: PyBytes, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    let kind = b.isMutable ? "bytearray" : "bytes"
    switch name {
    case .split, .rsplit:
        let fname = name.rawValue
        let bound = try bindArguments(args, fname, ["sep", "maxsplit"])
        var maxSplit = -1
        if let m = bound[1] { maxSplit = try ssizeArgument(vm, m) }
        if maxSplit < 0 { maxSplit = Int.max }
        var sep: [UInt8]? = nil
        if let v = bound[0], !v.isNone {
            sep = try bytesLikeArgument(v)
            if sep!.isEmpty { throw valueError("empty separator") }
        }
        let parts: [ArraySlice<UInt8>]
        if let s = sep {
            parts = name == .split ? splitBytes(b.bytes, s, maxSplit) : rsplitBytes(b.bytes, s, maxSplit)
        } else {
            parts = name == .split ? splitBytesWhitespace(b.bytes, maxSplit) : rsplitBytesWhitespace(b.bytes, maxSplit)
        }
        return .list(PyList(parts.map { .object(b.sameKind(Array($0))) }))
    case .splitlines:
        let bound = try bindArguments(args, "splitlines", ["keepends"])
        var keepEnds = false
        if let k = bound[0] { keepEnds = try intFlagArgument(k) }
        return .list(PyList(splitBytesLines(b.bytes, keepEnds: keepEnds).map { .object(b.sameKind(Array($0))) }))
    case .join:
        try args.noKeywords("\(kind).join")
        try args.expect("\(kind).join", min: 1, max: 1)
        return .object(b.sameKind(try joinBytes(vm, b.bytes, args[0])))
    case .strip, .lstrip, .rstrip:
        try args.noKeywords("\(kind).\(name.rawValue)")
        try args.expect(name.rawValue, min: 0, max: 1)
        var chars: [UInt8]? = nil
        if args.count == 1, !args[0].isNone { chars = try bytesLikeArgument(args[0]) }
        return .object(b.sameKind(Array(stripBytes(b.bytes, chars, left: name != .rstrip, right: name != .lstrip))))
    case .replace:
        try args.noKeywords("\(kind).replace")
        try args.expect("replace", min: 2, max: 3)
        let old = try bytesLikeArgument(args[0])
        let new = try bytesLikeArgument(args[1])
        var count = args.count == 3 ? try ssizeArgument(vm, args[2]) : -1
        if count < 0 { count = Int.max }
        return .object(b.sameKind(try replaceBytes(b.bytes, old, new, count)))
    case .find, .rfind, .index, .rindex, .count:
        let fname = name.rawValue
        try args.noKeywords("\(kind).\(fname)")
        if args.count < 1 { throw typeError("\(fname)() takes at least 1 argument (\(args.count) given)") }
        if args.count > 3 { throw typeError("\(fname)() takes at most 3 arguments (\(args.count) given)") }
        // The bounds are converted before the needle's type is checked, as in CPython.
        let start = args.count > 1 ? try sliceBoundArgument(args[1]) : nil
        let end = args.count > 2 ? try sliceBoundArgument(args[2]) : nil
        let sub = try subsequenceArgument(vm, args[0])
        let r = adjustBounds(start, end, length: b.count)
        if name == .count { return .int(countBytes(b.bytes, sub, r.start, r.end)) }
        let fromRight = name == .rfind || name == .rindex
        let i = r.end - r.start < sub.count ? -1 : byteSearch(b.bytes, sub, from: r.start, to: r.end, fromRight: fromRight)
        if i < 0 && (name == .index || name == .rindex) { throw valueError("subsection not found") }
        return .int(i)
    case .startswith, .endswith:
        let fname = name.rawValue
        try args.noKeywords("\(kind).\(fname)")
        if args.count < 1 { throw typeError("\(fname)() takes at least 1 argument (\(args.count) given)") }
        if args.count > 3 { throw typeError("\(fname)() takes at most 3 arguments (\(args.count) given)") }
        let start = args.count > 1 ? try sliceBoundArgument(args[1]) : nil
        let end = args.count > 2 ? try sliceBoundArgument(args[2]) : nil
        let atEnd = name == .endswith
        if case .tuple(let t) = args[0] {
            for item in t.items where tailMatchBytes(b.bytes, try bytesLikeArgument(item), start, end, atEnd: atEnd) {
                return .bool(true)
            }
            return .bool(false)
        }
        guard let affix = args[0].bytesObject else {
            throw typeError("\(fname) first arg must be bytes or a tuple of bytes, not \(typeName(args[0]))")
        }
        return .bool(tailMatchBytes(b.bytes, affix.bytes, start, end, atEnd: atEnd))
    case .upper, .lower, .title, .capitalize, .swapcase:
        try noArguments(args, "\(kind).\(name.rawValue)")
        return .object(b.sameKind(changeBytesCase(b.bytes, name)))
    case .isalnum, .isalpha, .isascii, .isdigit, .islower, .isspace, .istitle, .isupper:
        try noArguments(args, "\(kind).\(name.rawValue)")
        return .bool(bytesPredicate(b.bytes, name))
    case .center, .ljust, .rjust:
        try args.noKeywords("\(kind).\(name.rawValue)")
        try args.expect(name.rawValue, min: 1, max: 2)
        let width = try ssizeArgument(vm, args[0])
        var fill: UInt8 = 0x20
        if args.count == 2 {
            guard let f = args[1].bytesObject, f.count == 1 else {
                throw typeError("\(name.rawValue)() argument 2 must be a byte string of length 1, not \(typeName(args[1]))")
            }
            fill = f.bytes[0]
        }
        if width <= b.count { return .object(b.unchangedResult) }
        if width > Limits.maxSequenceLength { throw memoryError() }
        let margin = width - b.count
        let left: Int
        switch name {
        case .ljust: left = 0
        case .rjust: left = margin
        default: left = margin / 2 + (margin & width & 1)
        }
        var out = [UInt8](repeating: fill, count: width)
        out.replaceSubrange(left..<(left + b.count), with: b.bytes)
        return .object(b.sameKind(out))
    case .zfill:
        try args.noKeywords("\(kind).zfill")
        try args.expect("\(kind).zfill", min: 1, max: 1)
        let width = try ssizeArgument(vm, args[0])
        if width <= b.count { return .object(b.unchangedResult) }
        if width > Limits.maxSequenceLength { throw memoryError() }
        var out = [UInt8](repeating: UInt8(ascii: "0"), count: width - b.count)
        out.append(contentsOf: b.bytes)
        let pad = width - b.count
        if pad < out.count, out[pad] == UInt8(ascii: "+") || out[pad] == UInt8(ascii: "-") {
            out[0] = out[pad]
            out[pad] = UInt8(ascii: "0")
        }
        return .object(b.sameKind(out))
    case .partition, .rpartition:
        try args.noKeywords("\(kind).\(name.rawValue)")
        try args.expect("\(kind).\(name.rawValue)", min: 1, max: 1)
        let sep = try bytesLikeArgument(args[0])
        if sep.isEmpty { throw valueError("empty separator") }
        let fromRight = name == .rpartition
        let i = byteSearch(b.bytes, sep, from: 0, to: b.count, fromRight: fromRight)
        if i < 0 {
            let whole = Value.object(b.unchangedResult)
            let empty = Value.object(b.sameKind([]))
            return .tuple(PyTuple(fromRight ? [empty, .object(b.sameKind([])), whole] : [whole, empty, .object(b.sameKind([]))]))
        }
        // bytes gives back the separator object itself; bytearray a new bytearray.
        let middle: Value = b.isMutable ? .object(b.sameKind(sep)) : args[0]
        return .tuple(PyTuple([.object(b.sameKind(Array(b.bytes[0..<i]))), middle,
                               .object(b.sameKind(Array(b.bytes[(i + sep.count)...])))]))
    case .removeprefix, .removesuffix:
        try args.noKeywords("\(kind).\(name.rawValue)")
        try args.expect("\(kind).\(name.rawValue)", min: 1, max: 1)
        let affix = try bytesLikeArgument(args[0])
        let atEnd = name == .removesuffix
        if !affix.isEmpty && tailMatchBytes(b.bytes, affix, nil, nil, atEnd: atEnd) {
            return .object(b.sameKind(atEnd ? Array(b.bytes.dropLast(affix.count)) : Array(b.bytes.dropFirst(affix.count))))
        }
        return .object(b.unchangedResult)
    case .expandtabs:
        let bound = try bindArguments(args, "expandtabs", ["tabsize"])
        var tabSize = 8
        if let t = bound[0] {
            if case .big = t { throw overflowError("Python int too large to convert to C int") }
            tabSize = try ssizeArgument(vm, t)
            if tabSize > Int(Int32.max) || tabSize < Int(Int32.min) {
                throw overflowError("Python int too large to convert to C int")
            }
        }
        return .object(b.sameKind(try expandBytesTabs(b.bytes, tabSize)))
    case .hex:
        return .str(try bytesHexMethod(vm, b.bytes, args))
    case .decode:
        let (encoding, errors) = try codecArguments(args, "decode")
        return .str(try decodeBytes(b.bytes, encoding: encoding, errors: errors))
    case .translate:
        if args.count < 1 {
            throw typeError("translate() takes at least 1 positional argument (\(args.count) given)")
        }
        let bound = try bindArguments(args, "translate", ["table", "delete"])
        return .object(b.sameKind(try translateBytes(b.bytes, bound[0] ?? .none, bound[1])))
    case .fromhex:
        // A class method reached through an instance: the instance's type makes the result.
        return b.isMutable ? try bytearrayFromhexMethod(vm, args) : try bytesFromhexMethod(vm, args)
    case .maketrans:
        return try bytesMaketransMethod(vm, args)
    case .dunderLen:
        try slotArguments(args, "__len__", count: 0)
        return .int(b.count)
    case .dunderContains:
        try slotArguments(args, "__contains__", count: 1)
        return .bool(try vm.bytesContains(b, args[0]))
    case .dunderGetitem:
        try slotArguments(args, "__getitem__", count: 1)
        return try vm.bytesSubscript(b, args[0])
    default:
        guard b.isMutable else { return nil }
        return try callBytearrayMethod(vm, b, name, args)
    }
}

/// The methods only bytearray has: the mutating ones, and copy.
private func callBytearrayMethod(_ vm: VM, _ b: PyBytes, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    switch name {
    case .append:
        try args.noKeywords("bytearray.append")
        try args.expect("bytearray.append", min: 1, max: 1)
        let v = try vm.byteValue(args[0])
        if b.count >= Limits.maxSequenceLength { throw memoryError() }
        b.bytes.append(v)
        return Value.none
    case .extend:
        try args.noKeywords("bytearray.extend")
        try args.expect("bytearray.extend", min: 1, max: 1)
        let items: [UInt8]
        if let o = args[0].bytesObject {
            items = o.bytes
        } else {
            let it: PyIterator
            do throws(PyError) {
                it = try vm.getIterator(args[0])
            } catch {
                guard error.exc.type === PyType.typeError else { throw error }
                throw typeError("can't extend bytearray with \(typeName(args[0]))")
            }
            var out: [UInt8] = []
            while let x = try it.next(vm) {
                out.append(try vm.byteValue(x))
                if out.count > Limits.maxSequenceLength { throw memoryError() }
            }
            items = out
        }
        try vm.checkLength(b.count, items.count)
        b.bytes.append(contentsOf: items)
        return Value.none
    case .pop:
        try args.noKeywords("bytearray.pop")
        try args.expect("pop", min: 0, max: 1)
        var i = args.count == 1 ? try ssizeArgument(vm, args[0]) : -1
        if b.count == 0 { throw indexError("pop from empty bytearray") }
        if i < 0 { i += b.count }
        if i < 0 || i >= b.count { throw indexError("pop index out of range") }
        return .int(Int(b.bytes.remove(at: i)))
    case .insert:
        try args.noKeywords("bytearray.insert")
        try args.expect("insert", min: 2, max: 2)
        var i = try ssizeArgument(vm, args[0])
        let v = try vm.byteValue(args[1])
        if b.count >= Limits.maxSequenceLength { throw memoryError() }
        if i < 0 { i = max(i + b.count, 0) }
        if i > b.count { i = b.count }
        b.bytes.insert(v, at: i)
        return Value.none
    case .remove:
        try args.noKeywords("bytearray.remove")
        try args.expect("bytearray.remove", min: 1, max: 1)
        let v = try vm.byteValue(args[0])
        guard let i = b.bytes.firstIndex(of: v) else { throw valueError("value not found in bytearray") }
        b.bytes.remove(at: i)
        return Value.none
    case .reverse:
        try noArguments(args, "bytearray.reverse")
        b.bytes.reverse()
        return Value.none
    case .copy:
        try noArguments(args, "bytearray.copy")
        return .object(PyBytes.make(b.bytes, mutable: true))
    case .clear:
        try noArguments(args, "bytearray.clear")
        b.bytes.removeAll()
        return Value.none
    default:
        return nil
    }
}

// MARK: - arguments

/// A bytes or bytearray argument's bytes (memoryview and other buffers are not supported).
func bytesLikeArgument(_ v: Value) throws(PyError) -> [UInt8] {
    if let o = v.bytesObject { return o.bytes }
    throw typeError("a bytes-like object is required, not '\(typeName(v))'")
}

/// find/count/index's needle: a bytes-like object or one byte given as an int.
private func subsequenceArgument(_ vm: VM, _ v: Value) throws(PyError) -> [UInt8] {
    if let o = v.bytesObject { return o.bytes }
    if let i = try vm.byteIndexValue(v) {
        if i < 0 || i > 255 { throw valueError("byte must be in range(0, 256)") }
        return [UInt8(i)]
    }
    throw typeError("argument should be integer or bytes-like object, not '\(typeName(v))'")
}

/// An int argument converted to Py_ssize_t (through __index__), with CPython's errors.
func ssizeArgument(_ vm: VM, _ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .big: throw overflowError("Python int too large to convert to C ssize_t")
    default:
        if vm.userSpecial(v, .index) != nil || v.payloadOrSelf.isIntLike { return try ssizeArgument(vm, try vm.instanceIndex(v)) }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
}

// MARK: - search

/// Offset of needle in hay[from..<to] (first, or last when fromRight), or -1.
func byteSearch(_ hay: [UInt8], _ needle: [UInt8], from: Int, to: Int, fromRight: Bool = false) -> Int {
    return hay.withUnsafeBufferPointer { h in
        needle.withUnsafeBufferPointer { n in
            fromRight ? bufferRFind(h, n, from: from, to: to) : bufferFind(h, n, from: from, to: to)
        }
    }
}

private func countBytes(_ b: [UInt8], _ sub: [UInt8], _ start: Int, _ end: Int) -> Int {
    if end - start < sub.count { return 0 }
    if sub.isEmpty { return end - start + 1 }
    var n = 0
    var i = start
    while true {
        let r = byteSearch(b, sub, from: i, to: end)
        if r < 0 { return n }
        n += 1
        i = r + sub.count
    }
}

/// CPython's tailmatch: does b[start:end] start (or end) with affix?
private func tailMatchBytes(_ b: [UInt8], _ affix: [UInt8], _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
    let r = adjustBounds(start, end, length: b.count)
    let last = r.end - affix.count
    if last < r.start { return false }
    if affix.isEmpty { return true }
    let at = atEnd ? last : r.start
    return b[at..<(at + affix.count)].elementsEqual(affix)
}

// MARK: - split, join, strip, replace

/// The C library's isspace over ASCII: what bytes.split(), strip() and isspace() treat as blank.
@inline(__always) func isByteSpace(_ c: UInt8) -> Bool {
    return c == 0x20 || (c >= 0x09 && c <= 0x0D)
}

private func splitBytesWhitespace(_ s: [UInt8], _ maxSplit: Int) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    let n = s.count
    var i = 0
    var remaining = maxSplit
    while remaining > 0 {
        while i < n && isByteSpace(s[i]) { i += 1 }
        if i == n { break }
        let j = i
        i += 1
        while i < n && !isByteSpace(s[i]) { i += 1 }
        out.append(s[j..<i])
        remaining -= 1
    }
    if i < n {
        while i < n && isByteSpace(s[i]) { i += 1 }
        if i != n { out.append(s[i..<n]) }
    }
    return out
}

private func rsplitBytesWhitespace(_ s: [UInt8], _ maxSplit: Int) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var i = s.count - 1
    var remaining = maxSplit
    while remaining > 0 {
        while i >= 0 && isByteSpace(s[i]) { i -= 1 }
        if i < 0 { break }
        let j = i
        i -= 1
        while i >= 0 && !isByteSpace(s[i]) { i -= 1 }
        out.append(s[(i + 1)..<(j + 1)])
        remaining -= 1
    }
    if i >= 0 {
        while i >= 0 && isByteSpace(s[i]) { i -= 1 }
        if i >= 0 { out.append(s[0..<(i + 1)]) }
    }
    return out.reversed()
}

private func splitBytes(_ s: [UInt8], _ sep: [UInt8], _ maxSplit: Int) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var i = 0
    var remaining = maxSplit
    while remaining > 0 {
        let pos = byteSearch(s, sep, from: i, to: s.count)
        if pos < 0 { break }
        out.append(s[i..<pos])
        i = pos + sep.count
        remaining -= 1
    }
    out.append(s[i..<s.count])
    return out
}

private func rsplitBytes(_ s: [UInt8], _ sep: [UInt8], _ maxSplit: Int) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var j = s.count
    var remaining = maxSplit
    while remaining > 0 {
        let pos = byteSearch(s, sep, from: 0, to: j, fromRight: true)
        if pos < 0 { break }
        out.append(s[(pos + sep.count)..<j])
        j = pos
        remaining -= 1
    }
    out.append(s[0..<j])
    return out.reversed()
}

/// Lines end at \n, \r or \r\n (nothing else, unlike str.splitlines).
private func splitBytesLines(_ s: [UInt8], keepEnds: Bool) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    let n = s.count
    var i = 0
    while i < n {
        let start = i
        while i < n && s[i] != 0x0A && s[i] != 0x0D { i += 1 }
        var eol = i
        if i < n {
            if s[i] == 0x0D && i + 1 < n && s[i + 1] == 0x0A { i += 2 } else { i += 1 }
            if keepEnds { eol = i }
        }
        out.append(s[start..<eol])
    }
    return out
}

private func joinBytes(_ vm: VM, _ sep: [UInt8], _ iterable: Value) throws(PyError) -> [UInt8] {
    let items: [Value]
    do throws(PyError) {
        items = try vm.toArray(iterable)
    } catch {
        if error.exc.type === PyType.typeError, !vm.isIterable(iterable) { throw typeError("can only join an iterable") }
        throw error
    }
    var out: [UInt8] = []
    for (i, item) in items.enumerated() {
        guard let o = item.bytesObject else {
            throw typeError("sequence item \(i): expected a bytes-like object, \(typeName(item)) found")
        }
        if i > 0 { out.append(contentsOf: sep) }
        out.append(contentsOf: o.bytes)
        if out.count > Limits.maxSequenceLength { throw memoryError() }
    }
    return out
}

private func stripBytes(_ s: [UInt8], _ chars: [UInt8]?, left: Bool, right: Bool) -> ArraySlice<UInt8> {
    @inline(__always) func strip(_ c: UInt8) -> Bool {
        if let set = chars { return set.contains(c) }
        return isByteSpace(c)
    }
    var i = 0, j = s.count
    if left { while i < j && strip(s[i]) { i += 1 } }
    if right { while j > i && strip(s[j - 1]) { j -= 1 } }
    return s[i..<j]
}

/// s with up to `count` occurrences of old replaced (an empty old matches between bytes).
private func replaceBytes(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8], _ count: Int) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    var done = 0
    if old.isEmpty {
        for c in s {
            if done < count { out.append(contentsOf: new); done += 1 }
            out.append(c)
            if out.count > Limits.maxSequenceLength { throw memoryError() }
        }
        if done < count { out.append(contentsOf: new) }
        return out
    }
    var i = 0
    while done < count {
        let pos = byteSearch(s, old, from: i, to: s.count)
        if pos < 0 { break }
        out.append(contentsOf: s[i..<pos])
        out.append(contentsOf: new)
        if out.count > Limits.maxSequenceLength { throw memoryError() }
        i = pos + old.count
        done += 1
    }
    out.append(contentsOf: s[i...])
    return out
}

private func expandBytesTabs(_ s: [UInt8], _ tabSize: Int) throws(PyError) -> [UInt8] {
    var out: [UInt8] = []
    var column = 0
    for c in s {
        if c == 0x09 {
            if tabSize > 0 {
                let incr = tabSize - column % tabSize
                column += incr
                if out.count + incr > Limits.maxSequenceLength { throw memoryError() }
                for _ in 0..<incr { out.append(0x20) }
            }
        } else {
            column += 1
            out.append(c)
            if c == 0x0A || c == 0x0D { column = 0 }
        }
    }
    return out
}

// MARK: - case and character classes (ASCII only)

@inline(__always) private func isLowerByte(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
@inline(__always) private func isUpperByte(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
@inline(__always) private func isDigitByte(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

private func changeBytesCase(_ s: [UInt8], _ name: MethodName) -> [UInt8] {
    var out = s
    switch name {
    case .upper:
        for i in out.indices where isLowerByte(out[i]) { out[i] -= 32 }
    case .lower:
        for i in out.indices where isUpperByte(out[i]) { out[i] += 32 }
    case .swapcase:
        for i in out.indices {
            if isLowerByte(out[i]) { out[i] -= 32 } else if isUpperByte(out[i]) { out[i] += 32 }
        }
    case .capitalize:
        for i in out.indices {
            if i == 0 { if isLowerByte(out[i]) { out[i] -= 32 } } else if isUpperByte(out[i]) { out[i] += 32 }
        }
    default:   // title
        var previousCased = false
        for i in out.indices {
            let c = out[i]
            if isLowerByte(c) {
                if !previousCased { out[i] -= 32 }
                previousCased = true
            } else if isUpperByte(c) {
                if previousCased { out[i] += 32 }
                previousCased = true
            } else {
                previousCased = false
            }
        }
    }
    return out
}

private func bytesPredicate(_ s: [UInt8], _ name: MethodName) -> Bool {
    switch name {
    case .isascii: return s.allSatisfy { $0 < 0x80 }
    case .isalpha: return !s.isEmpty && s.allSatisfy { isLowerByte($0) || isUpperByte($0) }
    case .isdigit: return !s.isEmpty && s.allSatisfy(isDigitByte)
    case .isalnum: return !s.isEmpty && s.allSatisfy { isLowerByte($0) || isUpperByte($0) || isDigitByte($0) }
    case .isspace: return !s.isEmpty && s.allSatisfy(isByteSpace)
    case .islower: return s.contains(where: isLowerByte) && !s.contains(where: isUpperByte)
    case .isupper: return s.contains(where: isUpperByte) && !s.contains(where: isLowerByte)
    default:   // istitle
        var cased = false, previousCased = false
        for c in s {
            if isUpperByte(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLowerByte(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}

// MARK: - hex, fromhex, maketrans, translate

/// bytes.hex(sep=..., bytes_per_sep=1).
private func bytesHexMethod(_ vm: VM, _ s: [UInt8], _ args: Args) throws(PyError) -> PyStr {
    let bound = try bindArguments(args, "hex", ["sep", "bytes_per_sep"])
    var sep: UInt8? = nil
    if let v = bound[0] {
        let text: [UInt8]
        let ascii: Bool
        switch v {
        case .str(let t): text = t.byteArray; ascii = t.isASCII
        default:
            guard let o = v.bytesObject else { throw typeError("object of type '\(typeName(v))' has no len()") }
            text = o.bytes
            ascii = true
        }
        if (ascii ? text.count : PyStr.countScalars(text)) != 1 { throw valueError("sep must be length 1.") }
        if !ascii || text[0] >= 0x80 { throw valueError("sep must be ASCII.") }
        sep = text[0]
    }
    var group = 1
    if let g = bound[1] {
        if case .big = g { throw overflowError("Python int too large to convert to C int") }
        group = try ssizeArgument(vm, g)
        if group > Int(Int32.max) || group < Int(Int32.min) { throw overflowError("Python int too large to convert to C int") }
    }
    var out: [UInt8] = []
    out.reserveCapacity(s.count * 3)
    let n = s.count
    let every = group == 0 ? 0 : abs(group)
    for (i, c) in s.enumerated() {
        if let sp = sep, every > 0, i > 0 {
            // Positive counts group from the right, negative ones from the left.
            let boundary = group > 0 ? (n - i) % every == 0 : i % every == 0
            if boundary { out.append(sp) }
        }
        out.append(hexDigitByte(c >> 4))
        out.append(hexDigitByte(c & 0xF))
    }
    return PyStr.make(bytes: out, count: out.count)
}

func bytesFromhexMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords("bytes.fromhex")
    try args.expect("bytes.fromhex", min: 1, max: 1)
    return .object(PyBytes.make(try fromHex(args[0]), mutable: false))
}

func bytearrayFromhexMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords("bytearray.fromhex")
    try args.expect("bytearray.fromhex", min: 1, max: 1)
    return .object(PyBytes.make(try fromHex(args[0]), mutable: true))
}

/// The bytes of a hex string: pairs of hex digits, whitespace allowed before each pair.
private func fromHex(_ v: Value) throws(PyError) -> [UInt8] {
    guard case .str(let s) = v else { throw typeError("fromhex() argument must be str, not \(typeName(v))") }
    // Any non-ASCII character is an error at its position, before anything else is looked at.
    if !s.isASCII {
        let first = s.scalars.firstIndex { $0 >= 0x80 } ?? 0
        throw valueError("non-hexadecimal number found in fromhex() arg at position \(first)")
    }
    let chars = s.byteArray
    func digit(_ i: Int) -> UInt8? {
        guard i < chars.count else { return nil }
        let c = chars[i]
        switch c {
        case 0x30...0x39: return UInt8(c - 0x30)
        case 0x61...0x66: return UInt8(c - 0x61 + 10)
        case 0x41...0x46: return UInt8(c - 0x41 + 10)
        default: return nil
        }
    }
    var out: [UInt8] = []
    var i = 0
    while i < chars.count {
        if isByteSpace(chars[i]) {
            i += 1
            continue
        }
        guard let hi = digit(i) else { throw valueError("non-hexadecimal number found in fromhex() arg at position \(i)") }
        guard let lo = digit(i + 1) else {
            throw valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
        }
        out.append(hi << 4 | lo)
        i += 2
    }
    return out
}

func bytesMaketransMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords("bytes.maketrans")
    try args.expect("maketrans", min: 2, max: 2)
    let from = try bytesLikeArgument(args[0])
    let to = try bytesLikeArgument(args[1])
    if from.count != to.count { throw valueError("maketrans arguments must have same length") }
    var table = (0..<256).map { UInt8($0) }
    for (f, t) in zip(from, to) { table[Int(f)] = t }
    return .object(PyBytes.make(table, mutable: false))
}

private func translateBytes(_ s: [UInt8], _ table: Value, _ delete: Value?) throws(PyError) -> [UInt8] {
    var map: [UInt8]? = nil
    if !table.isNone {
        let t = try bytesLikeArgument(table)
        if t.count != 256 { throw valueError("translation table must be 256 characters long") }
        map = t
    }
    var drop = [Bool](repeating: false, count: 256)
    if let d = delete { for c in try bytesLikeArgument(d) { drop[Int(c)] = true } }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    for c in s where !drop[Int(c)] { out.append(map.map { $0[Int(c)] } ?? c) }
    return out
}

// MARK: - constructors

extension VM {
    /// bytes(...) and bytearray(...): (source, encoding, errors) as CPython's bytes_new and
    /// bytearray.__init__ take them, with their error messages.
    func constructBytes(_ args: Args, mutable: Bool) throws(PyError) -> Value {
        let tname = mutable ? "bytearray" : "bytes"
        let bound = try Pyrust.bindArguments(args, tname, ["source", "encoding", "errors"])
        let encoding = try codecNameArgument(bound[1], tname, "encoding")
        let errors = try codecNameArgument(bound[2], tname, "errors")
        guard let source = bound[0] else {
            if encoding != nil { throw typeError("encoding without a string argument") }
            if errors != nil { throw typeError("errors without a string argument") }
            return .object(mutable ? PyBytes.make([], mutable: true) : PyBytes.empty)
        }
        if case .str(let s) = source {
            guard let enc = encoding else { throw typeError("string argument without an encoding") }
            return .object(PyBytes.make(try encodeStr(s, encoding: enc, errors: errors), mutable: mutable))
        }
        if encoding != nil { throw typeError("encoding without a string argument") }
        if errors != nil { throw typeError("errors without a string argument") }
        if !mutable, source.hasUserType, let f = userSpecial(source, .bytes) {
            let r = try callSpecial(f, source, [])
            guard let o = r.bytesObject, !o.isMutable else {
                throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))")
            }
            return r
        }
        if !mutable, let o = source.bytesObject, !o.isMutable { return source }
        // An int (or __index__) is a size.
        if source.payloadOrSelf.isIntLike || userSpecial(source, .index) != nil {
            let n: Int
            switch try instanceIndex(source) {
            case .int(let i): n = i
            default: throw overflowError("cannot fit 'int' into an index-sized integer")
            }
            if n < 0 { throw valueError("negative count") }
            if n > Limits.maxSequenceLength { throw memoryError() }
            return .object(PyBytes.make([UInt8](repeating: 0, count: n), mutable: mutable))
        }
        return .object(PyBytes.make(try bytesFromObject(source, mutable: mutable), mutable: mutable))
    }

    /// The bytes of a bytes-like object or an iterable of ints in range(256) (CPython's
    /// PyBytes_FromObject; bytearray words its errors with its own name).
    func bytesFromObject(_ source: Value, mutable: Bool) throws(PyError) -> [UInt8] {
        if let o = source.bytesObject { return o.bytes }
        let tname = mutable ? "bytearray" : "bytes"
        let rangeMessage = mutable ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)"
        if case .str = source { throw typeError("cannot convert 'str' object to \(tname)") }
        let it: PyIterator
        do throws(PyError) {
            it = try getIterator(source)
        } catch {
            guard error.exc.type === PyType.typeError else { throw error }
            throw typeError("cannot convert '\(typeName(source))' object to \(tname)")
        }
        var out: [UInt8] = []
        while let x = try it.next(self) {
            out.append(try byteValue(x, message: rangeMessage))
            if out.count > Limits.maxSequenceLength { throw memoryError() }
        }
        return out
    }
}

extension VM {
    /// int(b'42', base): the ASCII text parsed as int(str) parses it; errors show the bytes.
    func parseIntFromBytes(_ b: PyBytes, base: Int) throws(PyError) -> Value {
        let invalid = { () throws(PyError) -> PyError in
            valueError("invalid literal for int() with base \(base): \(try self.repr(.object(b)).string)")
        }
        if b.bytes.contains(where: { $0 >= 0x80 }) { throw try invalid() }
        do throws(PyError) {
            return try parseInt(PyStr.make(bytes: b.bytes, count: b.count), base: base)
        } catch {
            if error.exc.type === PyType.valueError, case .str(let m)? = error.exc.args.first,
               m.string.hasPrefix("invalid literal") {
                throw try invalid()
            }
            throw error
        }
    }
}

extension VM {
    /// str(object, encoding, errors) with an encoding or errors given: decodes a bytes-like object.
    @inline(never)
    func constructStrDecoding(_ args: Args) throws(PyError) -> PyStr {
        let bound = try Pyrust.bindArguments(args, "str", ["object", "encoding", "errors"])
        let encoding = try codecNameArgument(bound[1], "str", "encoding")
        let errors = try codecNameArgument(bound[2], "str", "errors")
        guard let object = bound[0] else { return PyStr.empty }
        if encoding == nil && errors == nil { return try str(object) }
        guard let b = object.bytesObject else {
            if case .str = object { throw typeError("decoding str is not supported") }
            throw typeError("decoding to str: need a bytes-like object, \(typeName(object)) found")
        }
        return try decodeBytes(b.bytes, encoding: encoding, errors: errors)
    }

    /// float(b'1.5'): the ASCII text parsed as float(str) parses it; errors show the bytes.
    @inline(never)
    func floatFromBytes(_ b: PyBytes) throws(PyError) -> Value {
        if let d = b.bytes.withUnsafeBufferPointer({ parsePythonFloat(bytes: $0, unicode: false) }) { return .float(d) }
        throw valueError("could not convert string to float: \(try repr(.object(b)).string)")
    }
}
