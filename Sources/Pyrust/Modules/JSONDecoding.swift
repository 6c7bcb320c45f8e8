// json.loads's work: JSON text to Python values, reading the str's UTF-8 bytes in place.
//
// The grammar, the order of the checks and the position each error names follow CPython 3.11's
// C scanner, so every JSONDecodeError carries CPython's message and position. Positions are
// byte offsets while scanning and become character indices only when an error is raised.

import CPyrustSupport

struct JSONDecoding {
    /// A syntax error (message, byte offset), or an exception from Python code (a hook).
    enum Failure: Error {
        case syntax(String, Int)
        case python(PyError)
    }

    let vm: VM
    let text: UnsafeBufferPointer<UInt8>
    var strict = true
    var objectHook: Value? = nil
    var pairsHook: Value? = nil
    var parseFloat: Value? = nil
    var parseInt: Value? = nil
    var parseConstant: Value? = nil
    /// Python frames CPython would have between the caller and its scanner (its recursion
    /// limit counts them and every array or object being read).
    var hiddenFrames = 0
    private var depth = 0

    init(vm: VM, text: UnsafeBufferPointer<UInt8>) {
        self.vm = vm
        self.text = text
    }

    // MARK: values

    /// The value starting at byte i, and the offset just past it ("Expecting value" when
    /// none starts there, as CPython's StopIteration).
    mutating func value(at i: Int) throws(Failure) -> (Value, Int) {
        let n = text.count
        guard i < n else { throw .syntax("Expecting value", i) }
        switch text[i] {
        case UInt8(ascii: "\""):
            let (s, end) = try string(from: i + 1)
            return (.str(s), end)
        case UInt8(ascii: "{"):
            try enter(" while decoding a JSON object from a unicode string")
            defer { depth -= 1 }
            return try object(from: i + 1)
        case UInt8(ascii: "["):
            try enter(" while decoding a JSON array from a unicode string")
            defer { depth -= 1 }
            return try array(from: i + 1)
        case UInt8(ascii: "n") where matches("null", at: i): return (.none, i + 4)
        case UInt8(ascii: "t") where matches("true", at: i): return (.bool(true), i + 4)
        case UInt8(ascii: "f") where matches("false", at: i): return (.bool(false), i + 5)
        case UInt8(ascii: "N") where matches("NaN", at: i): return (try constant("NaN", .nan), i + 3)
        case UInt8(ascii: "I") where matches("Infinity", at: i): return (try constant("Infinity", .infinity), i + 8)
        case UInt8(ascii: "-") where matches("-Infinity", at: i):
            return (try constant("-Infinity", -.infinity), i + 9)
        default:
            return try number(from: i)
        }
    }

    private mutating func enter(_ what: String) throws(Failure) {
        depth += 1
        if vm.frames.count + hiddenFrames + depth >= vm.depthLimit || pyrust_stack_exhausted() != 0 {
            throw .python(PyError(.recursionError, "maximum recursion depth exceeded" + what))
        }
    }

    /// The host's limits tick once per array item and object member (long documents).
    @inline(__always) private func tick() throws(Failure) {
        do throws(PyError) { try vm.charge(1) } catch { throw .python(error) }
    }

    private func matches(_ word: StaticString, at i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= text.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where text[i + k] != w[k] { return false }
        return true
    }

    private func constant(_ name: String, _ d: Double) throws(Failure) -> Value {
        guard let f = parseConstant else { return .float(d) }
        return try call(f, .str(PyStr.make(name)))
    }

    private func call(_ f: Value, _ arg: Value) throws(Failure) -> Value {
        do throws(PyError) { return try vm.call(f, [arg]) } catch { throw .python(error) }
    }

    @inline(__always) private func skipSpace(_ i: inout Int) {
        while i < text.count {
            let c = text[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    /// Skips JSON whitespace from byte i.
    func afterSpace(_ i: Int) -> Int {
        var k = i
        skipSpace(&k)
        return k
    }

    // MARK: containers

    private mutating func array(from start: Int) throws(Failure) -> (Value, Int) {
        var items: [Value] = []
        var i = start
        skipSpace(&i)
        if i >= text.count || text[i] != UInt8(ascii: "]") {
            while true {
                try tick()
                let (v, next) = try value(at: i)
                items.append(v)
                i = next
                skipSpace(&i)
                if i < text.count && text[i] == UInt8(ascii: "]") { break }
                if i >= text.count || text[i] != UInt8(ascii: ",") { throw .syntax("Expecting ',' delimiter", i) }
                i += 1
                skipSpace(&i)
            }
        }
        return (.list(PyList(items)), i + 1)
    }

    private mutating func object(from start: Int) throws(Failure) -> (Value, Int) {
        var pairs: [Value] = []
        let dict: PyDict? = pairsHook == nil ? PyDict() : nil
        var i = start
        skipSpace(&i)
        if i >= text.count || text[i] != UInt8(ascii: "}") {
            while true {
                try tick()
                if i >= text.count || text[i] != UInt8(ascii: "\"") {
                    throw .syntax("Expecting property name enclosed in double quotes", i)
                }
                let (key, afterKey) = try string(from: i + 1)
                i = afterKey
                skipSpace(&i)
                if i >= text.count || text[i] != UInt8(ascii: ":") { throw .syntax("Expecting ':' delimiter", i) }
                i += 1
                skipSpace(&i)
                let (v, next) = try value(at: i)
                if let d = dict {
                    do throws(PyError) { try d.set(.str(key), v) } catch { throw .python(error) }
                } else {
                    pairs.append(.tuple(PyTuple([.str(key), v])))
                }
                i = next
                skipSpace(&i)
                if i < text.count && text[i] == UInt8(ascii: "}") { break }
                if i >= text.count || text[i] != UInt8(ascii: ",") { throw .syntax("Expecting ',' delimiter", i) }
                i += 1
                skipSpace(&i)
            }
        }
        if let hook = pairsHook { return (try call(hook, .list(PyList(pairs))), i + 1) }
        if let hook = objectHook { return (try call(hook, .dict(dict!)), i + 1) }
        return (.dict(dict!), i + 1)
    }

    // MARK: strings

    /// The string whose opening quote is at start - 1, and the offset past its closing quote.
    private func string(from start: Int) throws(Failure) -> (PyStr, Int) {
        let n = text.count
        // Fast path: no escape before the closing quote, copied in one piece.
        var i = start
        var codePoints = 0
        while i < n {
            let c = text[i]
            if c == UInt8(ascii: "\"") {
                let s = PyStr.make(copying: UnsafeBufferPointer(rebasing: text[start..<i]), count: codePoints)
                return (s, i + 1)
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 && strict { throw .syntax("Invalid control character at", i) }
            if c & 0xC0 != 0x80 { codePoints += 1 }
            i += 1
        }
        if i >= n { throw .syntax("Unterminated string starting at", start - 1) }
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: text[start..<i]))
        var end = i      // start of the part not copied yet
        var loneSurrogate: UInt32? = nil    // reported once the string is known to be well formed
        while true {
            // Find the next quote, backslash or (strict) control character.
            var next = end
            while next < n {
                let c = text[next]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { break }
                if c < 0x20 && strict { throw .syntax("Invalid control character at", next) }
                next += 1
            }
            if next >= n { throw .syntax("Unterminated string starting at", start - 1) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[end..<next]))
            if text[next] == UInt8(ascii: "\"") {
                end = next + 1
                if let c = loneSurrogate { throw .python(loneSurrogateNotSupported(Int(c))) }
                break
            }
            next += 1    // past the backslash
            if next >= n { throw .syntax("Unterminated string starting at", start - 1) }
            let c = text[next]
            if c != UInt8(ascii: "u") {
                end = next + 1
                switch c {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                default: throw .syntax("Invalid \\escape", end - 2)
                }
                continue
            }
            next += 1    // past the u
            end = next + 4
            if end >= n { throw .syntax("Invalid \\uXXXX escape", next - 1) }
            var scalar = try hex4(at: next, errorAt: end - 5)
            if scalar >= 0xD800 && scalar <= 0xDBFF && end + 6 < n
                && text[end] == UInt8(ascii: "\\") && text[end + 1] == UInt8(ascii: "u") {
                // A high surrogate followed by an escape: a pair when that is a low surrogate.
                let low = try hex4(at: end + 2, errorAt: end + 1)
                if low >= 0xDC00 && low <= 0xDFFF {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    end += 6
                }
            }
            if scalar >= 0xD800 && scalar <= 0xDFFF {
                if loneSurrogate == nil { loneSurrogate = scalar }
                continue
            }
            appendScalar(scalar, to: &out)
        }
        return (PyStr.make(bytes: out), end)
    }

    private func hex4(at i: Int, errorAt: Int) throws(Failure) -> UInt32 {
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = text[k]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 97...102: d = UInt32(c - 87)
            case 65...70: d = UInt32(c - 55)
            default: throw .syntax("Invalid \\uXXXX escape", errorAt)
            }
            v = v << 4 | d
        }
        return v
    }

    // MARK: numbers

    @inline(__always) private func isDigit(_ i: Int) -> Bool {
        i < text.count && text[i] >= 48 && text[i] <= 57
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, as int or float (or the hooks' result).
    private func number(from start: Int) throws(Failure) -> (Value, Int) {
        var i = start
        if text[i] == UInt8(ascii: "-") {
            i += 1
            if i >= text.count { throw .syntax("Expecting value", start) }
        }
        if text[i] >= UInt8(ascii: "1") && text[i] <= UInt8(ascii: "9") {
            i += 1
            while isDigit(i) { i += 1 }
        } else if text[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            throw .syntax("Expecting value", start)
        }
        var isFloat = false
        if i + 1 < text.count && text[i] == UInt8(ascii: ".") && isDigit(i + 1) {
            isFloat = true
            i += 2
            while isDigit(i) { i += 1 }
        }
        if i + 1 < text.count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
            let eStart = i
            i += 1
            if i + 1 < text.count && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) { i += 1 }
            while isDigit(i) { i += 1 }
            if text[i - 1] >= 48 && text[i - 1] <= 57 { isFloat = true } else { i = eStart }
        }
        let digits = UnsafeBufferPointer(rebasing: text[start..<i])
        if isFloat {
            if let f = parseFloat { return (try call(f, .str(PyStr.make(copying: digits, count: digits.count))), i) }
            return (.float(parsePythonFloat(bytes: digits, unicode: false) ?? .nan), i)
        }
        if let f = parseInt { return (try call(f, .str(PyStr.make(copying: digits, count: digits.count))), i) }
        if digits.count <= 18 {
            var v = 0
            var negative = false
            for c in digits {
                if c == UInt8(ascii: "-") { negative = true } else { v = v * 10 + Int(c - 48) }
            }
            return (.int(negative ? -v : v), i)
        }
        do throws(PyError) {
            return (try vm.parseInt(PyStr.make(copying: digits, count: digits.count), base: 10), i)
        } catch {
            throw .python(error)
        }
    }

    // MARK: positions

    /// The character index of byte offset i (CPython's positions count characters).
    func characterIndex(_ i: Int) -> Int {
        let end = min(i, text.count)
        var count = 0
        for k in 0..<end where text[k] & 0xC0 != 0x80 { count += 1 }
        return count + (i - end)
    }

    /// The byte offset of character index c (past the end: as many bytes past it).
    func byteOffset(_ c: Int) -> Int {
        var seen = 0
        var k = 0
        while k < text.count {
            if text[k] & 0xC0 != 0x80 {
                if seen == c { return k }
                seen += 1
            }
            k += 1
        }
        return text.count + (c - seen)
    }
}
