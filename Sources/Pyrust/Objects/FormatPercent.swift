// The number conversions of printf-style '...' % args: %d %i %u %o %x %X for ints and
// %e %E %f %F %g %G for floats, with flags '-', '+', ' ', '#', '0', width and precision
// (CPython's _PyUnicode_FormatLong, formatfloat and unicode_format_arg_output).

/// One parsed %-conversion. The str-formatting parser fills it; `width`/`precision` are nil
/// when absent ('*' values already resolved: a negative '*' width sets leftAdjust).
struct PercentSpec {
    var leftAdjust = false      // '-'
    var plusSign = false        // '+'
    var blankSign = false       // ' '
    var alternate = false       // '#'
    var zeroPad = false         // '0'
    var width: Int? = nil
    var precision: Int? = nil
    /// One of d i u o x X (ints) or e E f F g G (floats).
    var type: UInt8

    init(type: UInt8) { self.type = type }
}

/// '%<spec>' % v for an int and an int conversion (d i u o x X). Floats must be converted
/// to int by the caller first (%d accepts floats, %x does not).
func percentFormatInt(_ v: FormatInt, _ spec: PercentSpec) throws(FormatError) -> String {
    var out: [UInt8] = []
    try appendPercentInt(v, spec, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// '%<spec>' % d for a float conversion (e E f F g G).
func percentFormatFloat(_ d: Double, _ spec: PercentSpec) throws(FormatError) -> String {
    var out: [UInt8] = []
    try appendPercentFloat(d, spec, to: &out)
    return String(decoding: out, as: UTF8.self)
}

func appendPercentInt(_ v: FormatInt, _ spec: PercentSpec, to out: inout [UInt8]) throws(FormatError) {
    let precision = max(spec.precision ?? 0, 0)
    if precision > formatOutputLimit { throw FormatError.tooLarge }
    let type = spec.type
    let radix = type == UInt8(ascii: "o") ? 8 : (type == UInt8(ascii: "x") || type == UInt8(ascii: "X")) ? 16 : 10
    let prefixed = spec.alternate && radix != 10
    // The text is "-"? ("0x" | "0X" | "0o")? zeros digits, with zeros up to `precision` digits.
    switch v {
    case .small(let i):
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { (buffer) throws(FormatError) in
            let n = writeSmallIntDigits(i, radix: radix, uppercase: type == UInt8(ascii: "X"), to: buffer.baseAddress!)
            let start = i < 0 ? 1 : 0
            try appendPercentNumber(negative: i < 0, prefixed: prefixed, zeroFill: max(0, precision - (n - start)),
                                    digits: UnsafeBufferPointer(rebasing: buffer[start..<n]), spec, to: &out)
        }
    case .big(let b):
        var text: [UInt8] = []
        appendIntDigits(v, radix: radix, uppercase: type == UInt8(ascii: "X"), to: &text)
        let start = b.isNegative ? 1 : 0
        try withBytes(text) { (buffer) throws(FormatError) in
            try appendPercentNumber(negative: b.isNegative, prefixed: prefixed,
                                    zeroFill: max(0, precision - (buffer.count - start)),
                                    digits: UnsafeBufferPointer(rebasing: buffer[start...]), spec, to: &out)
        }
    }
}

func appendPercentFloat(_ d: Double, _ spec: PercentSpec, to out: inout [UInt8]) throws(FormatError) {
    let precision = max(spec.precision ?? 6, 0)
    let capacity = floatTextCapacity(code: spec.type, precision: precision, alternate: spec.alternate)
    if capacity > formatOutputLimit { throw FormatError.tooLarge }
    let total = capacity + DecimalDigits.bufferCapacity
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { (buffer) throws(FormatError) in
        let n = writeFloatText(d, code: spec.type, precision: precision, alternate: spec.alternate,
                               addDotZero: false, noNegativeZero: false, to: buffer.baseAddress!,
                               scratch: buffer.baseAddress! + capacity)
        let negative = buffer[0] == UInt8(ascii: "-")
        try appendPercentNumber(negative: negative, prefixed: false, zeroFill: 0,
                                digits: UnsafeBufferPointer(rebasing: buffer[(negative ? 1 : 0)..<n]), spec, to: &out)
    }
}

/// Pads a formatted number the way unicode_format_arg_output does: with '0' fill the sign and
/// the '0x'-style prefix go in front of the padding, with ' ' fill after it.
private func appendPercentNumber(negative: Bool, prefixed: Bool, zeroFill: Int, digits: UnsafeBufferPointer<UInt8>,
                                 _ spec: PercentSpec, to out: inout [UInt8]) throws(FormatError) {
    var width = spec.width ?? -1
    if width > formatOutputLimit { throw FormatError.tooLarge }
    let fill: UInt8 = spec.zeroPad ? 0x30 : 0x20
    var length = (prefixed ? 2 : 0) + zeroFill + digits.count      // without the sign
    let sign: UInt8 = negative ? UInt8(ascii: "-")
        : spec.plusSign ? UInt8(ascii: "+") : spec.blankSign ? UInt8(ascii: " ") : 0
    if width < length { width = length }
    out.reserveCapacity(out.count + width + 2)

    if sign != 0 {
        if fill != 0x20 { out.append(sign) }
        if width > length { width -= 1 }
    }
    if prefixed {
        if fill != 0x20 { out.append(0x30); out.append(spec.type) }
        width = max(width - 2, 0)
        length -= 2
    }
    if width > length && !spec.leftAdjust {
        out.append(contentsOf: repeatElement(fill, count: width - length))
        width = length
    }
    if fill == 0x20 {
        if sign != 0 { out.append(sign) }
        if prefixed { out.append(0x30); out.append(spec.type) }
    }
    out.append(contentsOf: repeatElement(0x30, count: zeroFill))
    out.append(contentsOf: digits)
    if width > length { out.append(contentsOf: repeatElement(0x20, count: width - length)) }
}
