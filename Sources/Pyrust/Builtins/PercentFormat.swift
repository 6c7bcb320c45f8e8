// printf-style `format % args` for str, following CPython 3.11's PyUnicode_Format: the same
// argument consumption (a tuple supplies one value per conversion, anything else is a single
// value, a mapping supplies `%(name)` lookups) and the same errors in the same order.
// The number conversions are the number-formatting engineer's appendPercentInt/Float.
// `bytes % args` runs the same code in bytes mode (CPython's _PyBytes_FormatEx): %s and %b take
// bytes-like objects, %r/%a give ascii(), %c a byte, and mapping keys are bytes.

func percentFormat(_ vm: VM, _ format: PyStr, _ args: Value) throws(PyError) -> PyStr {
    let out = try format.withUnsafeBufferPointer { (f: UnsafeBufferPointer<UInt8>) throws(PyError) -> [UInt8] in
        try percentFormat(vm, f, args, bytesMode: false)
    }
    return PyStr.make(bytes: out)
}

/// `format % args` for a bytes or bytearray format: the formatted bytes.
func bytesPercentFormat(_ vm: VM, _ format: [UInt8], _ args: Value) throws(PyError) -> [UInt8] {
    return try format.withUnsafeBufferPointer { (f: UnsafeBufferPointer<UInt8>) throws(PyError) -> [UInt8] in
        try percentFormat(vm, f, args, bytesMode: true)
    }
}

private func percentFormat(_ vm: VM, _ f: UnsafeBufferPointer<UInt8>, _ args: Value, bytesMode: Bool) throws(PyError) -> [UInt8] {
    // A tuple subclass supplies its items like a tuple.
    var state = PercentArgs(args.hasPayload && typeOf(args).isSubtype(of: .tuple) ? args.payloadOrSelf : args,
                            bytesMode: bytesMode, vm: vm)
    var out: [UInt8] = []
    out.reserveCapacity(f.count + 16)
    var i = 0
    while i < f.count {
        let c = f[i]
        if c != UInt8(ascii: "%") {
            // Copy the literal run up to the next '%' in one go.
            var j = i + 1
            while j < f.count && f[j] != UInt8(ascii: "%") { j += 1 }
            out.append(contentsOf: f[i..<j])
            i = j
            continue
        }
        i += 1
        if i < f.count && f[i] == UInt8(ascii: "%") {
            out.append(UInt8(ascii: "%"))
            i += 1
            continue
        }
        try formatOneConversion(vm, f, &i, &state, &out, bytesMode: bytesMode)
        if out.count > Limits.maxSequenceLength { throw memoryError() }
    }
    if state.unconsumed && state.mapping == nil {
        throw typeError("not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
    }
    return out
}

/// Which value the next conversion takes (CPython's arglen / argidx bookkeeping).
private struct PercentArgs {
    var current: Value
    var tuple: [Value]?
    var index = 0
    /// The original argument when it can answer `%(name)` lookups.
    let mapping: Value?
    /// A single (non-tuple) value not yet taken.
    var singlePending: Bool

    init(_ args: Value, bytesMode: Bool, vm: VM) {
        current = args
        switch args {
        case .tuple(let t):
            tuple = t.items
            singlePending = false
        default:
            tuple = nil
            singlePending = true
        }
        // What CPython takes as a mapping: anything with __getitem__ but a tuple, a str, and for
        // bytes formatting (whose key lookups use bytes) bytes and bytearray.
        switch args {
        case .dict, .list: mapping = args
        case .object(let o) where o is PyRange || o is PyBigRange: mapping = args
        case .object(let o) where o.isBytes: mapping = bytesMode ? nil : args
        case .instance:
            // A user class with __getitem__, or a dict/list subclass (not a str subclass).
            switch args.payloadOrSelf {
            case .str: mapping = nil
            case .dict, .list: mapping = args
            default: mapping = vm.userSpecial(args, .getitem) != nil ? args : nil
            }
        default: mapping = nil
        }
    }

    var unconsumed: Bool {
        if let t = tuple { return index < t.count }
        return singlePending
    }

    mutating func next() throws(PyError) -> Value {
        if let t = tuple {
            if index < t.count {
                index += 1
                return t[index - 1]
            }
        } else if singlePending {
            singlePending = false
            return current
        }
        throw typeError("not enough arguments for format string")
    }

    /// After `%(key)`, the looked-up value is the only argument left for this conversion.
    mutating func replace(with v: Value) {
        current = v
        tuple = nil
        singlePending = true
    }
}

/// Parses one conversion after its '%' (at f[i]) and appends its output.
private func formatOneConversion(_ vm: VM, _ f: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ state: inout PercentArgs,
                                 _ out: inout [UInt8], bytesMode: Bool) throws(PyError) {
    if i < f.count && f[i] == UInt8(ascii: "(") {
        guard let mapping = state.mapping else { throw typeError("format requires a mapping") }
        var depth = 1
        i += 1
        let keyStart = i
        while i < f.count && depth > 0 {
            if f[i] == UInt8(ascii: ")") { depth -= 1 } else if f[i] == UInt8(ascii: "(") { depth += 1 }
            i += 1
        }
        if depth > 0 { throw valueError("incomplete format key") }
        let keyBytes = Array(f[keyStart..<(i - 1)])
        let key: Value = bytesMode ? .bytes(keyBytes) : .str(PyStr.make(bytes: keyBytes))
        let value: Value
        if case .dict(let d) = mapping {
            guard let v = try d.get(key) else { throw keyError(key) }
            value = v
        } else {
            value = try vm.subscriptValue(mapping, key)
        }
        state.replace(with: value)
    }

    var spec = PercentSpec(type: 0)
    // Flags.
    while i < f.count {
        switch f[i] {
        case UInt8(ascii: "-"): spec.leftAdjust = true
        case UInt8(ascii: "+"): spec.plusSign = true
        case UInt8(ascii: " "): spec.blankSign = true
        case UInt8(ascii: "#"): spec.alternate = true
        case UInt8(ascii: "0"): spec.zeroPad = true
        default: break
        }
        if f[i] == UInt8(ascii: "-") || f[i] == UInt8(ascii: "+") || f[i] == UInt8(ascii: " ")
            || f[i] == UInt8(ascii: "#") || f[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            break
        }
    }
    // Width.
    if i < f.count && f[i] == UInt8(ascii: "*") {
        i += 1
        let v = try state.next()
        var w: Int
        switch v {
        case .int(let x): w = x
        case .bool(let b): w = b ? 1 : 0
        case .big: throw overflowError("Python int too large to convert to C ssize_t")
        default: throw typeError("* wants int")
        }
        if w < 0 {
            spec.leftAdjust = true
            w = w == Int.min ? Int.max : -w
        }
        spec.width = w
    } else if i < f.count && f[i] >= 0x30 && f[i] <= 0x39 {
        var w = 0
        while i < f.count && f[i] >= 0x30 && f[i] <= 0x39 {
            let d = Int(f[i] - 0x30)
            if w > (Int.max - d) / 10 { throw valueError("width too big") }
            w = w * 10 + d
            i += 1
        }
        spec.width = w
    }
    // Precision.
    if i < f.count && f[i] == UInt8(ascii: ".") {
        i += 1
        var p = 0
        if i < f.count && f[i] == UInt8(ascii: "*") {
            i += 1
            let v = try state.next()
            switch v {
            case .int(let x):
                if x > Int(Int32.max) || x < Int(Int32.min) {
                    throw overflowError("Python int too large to convert to C int")
                }
                p = x
            case .bool(let b): p = b ? 1 : 0
            case .big: throw overflowError("Python int too large to convert to C int")
            default: throw typeError("* wants int")
            }
            if p < 0 { p = 0 }
        } else {
            while i < f.count && f[i] >= 0x30 && f[i] <= 0x39 {
                let d = Int(f[i] - 0x30)
                if p > (Int(Int32.max) - d) / 10 { throw valueError("precision too big") }
                p = p * 10 + d
                i += 1
            }
        }
        spec.precision = p
    }
    // Length modifiers are accepted and ignored, as in C.
    if i < f.count && (f[i] == UInt8(ascii: "h") || f[i] == UInt8(ascii: "l") || f[i] == UInt8(ascii: "L")) {
        i += 1
    }
    if i >= f.count { throw valueError("incomplete format") }

    // The conversion character (decoded, for the error message about unknown ones).
    let (code, codeLength) = bytesMode ? (UInt32(f[i]), 1) : PyStr.decode(f, i)
    let codeIndex = bytesMode ? i : PyStr.countScalars(f[0..<i])
    i += codeLength
    let v = try state.next()
    if bytesMode, let done = try formatBytesConversion(vm, code, v, spec, &out), done { return }
    switch code {
    case 0x73, 0x72, 0x61:   // s r a
        let text: PyStr
        switch code {
        case 0x73: text = try vm.str(v)
        case 0x72: text = try vm.repr(v)
        default: text = try vm.ascii(v)
        }
        try appendPadded(text, precision: spec.precision, spec, &out)
    case 0x63:               // c
        let ch: PyStr
        switch v {
        case .str(let s) where s.count == 1: ch = s
        case .int(let x):
            if x < 0 || x > 0x10FFFF { throw overflowError("%c arg not in range(0x110000)") }
            if x >= 0xD800 && x <= 0xDFFF { throw loneSurrogateNotSupported(x) }
            ch = PyStr.fromScalars([UInt32(x)])
        case .bool(let b): ch = PyStr.ascii[b ? 1 : 0]
        case .big: throw overflowError("%c arg not in range(0x110000)")
        default: throw typeError("%c requires int or char")
        }
        try appendPadded(ch, precision: nil, spec, &out)
    case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:   // d i u o x X
        let typeChar = UInt8(code)
        spec.type = typeChar == UInt8(ascii: "i") || typeChar == UInt8(ascii: "u") ? UInt8(ascii: "d") : typeChar
        let n: FormatInt
        switch v.hasPayload ? v.payloadOrSelf : v {   // int/float subclasses format as their value
        case .int(let x): n = .small(x)
        case .bool(let b): n = .small(b ? 1 : 0)
        case .big(let b): n = .big(b.value)
        case .float(let d) where spec.type == UInt8(ascii: "d"):
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            guard let t = BigInt(truncating: d) else { throw overflowError("cannot convert float infinity to integer") }
            if let small = t.asInt { n = .small(small) } else { n = .big(t) }
        default:
            let c = Character(Unicode.Scalar(typeChar))
            if spec.type == UInt8(ascii: "d") {
                throw typeError("%\(c) format: a real number is required, not \(typeName(v))")
            }
            throw typeError("%\(c) format: an integer is required, not \(typeName(v))")
        }
        do { try appendPercentInt(n, spec, to: &out) } catch { throw PyError(error) }
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:   // e E f F g G
        spec.type = UInt8(code)
        let d: Double
        switch v.hasPayload ? v.payloadOrSelf : v {
        case .float(let x): d = x
        case .int(let x): d = Double(x)
        case .bool(let b): d = b ? 1 : 0
        case .big(let b):
            guard let x = b.value.toDouble() else { throw overflowError("int too large to convert to float") }
            d = x
        default:
            throw typeError(bytesMode ? "float argument required, not \(typeName(v))" : "must be real number, not \(typeName(v))")
        }
        do { try appendPercentFloat(d, spec, to: &out) } catch { throw PyError(error) }
    default:
        let shown = code >= 32 && code <= 126 || (bytesMode && code > 126) ? String(Character(Unicode.Scalar(UInt8(code)))) : "?"
        throw valueError("unsupported format character '\(shown)' (0x\(String(code, radix: 16))) at index \(codeIndex)")
    }
}

/// %s / %r / %a / %c output: cut to `precision` code points, padded with spaces to the width.
private func appendPadded(_ text: PyStr, precision: Int?, _ spec: PercentSpec, _ out: inout [UInt8]) throws(PyError) {
    var count = text.count
    var byteEnd = text.byteCount
    if let p = precision, p < count {
        count = p
        byteEnd = text.byteOffset(ofScalar: p)
    }
    let width = spec.width ?? 0
    let pad = width > count ? width - count : 0
    if pad > Limits.maxSequenceLength { throw memoryError() }
    if !spec.leftAdjust && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
    text.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<byteEnd])) }
    if spec.leftAdjust && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
}

/// The conversions that differ for bytes: %s/%b (bytes-like or __bytes__), %r/%a (ascii()),
/// %c (a byte). true when done; nil for the others (shared with str).
private func formatBytesConversion(_ vm: VM, _ code: UInt32, _ v: Value, _ spec: PercentSpec,
                                   _ out: inout [UInt8]) throws(PyError) -> Bool? {
    let text: [UInt8]
    var precision = spec.precision
    switch code {
    case 0x73, 0x62:   // s b
        if let o = v.bytesObject {
            text = o.bytes
        } else if v.hasUserType, let f = vm.userSpecial(v, .bytes) {
            let r = try vm.callSpecial(f, v, [])
            guard let o = r.bytesObject, !o.isMutable else {
                throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))")
            }
            text = o.bytes
        } else {
            throw typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(v))'")
        }
    case 0x72, 0x61:   // r a
        text = try vm.ascii(v).byteArray
    case 0x63:         // c
        precision = nil
        if let o = v.bytesObject, o.count == 1 {
            text = o.bytes
        } else if let n = try vm.byteIndexValue(v) {
            if n < 0 || n > 255 { throw overflowError("%c arg not in range(256)") }
            text = [UInt8(n)]
        } else {
            throw typeError("%c requires an integer in range(256) or a single byte")
        }
    default:
        return nil
    }
    var end = text.count
    if let p = precision, p < end { end = p }
    let width = spec.width ?? 0
    let pad = width > end ? width - end : 0
    if pad > Limits.maxSequenceLength { throw memoryError() }
    if !spec.leftAdjust && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
    out.append(contentsOf: text[0..<end])
    if spec.leftAdjust && pad > 0 { out.append(contentsOf: repeatElement(0x20, count: pad)) }
    return true
}
