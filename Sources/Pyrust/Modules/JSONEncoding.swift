// json.dumps's work: Python values to JSON text, in one pass over a byte buffer.
//
// CPython 3.11 has two encoders: the C one (no indent) and the pure-Python one (with indent).
// Their output is the same except in two places this file reproduces: the allow_nan=False
// message (the Python one adds the value's repr) and a dict whose keys were all skipped
// (the Python one still writes the line break and indent inside the braces).

import CPyrustSupport

struct JSONEncoding {
    let vm: VM
    var out: [UInt8] = []
    var skipKeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    /// The indent string; nil for the compact (C encoder) layout.
    var indent: [UInt8]? = nil
    var itemSeparator: [UInt8] = JSONEncoding.commaSpace
    var keySeparator: [UInt8] = JSONEncoding.colonSpace
    // The default separators, shared (and so immortal) rather than built for every encoder.
    private static let commaSpace = Immortal.array(Array(", ".utf8))
    private static let colonSpace = Immortal.array(Array(": ".utf8))
    /// default=: called for values JSON has no form for (nil: TypeError).
    var defaultFunction: Value? = nil
    /// Python frames CPython would have between the caller and its encoder (its recursion
    /// limit counts them and every container being encoded).
    var hiddenFrames = 0
    private var markers: Set<ObjectIdentifier> = []
    private var depth = 0

    init(vm: VM) { self.vm = vm }

    // MARK: values

    mutating func encode(_ v: Value, level: Int) throws(PyError) {
        switch v {
        case .none: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .int(let i): appendIntDigits(i, &out)
        case .big: try vm.writeRepr(v, &out)
        case .float(let d): try appendFloat(d)
        case .str(let s): appendString(s)
        case .list(let l):
            try enter(ObjectIdentifier(l))
            defer { leave(ObjectIdentifier(l)) }
            try encodeArray(level: level, count: { l.items.count }, item: { l.items[$0] })
        case .tuple(let t):
            try enter(ObjectIdentifier(t))
            defer { leave(ObjectIdentifier(t)) }
            try encodeArray(level: level, count: { t.items.count }, item: { t.items[$0] })
        case .dict(let d):
            try enter(ObjectIdentifier(d))
            defer { leave(ObjectIdentifier(d)) }
            try encodeObject(d, level: level)
        case .instance(let inst) where inst.type.builtinBase != nil:
            // Subclasses of str, int, float, list, tuple and dict are written as their base
            // type's value (CPython calls int.__repr__ and float.__repr__, not the override).
            switch inst.builtinValue {
            case .str, .int, .big, .float, .bool:
                try encode(inst.builtinValue, level: level)
            case .list(let l):
                try enter(ObjectIdentifier(inst))
                defer { leave(ObjectIdentifier(inst)) }
                try encodeArray(level: level, count: { l.items.count }, item: { l.items[$0] })
            case .tuple(let t):
                try enter(ObjectIdentifier(inst))
                defer { leave(ObjectIdentifier(inst)) }
                try encodeArray(level: level, count: { t.items.count }, item: { t.items[$0] })
            case .dict(let d):
                try enter(ObjectIdentifier(inst))
                defer { leave(ObjectIdentifier(inst)) }
                try encodeObject(d, level: level)
            default:
                try encodeWithDefault(v, level: level)
            }
        default:
            try encodeWithDefault(v, level: level)
        }
    }

    /// A value JSON cannot write: default(v) is written in its place.
    private mutating func encodeWithDefault(_ v: Value, level: Int) throws(PyError) {
        let id = identity(v)
        try enter(id)
        defer { leave(id) }
        guard let f = defaultFunction else {
            throw typeError("Object of type \(typeName(v)) is not JSON serializable")
        }
        let replacement = try vm.call(f, [v])
        try encode(replacement, level: level)
    }

    /// The marker identity of a value passed to default= (any heap object; inline values
    /// cannot be part of a cycle).
    private func identity(_ v: Value) -> ObjectIdentifier? {
        switch v {
        case .set(let o): return ObjectIdentifier(o)
        case .function(let o): return ObjectIdentifier(o)
        case .builtin(let o): return ObjectIdentifier(o)
        case .type(let o): return ObjectIdentifier(o)
        case .exception(let o): return ObjectIdentifier(o)
        case .instance(let o): return ObjectIdentifier(o)
        case .object(let o): return ObjectIdentifier(o)
        default: return nil
        }
    }

    /// Entering a container: the recursion limit and, with check_circular, the cycle check.
    private mutating func enter(_ id: ObjectIdentifier?) throws(PyError) {
        depth += 1
        let frames = vm.frames.count + hiddenFrames + depth
        if indent == nil {
            if frames >= vm.depthLimit || pyrust_stack_exhausted() != 0 {
                throw PyError(.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
            }
        } else if frames > vm.depthLimit || pyrust_stack_exhausted() != 0 {
            throw PyError(.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        if checkCircular, let id = id {
            if !markers.insert(id).inserted {
                depth -= 1
                throw valueError("Circular reference detected")
            }
        }
    }

    private mutating func leave(_ id: ObjectIdentifier?) {
        depth -= 1
        if checkCircular, let id = id { markers.remove(id) }
    }

    // MARK: containers

    private mutating func encodeArray(level: Int, count: () -> Int, item: (Int) -> Value) throws(PyError) {
        if count() == 0 {
            append("[]")
            return
        }
        out.append(UInt8(ascii: "["))
        let inner = level + 1
        newline(inner)
        var i = 0
        while i < count() {
            try vm.charge(1)    // the host's limits tick for long documents too
            if i > 0 {
                out.append(contentsOf: itemSeparator)
                newline(inner)
            }
            try encode(item(i), level: inner)
            i += 1
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func encodeObject(_ d: PyDict, level: Int) throws(PyError) {
        if d.count == 0 {
            append("{}")
            return
        }
        var items = d.items
        if sortKeys {
            // Sorted as CPython sorts the (key, value) tuples: same comparisons, same errors.
            var pairs: [Value] = items.map { .tuple(PyTuple([$0.key, $0.value])) }
            try stableSort(vm, &pairs, key: nil, reverse: false)
            items = pairs.map { p in
                guard case .tuple(let t) = p else { return (Value.none, Value.none) }
                return (t.items[0], t.items[1])
            }
        }
        out.append(UInt8(ascii: "{"))
        let inner = level + 1
        if indent != nil { newline(inner) }
        var first = true
        for (key, value) in items {
            try vm.charge(1)
            let start = out.count
            if !first {
                out.append(contentsOf: itemSeparator)
                newline(inner)
            }
            if try !appendKey(key) {
                out.removeSubrange(start...)
                continue
            }
            first = false
            out.append(contentsOf: keySeparator)
            try encode(value, level: inner)
        }
        if first && indent == nil {
            // Every key skipped: the C encoder writes "{}".
            out.append(UInt8(ascii: "}"))
            return
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
    }

    /// Writes a dict key as a JSON string; false when skipkeys drops it.
    private mutating func appendKey(_ key: Value) throws(PyError) -> Bool {
        switch key {
        case .str(let s): appendString(s)
        case .float(let d):
            out.append(UInt8(ascii: "\""))
            try appendFloat(d)
            out.append(UInt8(ascii: "\""))
        case .bool(let b): append(b ? "\"true\"" : "\"false\"")
        case .none: append("\"null\"")
        case .int, .big:
            out.append(UInt8(ascii: "\""))
            try encode(key, level: 0)
            out.append(UInt8(ascii: "\""))
        case .instance(let inst) where inst.type.builtinBase != nil && inst.builtinValue.isScalarKey:
            return try appendKey(inst.builtinValue)
        default:
            if skipKeys { return false }
            throw typeError("keys must be str, int, float, bool or None, not \(typeName(key))")
        }
        return true
    }

    // MARK: scalars

    private mutating func appendFloat(_ d: Double) throws(PyError) {
        if d.isFinite {
            appendFloatRepr(d, to: &out)
            return
        }
        if !allowNaN {
            if indent != nil {
                throw valueError("Out of range float values are not JSON compliant: \(formatFloatRepr(d))")
            }
            throw valueError("Out of range float values are not JSON compliant")
        }
        append(d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity")
    }

    /// A JSON string literal: quotes, the escapes JSON requires, and with ensure_ascii every
    /// character from U+007F up as \uXXXX (a surrogate pair above U+FFFF), hex in lower case.
    mutating func appendString(_ s: PyStr) {
        out.append(UInt8(ascii: "\""))
        s.withUnsafeBufferPointer { b in
            var runStart = 0
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C && (c < 0x7F || !ensureASCII) {
                    i += 1
                    continue
                }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i])) }
                if c < 0x80 {
                    appendEscape(UInt32(c))
                    i += 1
                } else {
                    let (scalar, len) = PyStr.decode(b, i)
                    if scalar >= 0x10000 {
                        let v = scalar - 0x10000
                        appendEscape(0xD800 | (v >> 10))
                        appendEscape(0xDC00 | (v & 0x3FF))
                    } else {
                        appendEscape(scalar)
                    }
                    i += len
                }
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ c: UInt32) {
        out.append(UInt8(ascii: "\\"))
        switch c {
        case 0x22: out.append(UInt8(ascii: "\""))
        case 0x5C: out.append(UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let nibble = UInt8((c >> UInt32(shift)) & 0xF)
                out.append(nibble < 10 ? 48 + nibble : 87 + nibble)
            }
        }
    }

    private mutating func newline(_ level: Int) {
        guard let indent = indent else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<level { out.append(contentsOf: indent) }
    }

    private mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

private extension Value {
    /// A str, int, float or bool: the values a subclass instance may wrap and be a key as.
    var isScalarKey: Bool {
        switch self {
        case .str, .int, .big, .float, .bool: return true
        default: return false
        }
    }
}
