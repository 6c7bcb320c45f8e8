// Number formatting and parsing checked against CPython 3.11 (the oracle for every value here).
//
// 1. A data-driven differential test over Tests/PyrustTests/Data/number_format_cases.tsv, which
//    python3 generated (format() for float/int/bool/str, repr, %-formatting, float(), round(),
//    hash() and //, %, divmod). Regenerate it from the repository root with
//      python3 Tests/PyrustTests/Data/gen_number_format_cases.py 2024 60 compact \
//        > Tests/PyrustTests/Data/number_format_cases.tsv
// 2. A few readable spot checks whose expected values were printed by python3 as well.

import Testing
@testable import Pyrust
#if canImport(Glibc)
import Glibc
#endif

@Suite struct NumberFormatTests {
    @Test func generatedCasesMatchCPython() throws {
        let lines = try #require(Self.dataLines(), "cannot read number_format_cases.tsv")
        #expect(lines.count > 1000)
        var failures: [String] = []
        for line in lines where !line.isEmpty {
            if let failure = FormatCaseRunner.run(line) { failures.append(failure) }
        }
        let report = failures.prefix(25).joined(separator: "\n")
        #expect(failures.isEmpty, "\(failures.count) of \(lines.count) cases differ from CPython:\n\(report)")
    }

    @Test func reprMatchesCPython() {
        for (value, expected) in Self.reprCases {
            #expect(formatFloatRepr(value) == expected)
        }
    }

    @Test func floatSpecsMatchCPython() throws {
        for (value, spec, expected) in Self.floatSpecCases {
            #expect(try formatFloat(value, spec: spec) == expected, "format(\(value), '\(spec)')")
        }
        for (value, spec, message) in Self.floatErrorCases {
            #expect(throws: FormatError(message)) { try formatFloat(value, spec: spec) }
        }
    }

    @Test func intSpecsMatchCPython() throws {
        for (value, spec, expected) in Self.intSpecCases {
            #expect(try formatInt(.small(value), spec: spec) == expected, "format(\(value), '\(spec)')")
        }
        #expect(throws: FormatError("%c arg not in range(0x110000)", kind: .overflowError)) {
            try formatInt(.small(-1), spec: "c")
        }
    }

    @Test func parsingRoundingHashingAndFloorDivisionMatchCPython() throws {
        for (text, expected) in Self.parseCases {
            let parsed = parsePythonFloat(Array(text.utf8))
            if let expected, expected.isNaN {
                #expect(parsed?.isNaN == true, "float('\(text)')")
            } else {
                #expect(parsed == expected, "float('\(text)')")
            }
        }
        for (value, digits, expected) in Self.roundCases {
            let rounded = try pythonRound(value, ndigits: digits)
            #expect(rounded.bitPattern == expected.bitPattern, "round(\(value), \(digits))")
        }
        #expect(throws: FormatError("rounded value too large to represent", kind: .overflowError)) {
            try pythonRound(1.7976931348623157e308, ndigits: -308)
        }
        for (value, expected) in Self.hashCases {
            #expect(floatHash(value) == expected, "hash(\(value))")
        }
        for (a, b, quotient, remainder) in Self.floorCases {
            #expect(floatFloorDiv(a, b)?.bitPattern == quotient.bitPattern, "\(a) // \(b)")
            #expect(floatMod(a, b)?.bitPattern == remainder.bitPattern, "\(a) % \(b)")
        }
        #expect(floatDivmod(1.0, 0.0) == nil)
    }

    /// The data file next to this source file, split into lines.
    static func dataLines() -> [Substring]? {
        var components = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast()
        let path = components.joined(separator: "/") + "/Data/number_format_cases.tsv"
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    }

    static let reprCases: [(Double, String)] = [
        (1e+16, "1e+16"),
        (1e-05, "1e-05"),
        (1.5e-07, "1.5e-07"),
        (.infinity, "inf"),
        (-.infinity, "-inf"),
        (.nan, "nan"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e+19, "1.2345678901234567e+19"),
        (2.675, "2.675"),
        (0.30000000000000004, "0.30000000000000004"),
    ]
    static let floatSpecCases: [(Double, String, String)] = [
        (2.675, ".2f", "2.67"),
        (0.125, ".2f", "0.12"),
        (1234567.891, ",.2f", "1,234,567.89"),
        (1234.5, "010,.1f", "0,001,234.5"),
        (123.0, ".3", "1.23e+02"),
        (0.1, ".30f", "0.100000000000000005551115123126"),
        (-0.0001, "z.1f", "0.0"),
        (0.5, "%", "50.000000%"),
        (1e+16, "", "1e+16"),
        (.infinity, "05", "00inf"),
        (-1.5, "^+12.3e", " -1.500e+00 "),
        (1e-07, "g", "1e-07"),
        (12345.678, "_.1f", "12_345.7"),
    ]
    static let floatErrorCases: [(Double, String, String)] = [
        (1.0, "d", "Unknown format code 'd' for object of type 'float'"),
        (1.0, "abc", "Invalid format specifier 'abc' for object of type 'float'"),
        (1.0, ",_f", "Cannot specify both ',' and '_'."),
        (1.0, ".", "Format specifier missing precision"),
        (1.0, ".2147483648f", "precision too big"),
        (1.0, "99999999999999999999f", "Too many decimal digits in format string"),
        (1.0, ",n", "Cannot specify ',' with 'n'."),
    ]
    static let intSpecCases: [(Int, String, String)] = [
        (1234, "010,", "00,001,234"),
        (255, "#X", "0XFF"),
        (-255, "#010_x", "-0x00_00ff"),
        (65, "c", "A"),
        (1234567, "n", "1234567"),
        (-42, "+08d", "-0000042"),
        (10, "%", "1000.000000%"),
        (3, ".2e", "3.00e+00"),
        (-1, "_b", "-1"),
    ]
    static let parseCases: [(String, Double?)] = [
        ("  1_000.5 ", 1000.5),
        ("-Infinity", -.infinity),
        ("nan", .nan),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e5", 100000.0),
        ("1__0", nil),
        ("_1", nil),
        ("0x10", nil),
        ("1e1_0", 10000000000.0),
        ("\u{a0}1.25", 1.25),
        ("", nil),
    ]
    static let roundCases: [(Double, Int, Double)] = [
        (2.675, 2, 2.67),
        (0.125, 2, 0.12),
        (15.0, -1, 20.0),
        (25.0, -1, 20.0),
        (-0.0001, 2, -0.0),
        (1e+300, 400, 1e+300),
        (123.456, -2, 100.0),
    ]
    static let hashCases: [(Double, Int)] = [
        (1.5, 1152921504606846977),
        (-1.0, -2),
        (1e+300, 1224995262755759164),
        (0.1, 230584300921369408),
        (-2.5e-300, -52920977297143526),
        (.infinity, 314159),
        (-.infinity, -314159),
        (2.305843009213694e+18, 1),
        (1.8446744073709552e+19, 8),
    ]
    static let floorCases: [(Double, Double, Double, Double)] = [
        (7.0, -2.0, -4.0, -1.0),
        (-7.0, 2.0, -4.0, 1.0),
        (-0.0, 5.0, -0.0, 0.0),
        (0.0, -5.0, -0.0, -0.0),
        (1.0, .infinity, 0.0, 1.0),
        (-1.0, .infinity, -1.0, .infinity),
        (5.5, 0.1, 54.0, 0.0999999999999997),
    ]
}

/// Runs one generated case line; nil when pyrust agrees with the recorded python3 result.
/// (Kept identical to the scratch harness that ran the large randomized comparisons.)
enum FormatCaseRunner {
    /// Decodes Python's unicode_escape output.
    static func unescape(_ s: Substring) -> String {
        var out = String.UnicodeScalarView()
        var it = Array(s.unicodeScalars)[...]
        func hex(_ n: Int) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<n {
                guard let c = it.popFirst(), let d = UInt32(String(c), radix: 16) else { return v }
                v = v * 16 + d
            }
            return v
        }
        while let c = it.popFirst() {
            if c != "\\" { out.append(c); continue }
            guard let e = it.popFirst() else { break }
            switch e {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "\\": out.append("\\")
            case "x": out.append(Unicode.Scalar(hex(2)) ?? "?")
            case "u": out.append(Unicode.Scalar(hex(4)) ?? "?")
            case "U": out.append(Unicode.Scalar(hex(8)) ?? "?")
            default: out.append("\\"); out.append(e)
            }
        }
        return String(out)
    }

    static func double(_ hex: Substring) -> Double { Double(bitPattern: UInt64(hex, radix: 16) ?? 0) }

    static func bits(_ d: Double) -> String {
        let h = String(d.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }

    static func int(_ text: Substring) -> FormatInt {
        if let v = Int(text) { return .small(v) }
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : text
        guard let b = BigInt(parsing: Array(digits.utf8), radix: 10) else { return .small(0) }
        return .big(negative ? -b : b)
    }

    static func describe(_ e: FormatError) -> String {
        let name: String
        switch e.kind {
        case .valueError: name = "ValueError"
        case .overflowError: name = "OverflowError"
        case .memoryError: name = "MemoryError"
        case .notImplementedError: name = "NotImplementedError"
        }
        return "!" + name + ":" + e.message
    }

    static func text(_ body: () throws(FormatError) -> String) -> String {
        do { return "=" + (try body()) } catch { return describe(error) }
    }

    static func percentSpec(_ f: [Substring]) -> PercentSpec {
        // flags, width, precision, type
        var p = PercentSpec(type: f[3].utf8.first ?? 0)
        for c in unescape(f[0]).utf8 {
            switch c {
            case UInt8(ascii: "-"): p.leftAdjust = true
            case UInt8(ascii: "+"): p.plusSign = true
            case UInt8(ascii: " "): p.blankSign = true
            case UInt8(ascii: "#"): p.alternate = true
            case UInt8(ascii: "0"): p.zeroPad = true
            default: break
            }
        }
        p.width = Int(f[1])
        p.precision = Int(f[2])
        return p
    }

    static func sameDouble(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
    }

    /// nil when the case passes.
    static func run(_ line: Substring) -> String? {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count >= 3 else { return "malformed: \(line)" }
        let args = Array(f[1...])
        var expected = String(args.last!)
        if expected.hasPrefix("=") { expected = "=" + unescape(expected.dropFirst()) }
        if expected == "!Skip:surrogate" { return nil }
        var actual: String
        switch f[0] {
        case "repr":
            actual = "=" + formatFloatRepr(double(args[0]))
        case "ff":
            let d = double(args[0]), spec = unescape(args[1])
            actual = text { () throws(FormatError) in try formatFloat(d, spec: spec) }
        case "fi":
            let v = int(args[0]), spec = unescape(args[1]), typeName = String(args[2])
            actual = text { () throws(FormatError) in try formatInt(v, spec: spec, typeName: typeName) }
        case "fs":
            let s = unescape(args[0]), spec = unescape(args[1])
            actual = text { () throws(FormatError) in try formatStr(s, spec: spec) }
        case "pi":
            let v = int(args[0]), p = percentSpec(Array(args[1...4]))
            actual = text { () throws(FormatError) in try percentFormatInt(v, p) }
        case "pf":
            let d = double(args[0]), p = percentSpec(Array(args[1...4]))
            actual = text { () throws(FormatError) in try percentFormatFloat(d, p) }
        case "parse":
            let s = unescape(args[0])
            if let v = parsePythonFloat(Array(s.utf8)) { actual = "=" + bits(v) } else { actual = "!ValueError" }
            if expected.hasPrefix("="), actual.hasPrefix("="),
               sameDouble(double(expected.dropFirst()), double(actual.dropFirst())) { actual = expected }
        case "round":
            let d = double(args[0])
            do { actual = "=" + bits(try pythonRound(d, ndigits: Int(args[1]) ?? 0)) } catch { actual = describe(error) }
            if expected.hasPrefix("="), actual.hasPrefix("="),
               sameDouble(double(expected.dropFirst()), double(actual.dropFirst())) { actual = expected }
        case "hash":
            actual = "=" + String(floatHash(double(args[0])))
        case "divmod":
            let a = double(args[0]), b = double(args[1])
            expected = args[2...4].joined(separator: "\t")
            func enc(_ v: Double?, _ message: String) -> String { v.map { "=" + bits($0) } ?? "!ZeroDivisionError:" + message }
            let pieces = [enc(floatFloorDiv(a, b), "float floor division by zero"), enc(floatMod(a, b), "float modulo"),
                          floatDivmod(a, b).map { "=" + bits($0.quotient) + "," + bits($0.remainder) }
                              ?? "!ZeroDivisionError:float divmod()"]
            let expectedPieces = expected.split(separator: "\t", omittingEmptySubsequences: false)
            var same = expectedPieces.count == 3
            if same {
                for (e, a) in zip(expectedPieces, pieces) where e != a {
                    let ev = e.dropFirst().split(separator: ","), av = a.dropFirst().split(separator: ",")
                    if !(e.hasPrefix("=") && a.hasPrefix("=") && ev.count == av.count
                         && zip(ev, av).allSatisfy { sameDouble(double($0), double($1)) }) { same = false }
                }
            }
            actual = same ? expected : pieces.joined(separator: "\t")
        default:
            return "unknown kind: \(line)"
        }
        if actual == expected { return nil }
        return "\(line)\n    got: \(actual)"
    }
}
