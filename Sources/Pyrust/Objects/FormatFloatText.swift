// Doubles to text in CPython's own layouts (PyOS_double_to_string): 'e', 'f', 'g' with a
// precision, 'r' for repr, upper-case variants, '#' (keep the point and trailing zeros) and
// the "add .0 to integers" rule used by repr and by format() without a type.

/// repr(float) and str(float): shortest round-trip digits, exponent form below 1e-4 and from
/// 1e16 up, ".0" added to integral values.
func formatFloatRepr(_ d: Double) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32 + DecimalDigits.bufferCapacity) { buffer in
        let out = buffer.baseAddress!
        let n = writeFloatText(d, code: UInt8(ascii: "r"), precision: 0, alternate: false, addDotZero: true,
                               noNegativeZero: false, to: out, scratch: out + 32)
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<n]), as: UTF8.self)
    }
}

/// repr(d) (and str(d)) as a new str, written in place: no String, no byte array.
func floatReprStr(_ d: Double) -> PyStr {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32 + DecimalDigits.bufferCapacity) { buffer in
        let out = buffer.baseAddress!
        let n = writeFloatText(d, code: UInt8(ascii: "r"), precision: 0, alternate: false, addDotZero: true,
                               noNegativeZero: false, to: out, scratch: out + 32)
        return PyStr.make(copying: UnsafeBufferPointer(start: out, count: n), count: n)
    }
}

/// Appends repr(d) as UTF-8.
func appendFloatRepr(_ d: Double, to out: inout [UInt8]) {
    appendFloatText(d, code: UInt8(ascii: "r"), precision: 0, alternate: false, addDotZero: true,
                    noNegativeZero: false, to: &out)
}

/// Output bytes `writeFloatText` may need. Plain 'g' drops trailing zeros, so a huge precision
/// costs nothing there; 'e', 'f' and '#g' print all of them.
func floatTextCapacity(code: UInt8, precision: Int, alternate: Bool) -> Int {
    let general = code | 0x20 == UInt8(ascii: "g") || code == UInt8(ascii: "r")
    return general && !alternate ? 1_200 : 1_200 + min(max(precision, 0), 1 << 40)
}

/// Appends `d` as PyOS_double_to_string(d, code, precision, flags) would produce it.
/// `code` is one of e E f F g G r. The caller bounds `precision` (see formatOutputLimit).
func appendFloatText(_ d: Double, code: UInt8, precision: Int, alternate: Bool, addDotZero: Bool,
                     noNegativeZero: Bool, to out: inout [UInt8]) {
    let capacity = floatTextCapacity(code: code, precision: precision, alternate: alternate)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + DecimalDigits.bufferCapacity) { buffer in
        let n = writeFloatText(d, code: code, precision: precision, alternate: alternate, addDotZero: addDotZero,
                               noNegativeZero: noNegativeZero, to: buffer.baseAddress!,
                               scratch: buffer.baseAddress! + capacity)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }
}

/// Writes the text into `out` (at least `floatTextCapacity` bytes) and returns its length.
/// `scratch` (DecimalDigits.bufferCapacity bytes, not overlapping `out`) holds the digits.
func writeFloatText(_ d: Double, code: UInt8, precision: Int, alternate: Bool, addDotZero: Bool,
                    noNegativeZero: Bool, to out: UnsafeMutablePointer<UInt8>,
                    scratch digitBuffer: UnsafeMutablePointer<UInt8>) -> Int {
    let upper = code >= UInt8(ascii: "A") && code <= UInt8(ascii: "Z")
    let style = code | 0x20
    var n = 0
    @inline(__always) func put(_ b: UInt8) {
        out[n] = b
        n += 1
    }
    @inline(__always) func zeros(_ k: Int) {
        if k > 0 {
            (out + n).initialize(repeating: 0x30, count: k)
            n += k
        }
    }
    if d.isNaN {
        put(upper ? 0x4E : 0x6E); put(upper ? 0x41 : 0x61); put(upper ? 0x4E : 0x6E)
        return n
    }
    if d.isInfinite {
        if d < 0 { put(UInt8(ascii: "-")) }
        put(upper ? 0x49 : 0x69); put(upper ? 0x4E : 0x6E); put(upper ? 0x46 : 0x66)
        return n
    }

    do {
        var precision = precision
        let number: DecimalDigits
        switch style {
        case UInt8(ascii: "e"):
            precision += 1
            number = .significant(d, count: precision, buffer: digitBuffer)
        case UInt8(ascii: "f"):
            number = .fixed(d, fractionDigits: precision, buffer: digitBuffer)
        case UInt8(ascii: "g"):
            if precision == 0 { precision = 1 }
            number = .significant(d, count: precision, buffer: digitBuffer)
        default:
            number = .shortest(d, buffer: digitBuffer)
        }
        let digits = number.buffer
        let count = number.count
        var point = number.point

        // Which slice of the zero-padded digit string to show, and whether to use an exponent.
        var useExponent = false
        var end = count
        switch style {
        case UInt8(ascii: "e"):
            useExponent = true
            end = precision
        case UInt8(ascii: "f"):
            end = point + precision
        case UInt8(ascii: "g"):
            if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
            if alternate { end = precision }
        default:
            if point <= -4 || point > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0
        if !useExponent && addDotZero {
            end = max(end, point + 1)
        } else {
            end = max(end, point)
        }

        if number.negative && !(noNegativeZero && number.isZero) { put(UInt8(ascii: "-")) }
        if point <= 0 {
            zeros(point - start)
            put(UInt8(ascii: "."))
            zeros(-point)
        } else {
            zeros(-start)
        }
        if point > 0 && point <= count {
            (out + n).update(from: digits, count: point)
            n += point
            put(UInt8(ascii: "."))
            (out + n).update(from: digits + point, count: count - point)
            n += count - point
        } else {
            (out + n).update(from: digits, count: count)
            n += count
        }
        if count < point {
            zeros(point - count)
            put(UInt8(ascii: "."))
            zeros(end - point)
        } else {
            zeros(end - count)
        }
        if out[n - 1] == UInt8(ascii: ".") && !alternate { n -= 1 }

        if useExponent {
            put(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            put(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = UInt64(exponent.magnitude)
            if magnitude < 10 { put(0x30) }
            n += DecimalDigits.writeDecimal(magnitude, to: out + n)
        }
        return n
    }
}
