// Padding, sign, prefix and digit grouping around a formatted int or float, laid out as
//   <left pad><sign><prefix><pad after sign><grouped digits><.><remainder><right pad>
// With fill '0' and '=' alignment the zero padding goes through the grouping, so
// format(1234, '010,') is '00,001,234' just as in CPython.

/// A number's text split for layout: `body[bodyStart...]` holds the digits to group, then an
/// optional '.', then the remainder (fraction, exponent, '%', or the character for 'c').
struct NumberPieces {
    var negative: Bool
    /// "0x"-style prefix as two bytes, or (0, 0) for none.
    var prefix: (UInt8, UInt8) = (0, 0)
    var body: UnsafeBufferPointer<UInt8>
    var bodyStart: Int
    var digitCount: Int
    var hasDecimal: Bool
    /// Code points after the digits and the point (the 'c' character may be several bytes).
    var remainderCharacters: Int
}

/// Appends `pieces` laid out per `spec`. `separator` is 0 for no grouping.
func appendNumber(_ pieces: NumberPieces, spec: FormatSpec, separator: UInt8, groupSize: Int,
                  to out: inout [UInt8]) throws(FormatError) {
    if spec.width > formatOutputLimit { throw FormatError.tooLarge }
    var signByte: UInt8 = pieces.negative ? UInt8(ascii: "-") : 0
    if !pieces.negative {
        if spec.sign == UInt8(ascii: "+") { signByte = UInt8(ascii: "+") }
        if spec.sign == UInt8(ascii: " ") { signByte = UInt8(ascii: " ") }
    }
    let prefixCount = pieces.prefix.0 == 0 ? 0 : 2
    let nonDigits = (signByte == 0 ? 0 : 1) + prefixCount + (pieces.hasDecimal ? 1 : 0) + pieces.remainderCharacters
    let minimumDigits = (spec.fill == 0x30 && spec.align == UInt8(ascii: "=")) ? spec.width - nonDigits : 0
    let digitCount = pieces.digitCount
    let grouping = separator != 0 && digitCount > 0

    // Length of the digit field: groups from the right, zero-filled up to minimumDigits.
    var groupedCount = digitCount
    if grouping {
        groupedCount = 0
        var remaining = digitCount
        var wanted = minimumDigits
        while true {
            let length = min(groupSize, max(remaining, wanted, 1))
            groupedCount += length
            remaining -= min(remaining, length)
            wanted -= length
            if remaining <= 0 && wanted <= 0 { break }
            wanted -= 1                 // the separator counts toward the width
            groupedCount += 1
        }
    } else if digitCount > 0 && minimumDigits > digitCount {
        groupedCount = minimumDigits
    }

    let padding = spec.width - (nonDigits + groupedCount)
    var left = 0, afterSign = 0, right = 0
    if padding > 0 {
        switch spec.align {
        case UInt8(ascii: "<"): right = padding
        case UInt8(ascii: "^"): left = padding / 2; right = padding - left
        case UInt8(ascii: "="): afterSign = padding
        default: left = padding
        }
    }
    let fillWidth = spec.fill < 0x80 ? 1 : 4
    out.reserveCapacity(out.count + (left + afterSign + right) * fillWidth + groupedCount + pieces.body.count + 4)
    appendFill(spec.fill, count: left, to: &out)
    if signByte != 0 { out.append(signByte) }
    if prefixCount > 0 {
        out.append(pieces.prefix.0)
        out.append(pieces.prefix.1)
    }
    appendFill(spec.fill, count: afterSign, to: &out)

    let digitsEnd = pieces.bodyStart + digitCount
    if grouping {
        // Reserve the field, then fill it from the right: digits, zero fill, separators.
        out.append(contentsOf: repeatElement(0x30, count: groupedCount))
        var position = out.count
        var source = digitsEnd
        var remaining = digitCount
        var wanted = minimumDigits
        var first = true
        while true {
            let length = min(groupSize, max(remaining, wanted, 1))
            let characters = min(remaining, length)
            if !first {
                position -= 1
                out[position] = separator
            }
            first = false
            for _ in 0..<characters {
                position -= 1
                source -= 1
                out[position] = pieces.body[source]
            }
            position -= length - characters     // zeros already in place
            remaining -= characters
            wanted -= length
            if remaining <= 0 && wanted <= 0 { break }
            wanted -= 1
        }
    } else {
        out.append(contentsOf: repeatElement(0x30, count: groupedCount - digitCount))
        out.append(contentsOf: UnsafeBufferPointer(rebasing: pieces.body[pieces.bodyStart..<digitsEnd]))
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: pieces.body[digitsEnd...]))
    appendFill(spec.fill, count: right, to: &out)
}
