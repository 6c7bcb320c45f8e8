// str.format / str.format_map and the __format__ of the builtin types (format(), f-strings).
// The parser follows CPython 3.11's MarkupIterator and field-name rules, so malformed format
// strings fail with CPython's messages; fields may index (`{0[1]}`, `{k[name]}`) but attribute
// access (`{0.real}`) is reported as not supported yet.

/// format(v, spec) for the builtin types: int, bool, float and str use the number/str
/// formatters; everything else accepts only an empty spec, which gives str(v).
func formatValue(_ vm: VM, _ v: Value, spec: PyStr) throws(PyError) -> PyStr {
    if v.hasUserType, let f = vm.userSpecial(v, .format) { return try userFormat(vm, f, v, spec) }
    if v.hasPayload, spec.byteCount > 0 { return try formatValue(vm, v.payloadOrSelf, spec: spec) }
    if spec.byteCount > 0, v.complexObject != nil { throw notSupported("format specifications for complex numbers") }
    if spec.byteCount == 0 {
        switch v {
        case .str(let s): return s
        case .int, .big, .bool, .float: break
        default: return try vm.str(v)
        }
    }
    var out: [UInt8] = []
    try spec.withUnsafeBufferPointer { (sp: UnsafeBufferPointer<UInt8>) throws(PyError) in
        try appendFormattedValue(vm, v, spec: sp, to: &out)
    }
    return PyStr.make(bytes: out)
}

private func appendFormattedValue(_ vm: VM, _ v: Value, spec: UnsafeBufferPointer<UInt8>,
                                  to out: inout [UInt8]) throws(PyError) {
    switch v {
    case .str, .int, .big, .bool, .float:
        do { try appendFormattedBuiltin(v, spec, &out) } catch { throw PyError(error) }
    default:
        if v.hasUserType, let f = vm.userSpecial(v, .format) {
            try userFormat(vm, f, v, PyStr.make(bytes: Array(spec))).withUnsafeBufferPointer { out.append(contentsOf: $0) }
            return
        }
        if v.hasPayload, !spec.isEmpty {
            try appendFormattedValue(vm, v.payloadOrSelf, spec: spec, to: &out)
            return
        }
        if !spec.isEmpty {
            throw typeError("unsupported format string passed to \(typeName(v)).__format__")
        }
        try vm.str(v).withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }
}

/// A class's own __format__(spec), checked to return a str.
private func userFormat(_ vm: VM, _ f: Value, _ v: Value, _ spec: PyStr) throws(PyError) -> PyStr {
    let r = try vm.callSpecial(f, v, [.str(spec)])
    guard case .str(let s) = r else { throw typeError("__format__ must return a str, not \(typeName(r))") }
    return s
}

/// __format__ of the types with their own format-spec language.
private func appendFormattedBuiltin(_ v: Value, _ spec: UnsafeBufferPointer<UInt8>,
                                    _ out: inout [UInt8]) throws(FormatError) {
    switch v {
    case .str(let s):
        try s.withUnsafeBufferPointer { (text: UnsafeBufferPointer<UInt8>) throws(FormatError) in
            try appendFormattedStr(text, scalarCount: s.count, spec: spec, to: &out)
        }
    case .int(let i):
        try appendFormattedInt(.small(i), spec: spec, to: &out)
    case .big(let b):
        try appendFormattedInt(.big(b.value), spec: spec, to: &out)
    case .bool(let b):
        if spec.isEmpty {
            out.append(contentsOf: b ? Array("True".utf8) : Array("False".utf8))
        } else {
            try appendFormattedInt(.small(b ? 1 : 0), spec: spec, typeName: "bool", to: &out)
        }
    case .float(let d):
        try appendFormattedFloat(d, spec: spec, to: &out)
    default:
        break
    }
}

/// 'format'.format(*args, **kwargs).
func strFormat(_ vm: VM, _ format: PyStr, _ args: Args) throws(PyError) -> PyStr {
    let source = FormatSource(args: args, mapping: nil)
    return try formatWith(vm, format, source)
}

/// 'format'.format_map(mapping): names are looked up in the mapping; positions are errors.
func strFormatMap(_ vm: VM, _ format: PyStr, _ mapping: Value) throws(PyError) -> PyStr {
    let source = FormatSource(args: nil, mapping: mapping)
    return try formatWith(vm, format, source)
}

private func formatWith(_ vm: VM, _ format: PyStr, _ source: FormatSource) throws(PyError) -> PyStr {
    var out: [UInt8] = []
    out.reserveCapacity(format.byteCount + 16)
    var numbering = AutoNumbering()
    try format.withUnsafeBufferPointer { (f: UnsafeBufferPointer<UInt8>) throws(PyError) in
        try buildFormatted(vm, f, source, &numbering, depth: 2, &out)
    }
    return PyStr.make(bytes: out)
}

/// Where field values come from: the call's arguments, or format_map's mapping.
private struct FormatSource {
    let args: Args?
    let mapping: Value?

    func positional(_ i: Int) throws(PyError) -> Value {
        guard let a = args else { throw valueError("Format string contains positional fields") }
        if i >= a.count { throw indexError("Replacement index \(i) out of range for positional args tuple") }
        return a[i]
    }

    func named(_ vm: VM, _ name: UnsafeBufferPointer<UInt8>) throws(PyError) -> Value {
        if let a = args {
            for (i, k) in a.kwNames.enumerated() where k.withUnsafeBufferPointer({ $0.elementsEqual(name) }) { return a.values[a.count + i] }
        }
        let key = Value.str(PyStr.make(bytes: Array(name)))
        if let m = mapping {
            if case .dict(let d) = m {
                guard let v = try d.get(key) else { throw keyError(key) }
                return v
            }
            return try vm.subscriptValue(m, key)
        }
        throw keyError(key)
    }
}

/// CPython's auto-numbering state: `{}` and `{0}` may not be mixed.
private struct AutoNumbering {
    enum Mode { case unset, automatic, manual }
    var mode = Mode.unset
    var next = 0
}

private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")

private func buildFormatted(_ vm: VM, _ f: UnsafeBufferPointer<UInt8>, _ source: FormatSource,
                            _ numbering: inout AutoNumbering, depth: Int, _ out: inout [UInt8]) throws(PyError) {
    if depth <= 0 { throw valueError("Max string recursion exceeded") }
    var i = 0
    let n = f.count
    while i < n {
        // Literal text up to the next brace.
        let start = i
        var c: UInt8 = 0
        var markup = false
        while i < n {
            c = f[i]
            i += 1
            if c == openBrace || c == closeBrace { markup = true; break }
        }
        let atEnd = i >= n
        var literalEnd = i
        if markup {
            if c == closeBrace && (atEnd || f[i] != closeBrace) {
                throw valueError("Single '}' encountered in format string")
            }
            if atEnd && c == openBrace { throw valueError("Single '{' encountered in format string") }
            if f[i] == c {
                // '{{' or '}}': one literal brace, no field.
                i += 1
                markup = false
            } else {
                literalEnd -= 1
            }
        }
        if literalEnd > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: f[start..<literalEnd])) }
        if !markup { continue }
        try formatField(vm, f, &i, source, &numbering, depth: depth, &out)
        if out.count > Limits.maxSequenceLength { throw memoryError() }
    }
}

/// Parses the field after its '{' (CPython's parse_field) and appends the formatted value.
private func formatField(_ vm: VM, _ f: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ source: FormatSource,
                         _ numbering: inout AutoNumbering, depth: Int, _ out: inout [UInt8]) throws(PyError) {
    let n = f.count
    let nameStart = i
    var c: UInt8 = 0
    var terminated = false
    while i < n {
        c = f[i]
        i += 1
        if c == openBrace { throw valueError("unexpected '{' in field name") }
        if c == UInt8(ascii: "[") {
            while i < n && f[i] != UInt8(ascii: "]") { i += 1 }
            continue
        }
        if c == closeBrace || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") { terminated = true; break }
    }
    let nameEnd = terminated ? i - 1 : i
    var conversion: UInt32 = 0
    var specStart = i
    var specEnd = i
    var specNeedsExpanding = false
    if terminated && (c == UInt8(ascii: "!") || c == UInt8(ascii: ":")) {
        var needSpec = true
        if c == UInt8(ascii: "!") {
            if i >= n { throw valueError("end of string while looking for conversion specifier") }
            let (conv, len) = PyStr.decode(f, i)
            conversion = conv
            i += len
            if i < n {
                let next = f[i]
                i += 1
                if next == closeBrace {
                    needSpec = false
                } else if next != UInt8(ascii: ":") {
                    throw valueError("expected ':' after conversion specifier")
                }
            }
        }
        if needSpec {
            specStart = i
            var level = 1
            var closed = false
            while i < n {
                let x = f[i]
                i += 1
                if x == openBrace {
                    specNeedsExpanding = true
                    level += 1
                } else if x == closeBrace {
                    level -= 1
                    if level == 0 { specEnd = i - 1; closed = true; break }
                }
            }
            if !closed { throw valueError("unmatched '{' in format spec") }
        } else {
            specStart = i
            specEnd = i
        }
    } else if !terminated || c != closeBrace {
        throw valueError("expected '}' before end of string")
    }

    var value = try fieldValue(vm, UnsafeBufferPointer(rebasing: f[nameStart..<nameEnd]), source, &numbering)
    if conversion != 0 {
        switch conversion {
        case 0x72: value = .str(try vm.repr(value))
        case 0x73: value = .str(try vm.str(value))
        case 0x61: value = .str(try vm.ascii(value))
        default:
            if conversion > 32 && conversion < 127 {
                throw valueError("Unknown conversion specifier \(Character(Unicode.Scalar(UInt8(conversion))))")
            }
            throw valueError("Unknown conversion specifier \\x\(String(conversion, radix: 16))")
        }
    }
    let spec = UnsafeBufferPointer(rebasing: f[specStart..<specEnd])
    if specNeedsExpanding {
        var expanded: [UInt8] = []
        try buildFormatted(vm, spec, source, &numbering, depth: depth - 1, &expanded)
        try expanded.withUnsafeBufferPointer { (sp: UnsafeBufferPointer<UInt8>) throws(PyError) in
            try appendFormattedValue(vm, value, spec: sp, to: &out)
        }
    } else {
        try appendFormattedValue(vm, value, spec: spec, to: &out)
    }
}

/// Resolves a field name: an argument (by position, automatic number or keyword), then any
/// `[index]` parts. Attribute parts are not supported yet.
private func fieldValue(_ vm: VM, _ name: UnsafeBufferPointer<UInt8>, _ source: FormatSource,
                        _ numbering: inout AutoNumbering) throws(PyError) -> Value {
    var k = 0
    while k < name.count && name[k] != UInt8(ascii: ".") && name[k] != UInt8(ascii: "[") { k += 1 }
    let first = UnsafeBufferPointer(rebasing: name[0..<k])
    let index = try decimalIndex(first)
    let isEmpty = first.isEmpty
    var value: Value
    if isEmpty || index != nil {
        if numbering.mode == .unset { numbering.mode = isEmpty ? .automatic : .manual }
        if numbering.mode == .manual && isEmpty {
            throw valueError("cannot switch from manual field specification to automatic field numbering")
        }
        if numbering.mode == .automatic && !isEmpty {
            throw valueError("cannot switch from automatic field numbering to manual field specification")
        }
        var position = index ?? 0
        if isEmpty {
            position = numbering.next
            numbering.next += 1
        }
        value = try source.positional(position)
    } else {
        value = try source.named(vm, first)
    }

    // The rest: `.attr` or `[key]`, repeatedly.
    while k < name.count {
        let c = name[k]
        k += 1
        if c == UInt8(ascii: ".") {
            let start = k
            while k < name.count && name[k] != UInt8(ascii: ".") && name[k] != UInt8(ascii: "[") { k += 1 }
            if k == start { throw valueError("Empty attribute in format string") }
            throw notSupported("attribute lookups in format fields")
        } else if c == UInt8(ascii: "[") {
            let start = k
            while k < name.count && name[k] != UInt8(ascii: "]") { k += 1 }
            if k == start { throw valueError("Empty attribute in format string") }
            if k >= name.count { throw valueError("Missing ']' in format string") }
            let keyBytes = UnsafeBufferPointer(rebasing: name[start..<k])
            k += 1
            if let idx = try decimalIndex(keyBytes) {
                value = try vm.subscriptValue(value, .int(idx))
            } else {
                value = try vm.subscriptValue(value, .str(PyStr.make(bytes: Array(keyBytes))))
            }
        } else {
            throw valueError("Only '.' or '[' may follow ']' in format field specifier")
        }
    }
    return value
}

/// The field name as a non-negative integer, nil when it is not all ASCII digits.
private func decimalIndex(_ b: UnsafeBufferPointer<UInt8>) throws(PyError) -> Int? {
    if b.isEmpty { return nil }
    var v = 0
    for c in b {
        guard c >= 0x30 && c <= 0x39 else { return nil }
        let d = Int(c - 0x30)
        if v > (Int.max - d) / 10 { throw valueError("Too many decimal digits in format string") }
        v = v * 10 + d
    }
    return v
}
