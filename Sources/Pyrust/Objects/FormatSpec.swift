// The format-spec mini language shared by format(), str.format and f-strings:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parsed exactly as CPython 3.11 does (including its error messages and their order).

/// The Python exception a formatting helper raises. Most are ValueError; int->float conversion
/// and `%c` range errors are OverflowError; absurd widths/precisions are MemoryError (CPython
/// would try to allocate them; we refuse above `formatOutputLimit`).
struct FormatError: Error, Equatable {
    enum Kind: Equatable { case valueError, overflowError, memoryError, notImplementedError }
    let kind: Kind
    let message: String

    init(_ message: String, kind: Kind = .valueError) {
        self.kind = kind
        self.message = message
    }

    static let tooLarge = FormatError("", kind: .memoryError)
}

/// An int value as the formatters see it: the VM's inline small int or a BigInt.
enum FormatInt {
    case small(Int)
    case big(BigInt)
}

/// Results longer than this many characters raise MemoryError instead of being built
/// (CPython's own limit is the machine's memory; we protect the host process).
let formatOutputLimit = 1 << 28

/// One parsed format spec. `type` and `fill` are code points; the rest are ASCII bytes.
struct FormatSpec {
    var fill: UInt32 = 0x20
    var align: UInt8 = 0
    var sign: UInt8 = 0              // 0, '+', '-' or ' '
    var noNegativeZero = false       // 'z'
    var alternate = false            // '#'
    var width = -1                   // -1: not given
    var separator: UInt8 = 0         // 0, ',' or '_'
    var groupSize = 3                // 4 for '_' with b/o/x/X
    var precision = -1               // -1: not given
    var type: UInt32 = 0             // 0: not given

    /// Parses `spec` (UTF-8). `defaultType` is 'd' for int, 's' for str, 0 for float;
    /// `defaultAlign` is '>' for numbers and '<' for str.
    init(parsing spec: UnsafeBufferPointer<UInt8>, defaultType: UInt32, defaultAlign: UInt8,
         typeName: String) throws(FormatError) {
        align = defaultAlign
        type = defaultType
        let end = spec.count
        var pos = 0
        var fillSpecified = false
        var alignSpecified = false

        // [[fill]align]: the fill may be any code point, so look past its UTF-8 length.
        if end > 0 {
            let firstLength = FormatSpec.scalarLength(spec[0])
            if firstLength < end, FormatSpec.isAlign(spec[firstLength]) {
                fill = FormatSpec.decodeScalar(spec, at: 0, length: firstLength)
                align = spec[firstLength]
                fillSpecified = true
                alignSpecified = true
                pos = firstLength + 1
            } else if FormatSpec.isAlign(spec[0]) {
                align = spec[0]
                alignSpecified = true
                pos = 1
            }
        }
        if pos < end, spec[pos] == UInt8(ascii: "+") || spec[pos] == UInt8(ascii: "-") || spec[pos] == UInt8(ascii: " ") {
            sign = spec[pos]
            pos += 1
        }
        if pos < end, spec[pos] == UInt8(ascii: "z") {
            noNegativeZero = true
            pos += 1
        }
        if pos < end, spec[pos] == UInt8(ascii: "#") {
            alternate = true
            pos += 1
        }
        // A leading '0' means zero fill; numbers (default '>') then pad after the sign.
        if !fillSpecified, pos < end, spec[pos] == UInt8(ascii: "0") {
            fill = 0x30
            if !alignSpecified && defaultAlign == UInt8(ascii: ">") { align = UInt8(ascii: "=") }
            pos += 1
        }
        if let w = try FormatSpec.readInteger(spec, &pos) { width = w }

        if pos < end, spec[pos] == UInt8(ascii: ",") {
            separator = UInt8(ascii: ",")
            pos += 1
        }
        if pos < end, spec[pos] == UInt8(ascii: "_") {
            if separator != 0 { throw FormatError("Cannot specify both ',' and '_'.") }
            separator = UInt8(ascii: "_")
            pos += 1
        }
        if pos < end, spec[pos] == UInt8(ascii: ","), separator == UInt8(ascii: "_") {
            throw FormatError("Cannot specify both ',' and '_'.")
        }
        if pos < end, spec[pos] == UInt8(ascii: ".") {
            pos += 1
            guard let p = try FormatSpec.readInteger(spec, &pos) else {
                throw FormatError("Format specifier missing precision")
            }
            precision = p
        }

        // Whatever is left must be a single code point: the presentation type.
        if pos < end {
            let length = FormatSpec.scalarLength(spec[pos])
            if pos + length < end {
                let text = String(decoding: spec, as: UTF8.self)
                throw FormatError("Invalid format specifier '\(text)' for object of type '\(typeName)'")
            }
            type = FormatSpec.decodeScalar(spec, at: pos, length: min(length, end - pos))
        }

        if separator != 0 {
            switch type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0:   // d e f g E G % F none
                break
            case 0x62, 0x6F, 0x78, 0x58:   // b o x X: only '_', grouping every four digits
                guard separator == UInt8(ascii: "_") else { throw FormatSpec.badSeparator(separator, type) }
                groupSize = 4
            default:
                throw FormatSpec.badSeparator(separator, type)
            }
        }
    }

    /// Digits of a width or precision; nil when there are none. Like CPython, any Unicode
    /// decimal digit counts (format(1.0, '\u{663}') has width 3).
    private static func readInteger(_ spec: UnsafeBufferPointer<UInt8>, _ pos: inout Int) throws(FormatError) -> Int? {
        let start = pos
        var value = 0
        while pos < spec.count {
            let lead = spec[pos]
            var digit: Int
            var length = 1
            if lead >= 0x30 && lead <= 0x39 {
                digit = Int(lead - 0x30)
            } else if lead >= 0xC0 {
                length = min(scalarLength(lead), spec.count - pos)
                guard let d = decimalValue(decodeScalar(spec, at: pos, length: length)) else { break }
                digit = d
            } else {
                break
            }
            if value > (Int.max - digit) / 10 {
                throw FormatError("Too many decimal digits in format string")
            }
            value = value * 10 + digit
            pos += length
        }
        return pos == start ? nil : value
    }

    /// The digit value of a non-ASCII decimal digit (Unicode category Nd), else nil.
    private static func decimalValue(_ code: UInt32) -> Int? {
        guard let scalar = Unicode.Scalar(code), scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue, value >= 0, value <= 9 else { return nil }
        return Int(value)
    }

    @inline(__always) private static func isAlign(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=") || b == UInt8(ascii: "^")
    }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        guard length > 1, i + length <= b.count else { return UInt32(b[i]) }
        var value = UInt32(b[i]) & (0x7F >> UInt32(length))
        for k in 1..<length { value = (value << 6) | (UInt32(b[i + k]) & 0x3F) }
        return value
    }

    /// A type code quoted the way CPython's messages show it: 'x', or '\xe9' when not printable ASCII.
    static func quotedCode(_ code: UInt32) -> String {
        if code > 32 && code < 128 { return "'\(Character(Unicode.Scalar(UInt8(code))))'" }
        return "'\\x\(String(code, radix: 16))'"
    }

    private static func badSeparator(_ separator: UInt8, _ type: UInt32) -> FormatError {
        FormatError("Cannot specify '\(Character(Unicode.Scalar(separator)))' with \(quotedCode(type)).")
    }

    static func unknownCode(_ code: UInt32, typeName: String) -> FormatError {
        FormatError("Unknown format code \(quotedCode(code)) for object of type '\(typeName)'")
    }

}

/// Appends code point `c` as UTF-8 (invalid values become U+FFFD).
func appendScalar(_ c: UInt32, to out: inout [UInt8]) {
    switch c {
    case 0..<0x80:
        out.append(UInt8(c))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (c >> 6)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (c >> 12)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    case 0x10000..<0x110000:
        out.append(UInt8(0xF0 | (c >> 18)))
        out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (c & 0x3F)))
    default:
        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }
}

/// Appends `count` copies of code point `fill`.
@inline(__always) func appendFill(_ fill: UInt32, count: Int, to out: inout [UInt8]) {
    guard count > 0 else { return }
    if fill < 0x80 {
        out.append(contentsOf: repeatElement(UInt8(fill), count: count))
    } else {
        for _ in 0..<count { appendScalar(fill, to: &out) }
    }
}

// The two helpers below are deliberately non-generic and pass the error out through a
// captured variable: generic versions cost a run-time metadata lookup on every call.

/// Runs `body` on the UTF-8 of `s` (no copy for native strings).
func withUTF8Bytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws(FormatError) -> Void) throws(FormatError) {
    var s = s
    var failure: FormatError? = nil
    s.withUTF8 { buffer in
        do throws(FormatError) { try body(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
}

/// Runs `body` on the bytes of an array (e.g. a PyStr's UTF-8) with typed throws.
func withBytes(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(FormatError) -> Void) throws(FormatError) {
    var failure: FormatError? = nil
    bytes.withUnsafeBufferPointer { buffer in
        do throws(FormatError) { try body(buffer) } catch { failure = error }
    }
    if let failure { throw failure }
}
