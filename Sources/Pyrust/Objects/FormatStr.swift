// format(str, spec): CPython's str.__format__ (format_string_internal). Widths and precisions
// count code points, not bytes or grapheme clusters.

/// format(s, spec) for a str. An empty spec returns s unchanged.
func formatStr(_ s: String, spec: String, typeName: String = "str") throws(FormatError) -> String {
    if spec.isEmpty { return s }
    var out: [UInt8] = []
    let scalarCount = s.unicodeScalars.count
    try withUTF8Bytes(s) { (text) throws(FormatError) in
        try withUTF8Bytes(spec) { (spec) throws(FormatError) in
            try appendFormattedStr(text, scalarCount: scalarCount, spec: spec, typeName: typeName, to: &out)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Byte-level form of `formatStr`: `text` is valid UTF-8 holding `scalarCount` code points.
func appendFormattedStr(_ text: UnsafeBufferPointer<UInt8>, scalarCount: Int, spec: UnsafeBufferPointer<UInt8>,
                        typeName: String = "str", to out: inout [UInt8]) throws(FormatError) {
    if spec.isEmpty {
        out.append(contentsOf: text)
        return
    }
    let parsed = try FormatSpec(parsing: spec, defaultType: 0x73, defaultAlign: UInt8(ascii: "<"), typeName: typeName)
    if parsed.type != 0x73 { throw FormatSpec.unknownCode(parsed.type, typeName: typeName) }
    if parsed.sign == UInt8(ascii: " ") { throw FormatError("Space not allowed in string format specifier") }
    if parsed.sign != 0 { throw FormatError("Sign not allowed in string format specifier") }
    if parsed.noNegativeZero {
        throw FormatError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if parsed.alternate { throw FormatError("Alternate form (#) not allowed in string format specifier") }
    if parsed.align == UInt8(ascii: "=") {
        throw FormatError("'=' alignment not allowed in string format specifier")
    }

    var length = scalarCount
    var byteEnd = text.count
    if parsed.precision >= 0 && length > parsed.precision {
        // Cut after `precision` code points.
        length = parsed.precision
        var seen = 0
        byteEnd = 0
        while byteEnd < text.count {
            if text[byteEnd] & 0xC0 != 0x80 {
                if seen == length { break }
                seen += 1
            }
            byteEnd += 1
        }
    }
    let padding = parsed.width - length
    if padding > 0 && parsed.width > formatOutputLimit { throw FormatError.tooLarge }
    var left = 0, right = 0
    if padding > 0 {
        switch parsed.align {
        case UInt8(ascii: ">"): left = padding
        case UInt8(ascii: "^"): left = padding / 2; right = padding - left
        default: right = padding
        }
    }
    appendFill(parsed.fill, count: left, to: &out)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<byteEnd]))
    appendFill(parsed.fill, count: right, to: &out)
}
