// str.encode, bytes.decode and str(b, encoding): the utf-8, ascii and latin-1 codecs (with
// CPython's aliases and name normalisation) and the strict, ignore, replace, backslashreplace
// and xmlcharrefreplace error handlers, raising UnicodeDecodeError / UnicodeEncodeError with
// CPython's positions, reasons and messages. Other codecs that CPython has raise
// NotImplementedError; names CPython does not know raise its LookupError.

enum Codec {
    case utf8, ascii, latin1

    /// The name CPython's codec reports in its errors.
    var errorName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }
}

/// CPython's encodings.normalize_encoding after lower-casing: runs of characters other than
/// ASCII letters, digits and '.' become one '_', none at either end (non-ASCII letters and
/// digits are dropped).
private func normalizeEncoding(_ name: PyStr) -> String {
    var out: [UInt8] = []
    var punct = false
    for c in name.scalars {
        let alnum: Bool
        if c < 0x80 {
            let b = UInt8(c)
            alnum = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: ".")
        } else if let u = Unicode.Scalar(c) {
            alnum = u.properties.isAlphabetic || u.properties.numericType != nil
        } else {
            alnum = false
        }
        if !alnum { punct = true; continue }
        if punct && !out.isEmpty { out.append(UInt8(ascii: "_")) }
        if c < 0x80 {
            let b = UInt8(c)
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        punct = false
    }
    return String(decoding: out, as: UTF8.self)
}

/// The codec for an encoding name, or CPython's LookupError (or NotImplementedError for a
/// codec CPython has and pyrust does not).
func lookupCodec(_ name: PyStr) throws(PyError) -> Codec {
    if let c = commonCodec(name) { return c }
    let n = normalizeEncoding(name)
    // An alias may also match with its dots as underscores (CPython's search function).
    let alt = String(n.map { $0 == "." ? "_" : $0 })
    switch n {
    case "utf_8": return .utf8
    case "ascii": return .ascii
    case "latin_1": return .latin1
    default: break
    }
    for key in [n, alt] {
        switch key {
        case "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
            return .utf8
        case "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
             "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
            return .ascii
        case "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
             "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1":
            return .latin1
        default:
            break
        }
    }
    if !n.isEmpty && (otherCodecNames.contains("|\(n)|") || otherCodecNames.contains("|\(alt)|")) {
        throw notSupported("the '\(name.string)' codec")
    }
    throw PyError(.lookupError, "unknown encoding: \(name.string)")
}

/// The codec of the usual spellings ("utf-8", "UTF8", "ascii", "Latin-1", ...) read straight
/// from the bytes, without normalising into a String; nil sends the name the long way.
@inline(__always)
private func commonCodec(_ name: PyStr) -> Codec? {
    let n = name.byteCount
    guard n >= 4 && n <= 7 else { return nil }
    let key: UInt64 = name.withUnsafeBufferPointer { b in
        // Letters lower-cased and '-' read as '_' (what normalisation makes of them), packed
        // little-endian; other bytes stay as they are and match nothing below.
        let p = b.baseAddress.unsafelyUnwrapped
        var k: UInt64 = 0
        var i = n - 1
        while i >= 0 {
            var c = p[i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 } else if c == 0x2D { c = 0x5F }
            k = (k << 8) | UInt64(c)
            i -= 1
        }
        return k
    }
    switch key {
    case 0x385f667475, 0x38667475: return .utf8        // utf_8, utf8
    case 0x6969637361: return .ascii                    // ascii
    case 0x315f6e6974616c, 0x316e6974616c: return .latin1   // latin_1, latin1
    default: return nil
    }
}

/// Every other codec name and alias CPython 3.11 finds on Linux (encodings.aliases and the
/// encodings package), normalised, between bars.
private var otherCodecNames: String {
    return """
        |037|1026|1125|1140|1250|1251|1252|1253|1254|1255|1256|1257|1258|273|424|437|500|775|850|852|
        |855|857|858|860|861|862|863|864|865|866|869|932|936|949|950|arabic|asmo_708|base64|
        |base64_codec|base_64|big5|big5_hkscs|big5_tw|big5hkscs|bz2|bz2_codec|charmap|chinese|cp037|
        |cp1006|cp1026|cp1051|cp1125|cp1140|cp1250|cp1251|cp1252|cp1253|cp1254|cp1255|cp1256|cp1257|
        |cp1258|cp1361|cp154|cp273|cp424|cp437|cp500|cp720|cp737|cp775|cp850|cp852|cp855|cp856|cp857|
        |cp858|cp860|cp861|cp862|cp863|cp864|cp865|cp866|cp866u|cp869|cp874|cp875|cp932|cp936|cp949|
        |cp950|cp_gr|cp_is|csbig5|csibm037|csibm1026|csibm273|csibm424|csibm500|csibm855|csibm857|
        |csibm858|csibm860|csibm861|csibm863|csibm864|csibm865|csibm866|csibm869|csiso2022jp|
        |csiso2022kr|csiso58gb231280|csisolatin2|csisolatin3|csisolatin4|csisolatin5|csisolatin6|
        |csisolatinarabic|csisolatincyrillic|csisolatingreek|csisolatinhebrew|cskoi8r|cspc775baltic|
        |cspc850multilingual|cspc862latinhebrew|cspc8codepage437|cspcp852|csptcp154|csshiftjis|
        |cyrillic|cyrillic_asian|ebcdic_cp_be|ebcdic_cp_ca|ebcdic_cp_ch|ebcdic_cp_he|ebcdic_cp_nl|
        |ebcdic_cp_us|ebcdic_cp_wt|ecma_114|ecma_118|elot_928|euc_cn|euc_jis2004|euc_jis_2004|
        |euc_jisx0213|euc_jp|euc_kr|euccn|eucgb2312_cn|eucjis2004|eucjisx0213|eucjp|euckr|gb18030|
        |gb18030_2000|gb2312|gb2312_1980|gb2312_80|gbk|greek|greek8|hebrew|hex|hex_codec|hkscs|
        |hp_roman8|hz|hz_gb|hz_gb_2312|hzgb|ibm037|ibm039|ibm1026|ibm1051|ibm1125|ibm1140|ibm273|
        |ibm424|ibm437|ibm500|ibm775|ibm850|ibm852|ibm855|ibm857|ibm858|ibm860|ibm861|ibm862|ibm863|
        |ibm864|ibm865|ibm866|ibm869|idna|iso2022_jp|iso2022_jp_1|iso2022_jp_2|iso2022_jp_2004|
        |iso2022_jp_3|iso2022_jp_ext|iso2022_kr|iso2022jp|iso2022jp_1|iso2022jp_2|iso2022jp_2004|
        |iso2022jp_3|iso2022jp_ext|iso2022kr|iso8859_10|iso8859_11|iso8859_13|iso8859_14|iso8859_15|
        |iso8859_16|iso8859_2|iso8859_3|iso8859_4|iso8859_5|iso8859_6|iso8859_7|iso8859_8|iso8859_9|
        |iso_2022_jp|iso_2022_jp_1|iso_2022_jp_2|iso_2022_jp_2004|iso_2022_jp_3|iso_2022_jp_ext|
        |iso_2022_kr|iso_8859_10|iso_8859_10_1992|iso_8859_11|iso_8859_11_2001|iso_8859_13|
        |iso_8859_14|iso_8859_14_1998|iso_8859_15|iso_8859_16|iso_8859_16_2001|iso_8859_2|
        |iso_8859_2_1987|iso_8859_3|iso_8859_3_1988|iso_8859_4|iso_8859_4_1988|iso_8859_5|
        |iso_8859_5_1988|iso_8859_6|iso_8859_6_1987|iso_8859_7|iso_8859_7_1987|iso_8859_8|
        |iso_8859_8_1988|iso_8859_9|iso_8859_9_1989|iso_celtic|iso_ir_101|iso_ir_109|iso_ir_110|
        |iso_ir_126|iso_ir_127|iso_ir_138|iso_ir_144|iso_ir_148|iso_ir_157|iso_ir_166|iso_ir_199|
        |iso_ir_226|iso_ir_58|jisx0213|johab|koi8_r|koi8_t|koi8_u|korean|ks_c_5601|ks_c_5601_1987|
        |ks_x_1001|ksc5601|ksx1001|kz1048|kz_1048|l10|l2|l3|l4|l5|l6|l7|l8|l9|latin10|latin2|latin3|
        |latin4|latin5|latin6|latin7|latin8|latin9|mac_arabic|mac_centeuro|mac_croatian|mac_cyrillic|
        |mac_farsi|mac_greek|mac_iceland|mac_latin2|mac_roman|mac_romanian|mac_turkish|
        |maccentraleurope|maccyrillic|macgreek|maciceland|macintosh|maclatin2|macroman|macturkish|
        |ms1361|ms932|ms936|ms949|ms950|ms_kanji|mskanji|palmos|pt154|ptcp154|punycode|quopri|
        |quopri_codec|quoted_printable|quotedprintable|r8|raw_unicode_escape|rk1048|roman8|rot13|
        |rot_13|ruscii|s_jis|s_jis_2004|s_jisx0213|shift_jis|shift_jis_2004|shift_jisx0213|shiftjis|
        |shiftjis2004|shiftjisx0213|sjis|sjis_2004|sjisx0213|strk1048_2002|thai|tis620|tis_620|
        |tis_620_0|tis_620_2529_0|tis_620_2529_1|u16|u32|u7|u_jis|uhc|ujis|undefined|
        |unicode_1_1_utf_7|unicode_escape|unicodebigunmarked|unicodelittleunmarked|utf16|utf32|utf7|
        |utf_16|utf_16_be|utf_16_le|utf_16be|utf_16le|utf_32|utf_32_be|utf_32_le|utf_32be|utf_32le|
        |utf_7|utf_8_sig|uu|uu_codec|windows_1250|windows_1251|windows_1252|windows_1253|
        |windows_1254|windows_1255|windows_1256|windows_1257|windows_1258|x_mac_japanese|
        |x_mac_korean|x_mac_simp_chinese|x_mac_trad_chinese|zip|zlib|zlib_codec|
        """
}

/// How one error handler treats an error (looked up only when an error happens, as CPython does).
private enum ErrorHandler {
    case strict, ignore, replace, backslashReplace, xmlCharRefReplace

    /// nil: no errors argument (strict).
    init(_ name: PyStr?, decoding: Bool) throws(PyError) {
        guard let name = name else {
            self = .strict
            return
        }
        switch name.string {
        case "strict": self = .strict
        case "ignore": self = .ignore
        case "replace": self = .replace
        case "backslashreplace": self = .backslashReplace
        case "xmlcharrefreplace", "namereplace":
            if decoding { throw typeError("don't know how to handle UnicodeDecodeError in error callback") }
            if name.string == "namereplace" { throw notSupported("the 'namereplace' error handler") }
            self = .xmlCharRefReplace
        case "surrogateescape", "surrogatepass":
            // Both would need lone surrogates, which pyrust's UTF-8 strs cannot hold.
            throw notSupported("the '\(name.string)' error handler")
        default:
            throw PyError(.lookupError, "unknown error handler name '\(name.string)'")
        }
    }
}

/// `encoding=`/`errors=` arguments: nil when not given, a str, or CPython's TypeError.
func codecNameArgument(_ v: Value?, _ fname: String, _ argName: String) throws(PyError) -> PyStr? {
    guard let v = v else { return nil }
    guard case .str(let s) = v else {
        // Argument Clinic's wording names None as "None".
        throw typeError("\(fname)() argument '\(argName)' must be str, not \(v.isNone ? "None" : typeName(v))")
    }
    return s
}

/// The (encoding, errors) arguments of str.encode and bytes.decode, nil when not given;
/// positional-only calls skip the general binder (and its arrays).
@inline(__always)
func codecArguments(_ args: Args, _ fname: String) throws(PyError) -> (PyStr?, PyStr?) {
    if !args.hasKeywords && args.count <= 2 {
        let encoding = try codecNameArgument(args.count > 0 ? args[0] : nil, fname, "encoding")
        let errors = try codecNameArgument(args.count > 1 ? args[1] : nil, fname, "errors")
        return (encoding, errors)
    }
    let bound = try bindArguments(args, fname, ["encoding", "errors"])
    return (try codecNameArgument(bound[0], fname, "encoding"), try codecNameArgument(bound[1], fname, "errors"))
}

// MARK: - decoding

/// bytes.decode(encoding, errors); nil arguments: utf-8, strict.
func decodeBytes(_ b: [UInt8], encoding: PyStr?, errors: PyStr?) throws(PyError) -> PyStr {
    if b.isEmpty { return PyStr.empty }   // CPython answers before looking the codec up
    let codec = encoding == nil ? .utf8 : try lookupCodec(encoding.unsafelyUnwrapped)
    if let s = decodeValid(b, codec) { return s }
    return try decodeBytes(b, codec: codec, errors: errors)
}

/// The str of bytes that decode without an error (the usual case), copied in one piece; nil
/// when some byte needs the error handler (or latin-1 needs re-encoding), for the full decoder.
private func decodeValid(_ b: [UInt8], _ codec: Codec) -> PyStr? {
    return b.withUnsafeBufferPointer { (u: UnsafeBufferPointer<UInt8>) -> PyStr? in
        let n = u.count
        guard let p = u.baseAddress, n <= Limits.maxSequenceLength else { return nil }
        var i = 0
        // ASCII prefix, eight bytes at a time.
        while i + 8 <= n {
            if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < n && p[i] < 0x80 { i += 1 }
        if i == n { return PyStr.make(copying: u, count: n) }
        guard codec == .utf8 else { return nil }
        var count = i
        while i < n {
            let c0 = p[i]
            if c0 < 0x80 {
                count += 1
                i += 1
                continue
            }
            // Well-formed sequences only (CPython's ranges: no overlongs, surrogates or values
            // past U+10FFFF); anything else goes to the full decoder for its error.
            guard let (length, lo, hi) = utf8Sequence(c0) else { return nil }
            if i + length > n { return nil }
            let c1 = p[i + 1]
            if c1 < lo || c1 > hi { return nil }
            var k = 2
            while k < length {
                if p[i + k] & 0xC0 != 0x80 { return nil }
                k += 1
            }
            count += 1
            i += length
        }
        return PyStr.make(copying: u, count: count)
    }
}

private func decodeBytes(_ b: [UInt8], codec: Codec, errors: PyStr?) throws(PyError) -> PyStr {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var count = 0
    var handler: ErrorHandler? = nil
    /// Applies the error handler to b[start..<end].
    func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyError) {
        if handler == nil { handler = try ErrorHandler(errors, decoding: true) }
        switch handler! {
        case .strict:
            throw PyError(PyException(.unicodeDecodeError, args: [
                .str(codec.errorName), .bytes(b), .int(start), .int(end), .str(reason),
            ]))
        case .ignore: break
        case .replace:
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            count += 1
        case .backslashReplace:
            for c in b[start..<end] {
                out.append(contentsOf: [92, UInt8(ascii: "x"), hexDigitByte(c >> 4), hexDigitByte(c & 0xF)])
                count += 4
            }
        case .xmlCharRefReplace: break   // refused for decoding by ErrorHandler
        }
    }
    let n = b.count
    var i = 0
    switch codec {
    case .latin1:
        for c in b { PyStr.encode(UInt32(c), into: &out) }
        count = n
    case .ascii:
        while i < n {
            if b[i] < 0x80 {
                out.append(b[i])
                count += 1
            } else {
                try fail(i, i + 1, "ordinal not in range(128)")
            }
            i += 1
        }
    case .utf8:
        while i < n {
            let c0 = b[i]
            if c0 < 0x80 {
                out.append(c0)
                count += 1
                i += 1
                continue
            }
            // CPython's rules: the sequence length from the first byte, the allowed range of
            // the second byte (no overlongs, surrogates or values past U+10FFFF), then plain
            // continuation bytes. An error covers the valid prefix seen so far.
            guard let (length, lo, hi) = utf8Sequence(c0) else {
                try fail(i, i + 1, "invalid start byte")
                i += 1
                continue
            }
            var k = 1
            var bad = false
            while k < length {
                if i + k >= n {
                    try fail(i, n, "unexpected end of data")
                    i = n
                    bad = true
                    break
                }
                let c = b[i + k]
                let ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF)
                if !ok {
                    try fail(i, i + k, "invalid continuation byte")
                    i += k
                    bad = true
                    break
                }
                k += 1
            }
            if bad { continue }
            out.append(contentsOf: b[i..<(i + length)])
            count += 1
            i += length
        }
    }
    if out.count > Limits.maxSequenceLength { throw memoryError() }
    return PyStr.make(bytes: out, count: count)
}

// MARK: - encoding

/// str.encode(encoding, errors); nil arguments: utf-8, strict.
func encodeStr(_ s: PyStr, encoding: PyStr?, errors: PyStr?) throws(PyError) -> [UInt8] {
    let codec = encoding == nil ? .utf8 : try lookupCodec(encoding.unsafelyUnwrapped)
    if codec == .utf8 || s.isASCII { return s.byteArray }
    let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
    let chars = s.scalars
    var out: [UInt8] = []
    out.reserveCapacity(chars.count)
    var handler: ErrorHandler? = nil
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if c < limit {
            out.append(UInt8(c))
            i += 1
            continue
        }
        // The run of characters the codec cannot encode is one error.
        var end = i + 1
        while end < chars.count && chars[end] >= limit { end += 1 }
        if handler == nil { handler = try ErrorHandler(errors, decoding: false) }
        switch handler! {
        case .strict:
            throw PyError(PyException(.unicodeEncodeError, args: [
                .str(codec.errorName), .str(s), .int(i), .int(end), .str("ordinal not in range(\(limit))"),
            ]))
        case .ignore: break
        case .replace:
            for _ in i..<end { out.append(UInt8(ascii: "?")) }
        case .backslashReplace:
            for c in chars[i..<end] { appendCodePointEscape(c, &out) }
        case .xmlCharRefReplace:
            for c in chars[i..<end] {
                out.append(contentsOf: "&#\(c);".utf8)
            }
        }
        if out.count > Limits.maxSequenceLength { throw memoryError() }
        i = end
    }
    return out
}

/// \xhh, \uhhhh or \Uhhhhhhhh for a code point (backslashreplace, UnicodeEncodeError's text).
private func appendCodePointEscape(_ c: UInt32, _ out: inout [UInt8]) {
    let digits = c < 0x100 ? 2 : (c < 0x10000 ? 4 : 8)
    out.append(92)
    out.append(UInt8(ascii: digits == 2 ? "x" : (digits == 4 ? "u" : "U")))
    var k = digits - 1
    while k >= 0 {
        out.append(hexDigitByte(UInt8((c >> UInt32(4 * k)) & 0xF)))
        k -= 1
    }
}

// MARK: - UnicodeDecodeError and UnicodeEncodeError

extension PyException {
    /// The five arguments of a UnicodeDecodeError/UnicodeEncodeError: encoding, object,
    /// start, end, reason (nil for other exceptions, or when they are not all there).
    var unicodeErrorParts: (encoding: PyStr, object: Value, start: Int, end: Int, reason: PyStr)? {
        guard type.isSubtype(of: .unicodeDecodeError) || type.isSubtype(of: .unicodeEncodeError),
              args.count == 5, case .str(let enc) = args[0], case .int(let start) = args[2],
              case .int(let end) = args[3], case .str(let reason) = args[4] else { return nil }
        return (enc, args[1], start, end, reason)
    }

    /// str() of a UnicodeDecodeError or UnicodeEncodeError, as CPython words it.
    var unicodeErrorMessage: PyStr? {
        guard let p = unicodeErrorParts else { return nil }
        if let b = p.object.bytesObject {
            if p.start >= 0, p.start < b.count, p.end == p.start + 1 {
                let c = b.bytes[p.start]
                let hex = [hexDigitByte(c >> 4), hexDigitByte(c & 0xF)]
                return PyStr.make("'\(p.encoding.string)' codec can't decode byte 0x\(String(decoding: hex, as: UTF8.self)) in position \(p.start): \(p.reason.string)")
            }
            return PyStr.make("'\(p.encoding.string)' codec can't decode bytes in position \(p.start)-\(p.end - 1): \(p.reason.string)")
        }
        guard case .str(let s) = p.object else { return nil }
        if p.start >= 0, p.start < s.count, p.end == p.start + 1 {
            var esc: [UInt8] = []
            appendCodePointEscape(s.scalars[p.start], &esc)
            return PyStr.make("'\(p.encoding.string)' codec can't encode character '\(String(decoding: esc, as: UTF8.self))' in position \(p.start): \(p.reason.string)")
        }
        return PyStr.make("'\(p.encoding.string)' codec can't encode characters in position \(p.start)-\(p.end - 1): \(p.reason.string)")
    }
}

/// UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeEncodeError(...): the
/// argument checks of CPython's __init__. Returns the arguments to store (a bytearray
/// object becomes bytes).
func checkUnicodeErrorArguments(_ vm: VM, _ t: PyType, _ args: [Value]) throws(PyError) -> [Value] {
    let decoding = t.isSubtype(of: .unicodeDecodeError)
    if args.count != 5 { throw typeError("function takes exactly 5 arguments (\(args.count) given)") }
    var out = args
    guard case .str = args[0] else { throw typeError("argument 1 must be str, not \(typeName(args[0]))") }
    if decoding {
        guard let o = args[1].bytesObject else {
            throw typeError("a bytes-like object is required, not '\(typeName(args[1]))'")
        }
        if o.isMutable { out[1] = .bytes(o.bytes) }
    } else {
        guard case .str = args[1] else { throw typeError("argument 2 must be str, not \(typeName(args[1]))") }
    }
    for k in 2...3 {
        let i = try ssizeArgument(vm, args[k])
        out[k] = .int(i)
    }
    guard case .str = args[4] else { throw typeError("argument 5 must be str, not \(typeName(args[4]))") }
    return out
}

/// A UTF-8 lead byte's sequence length and the allowed range of the second byte, by CPython's
/// rules (no overlongs, surrogates or values past U+10FFFF); nil for an invalid start byte.
@inline(__always)
func utf8Sequence(_ c0: UInt8) -> (length: Int, lo: UInt8, hi: UInt8)? {
    switch c0 {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xE1...0xEF: return (3, 0x80, 0xBF)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    default: return nil
    }
}
