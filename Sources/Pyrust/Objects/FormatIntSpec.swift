// format(int, spec): CPython's int.__format__ (format_long_internal, plus the float types).

/// format(v, spec) for an int. An empty spec is str(v); for bool the caller must handle the
/// empty spec itself (str(True) is 'True'), passing typeName "bool" for the messages.
func formatInt(_ v: FormatInt, spec: String, typeName: String = "int") throws(FormatError) -> String {
    var out: [UInt8] = []
    try withUTF8Bytes(spec) { (spec) throws(FormatError) in
        try appendFormattedInt(v, spec: spec, typeName: typeName, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
}

/// Byte-level form of `formatInt`.
func appendFormattedInt(_ v: FormatInt, spec: UnsafeBufferPointer<UInt8>, typeName: String = "int",
                        to out: inout [UInt8]) throws(FormatError) {
    if spec.isEmpty {
        appendIntDigits(v, radix: 10, to: &out)
        return
    }
    let parsed = try FormatSpec(parsing: spec, defaultType: 0x64, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
    switch parsed.type {
    case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E:           // b c d o x X n
        try appendIntWithSpec(v, spec: parsed, to: &out)
    case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:           // e E f F g G %
        try appendFloat(try formatIntToDouble(v), spec: parsed, to: &out)
    default:
        throw FormatSpec.unknownCode(parsed.type, typeName: typeName)
    }
}

/// float(v) as CPython's int -> float conversion (correctly rounded), or OverflowError.
func formatIntToDouble(_ v: FormatInt) throws(FormatError) -> Double {
    switch v {
    case .small(let i):
        return Double(i)
    case .big(let b):
        guard let d = b.toDouble() else {
            throw FormatError("int too large to convert to float", kind: .overflowError)
        }
        return d
    }
}

/// Appends the digits of v in `radix` (2...36), with '-' for negatives and no prefix.
func appendIntDigits(_ v: FormatInt, radix: Int, uppercase: Bool = false, to out: inout [UInt8]) {
    switch v {
    case .small(let i):
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { buffer in
            let n = writeSmallIntDigits(i, radix: radix, uppercase: uppercase, to: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    case .big(let b):
        for byte in b.toString(radix: radix).utf8 {
            out.append(uppercase && byte >= 0x61 ? byte - 0x20 : byte)
        }
    }
}

/// Writes i in `radix` (2...36; '-' for negatives) into a buffer of at least 72 bytes.
func writeSmallIntDigits(_ i: Int, radix: Int, uppercase: Bool, to buffer: UnsafeMutablePointer<UInt8>) -> Int {
    var n = 0
    if i < 0 {
        buffer[0] = UInt8(ascii: "-")
        n = 1
    }
    var magnitude = i.magnitude
    let base = UInt(max(2, min(radix, 36)))
    var length = 1
    var probe = magnitude / base
    while probe > 0 {
        probe /= base
        length += 1
    }
    let letterBase: UInt8 = uppercase ? 0x37 : 0x57   // 'A' - 10 or 'a' - 10
    var k = n + length - 1
    while k >= n {
        let digit = UInt8(truncatingIfNeeded: magnitude % base)
        magnitude /= base
        buffer[k] = digit < 10 ? digit + 0x30 : digit + letterBase
        k -= 1
    }
    return n + length
}

/// Runs `body` on the text of v in `radix`: a stack buffer for small ints, the BigInt's text
/// otherwise.
private func withIntText(_ v: FormatInt, radix: Int, uppercase: Bool,
                         _ body: (UnsafeBufferPointer<UInt8>) throws(FormatError) -> Void) throws(FormatError) {
    switch v {
    case .small(let i):
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { (buffer) throws(FormatError) in
            let n = writeSmallIntDigits(i, radix: radix, uppercase: uppercase, to: buffer.baseAddress!)
            try body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    case .big:
        var text: [UInt8] = []
        appendIntDigits(v, radix: radix, uppercase: uppercase, to: &text)
        try withBytes(text, body)
    }
}

/// The integer presentation types: b c d o x X n.
private func appendIntWithSpec(_ v: FormatInt, spec: FormatSpec, to out: inout [UInt8]) throws(FormatError) {
    if spec.precision != -1 {
        throw FormatError("Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if spec.type == 0x63 {                                    // 'c'
        if spec.sign != 0 { throw FormatError("Sign not allowed with integer format specifier 'c'") }
        if spec.alternate {
            throw FormatError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        let code: Int
        switch v {
        case .small(let i): code = i
        case .big(let b):
            guard let i = b.asInt else {
                throw FormatError("Python int too large to convert to C long", kind: .overflowError)
            }
            code = i
        }
        guard code >= 0 && code <= 0x10FFFF else {
            throw FormatError("%c arg not in range(0x110000)", kind: .overflowError)
        }
        if code >= 0xD800 && code <= 0xDFFF {
            // A str is UTF-8 here, which cannot hold a lone surrogate.
            throw FormatError("lone surrogates in strings (\\u\(String(code, radix: 16))) are not supported by pyrust yet",
                              kind: .notImplementedError)
        }
        var character: [UInt8] = []
        appendScalar(UInt32(code), to: &character)
        try withBytes(character) { (body) throws(FormatError) in
            let pieces = NumberPieces(negative: false, body: body, bodyStart: 0, digitCount: 0, hasDecimal: false,
                                      remainderCharacters: 1)
            try appendNumber(pieces, spec: spec, separator: 0, groupSize: 3, to: &out)
        }
        return
    }

    let radix: Int
    var prefix: (UInt8, UInt8) = (0, 0)
    switch spec.type {
    case 0x62: radix = 2; prefix = (0x30, 0x62)
    case 0x6F: radix = 8; prefix = (0x30, 0x6F)
    case 0x78: radix = 16; prefix = (0x30, 0x78)
    case 0x58: radix = 16; prefix = (0x30, 0x58)
    default: radix = 10
    }
    // 'n' formats in the C locale: no grouping.
    let separator = spec.type == 0x6E ? 0 : spec.separator
    try withIntText(v, radix: radix, uppercase: spec.type == 0x58) { (body) throws(FormatError) in
        let negative = body.first == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        let pieces = NumberPieces(negative: negative, prefix: spec.alternate ? prefix : (0, 0), body: body,
                                  bodyStart: start, digitCount: body.count - start, hasDecimal: false,
                                  remainderCharacters: 0)
        try appendNumber(pieces, spec: spec, separator: separator, groupSize: spec.groupSize, to: &out)
    }
}
