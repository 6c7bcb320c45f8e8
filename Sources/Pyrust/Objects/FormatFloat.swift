// format(float, spec): CPython's float.__format__ (format_float_internal).

/// format(d, spec) for a float. An empty spec is str(d). `typeName` only appears in messages.
func formatFloat(_ d: Double, spec: String, typeName: String = "float") throws(FormatError) -> String {
    if spec.isEmpty { return formatFloatRepr(d) }
    var out: [UInt8] = []
    try withUTF8Bytes(spec) { (spec) throws(FormatError) in
        try appendFormattedFloat(d, spec: spec, typeName: typeName, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
}

/// Byte-level form of `formatFloat` for callers that build UTF-8 directly.
func appendFormattedFloat(_ d: Double, spec: UnsafeBufferPointer<UInt8>, typeName: String = "float",
                          to out: inout [UInt8]) throws(FormatError) {
    if spec.isEmpty {
        appendFloatRepr(d, to: &out)
        return
    }
    let parsed = try FormatSpec(parsing: spec, defaultType: 0, defaultAlign: UInt8(ascii: ">"), typeName: typeName)
    switch parsed.type {
    case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25:   // none e E f F g G n %
        try appendFloat(d, spec: parsed, to: &out)
    default:
        throw FormatSpec.unknownCode(parsed.type, typeName: typeName)
    }
}

/// Formats with an already parsed spec whose type is a float presentation type (int uses
/// this too for 'e', 'f', 'g', '%').
func appendFloat(_ d: Double, spec: FormatSpec, to out: inout [UInt8]) throws(FormatError) {
    if spec.precision > Int(Int32.max) { throw FormatError("precision too big") }
    var code = UInt8(truncatingIfNeeded: spec.type)
    var precision = spec.precision
    var defaultPrecision = 6
    var addDotZero = false
    var value = d
    var percent = false
    switch spec.type {
    case 0:
        // No type: repr without a precision, else 'g' that keeps a ".0" on integers.
        addDotZero = true
        code = UInt8(ascii: "r")
        defaultPrecision = 0
    case 0x6E:
        code = UInt8(ascii: "g")
    case 0x25:
        code = UInt8(ascii: "f")
        value *= 100
        percent = true
    default:
        break
    }
    if precision < 0 {
        precision = defaultPrecision
    } else if code == UInt8(ascii: "r") {
        code = UInt8(ascii: "g")
    }
    let capacity = floatTextCapacity(code: code, precision: precision, alternate: spec.alternate)
    if capacity > formatOutputLimit || spec.width > formatOutputLimit { throw FormatError.tooLarge }

    // Output (plus room for '%') first, then the digit scratch.
    let total = capacity + 1 + DecimalDigits.bufferCapacity
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { (buffer) throws(FormatError) in
        var n = writeFloatText(value, code: code, precision: precision, alternate: spec.alternate,
                               addDotZero: addDotZero, noNegativeZero: spec.noNegativeZero, to: buffer.baseAddress!,
                               scratch: buffer.baseAddress! + capacity + 1)
        if percent {
            buffer[n] = UInt8(ascii: "%")
            n += 1
        }
        let body = UnsafeBufferPointer(rebasing: buffer[0..<n])
        let plain = spec.sign != UInt8(ascii: "+") && spec.sign != UInt8(ascii: " ") && spec.width < 0
            && spec.type != 0x6E && spec.separator == 0
        if plain {
            out.append(contentsOf: body)
            return
        }
        let negative = body[0] == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        var digitsEnd = start
        while digitsEnd < n, body[digitsEnd] >= 0x30, body[digitsEnd] <= 0x39 { digitsEnd += 1 }
        let hasDecimal = digitsEnd < n && body[digitsEnd] == UInt8(ascii: ".")
        let pieces = NumberPieces(negative: negative, body: body, bodyStart: start, digitCount: digitsEnd - start,
                                  hasDecimal: hasDecimal,
                                  remainderCharacters: n - digitsEnd - (hasDecimal ? 1 : 0))
        // 'n' uses the C locale here: no grouping.
        let separator = spec.type == 0x6E ? 0 : spec.separator
        try appendNumber(pieces, spec: spec, separator: separator, groupSize: spec.groupSize, to: &out)
    }
}
