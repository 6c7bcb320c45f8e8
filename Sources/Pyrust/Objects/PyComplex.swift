// The complex type: a pair of doubles carried by Value.object. Arithmetic follows CPython
// 3.11's complexobject.c (ints and floats are converted to complex first), and repr, hash
// and the string parser give CPython's results.

import Glibc

final class PyComplex: PyObject {
    let re: Double
    let im: Double
    init(_ re: Double, _ im: Double) {
        self.re = re
        self.im = im
    }
    override var pyType: PyType { .complex }

    override func nativeRepr(_ vm: VM) throws(PyError) -> String? { complexRepr(re, im) }

    override func nativeAttribute(_ vm: VM, _ name: PyStr) throws(PyError) -> Value? {
        if name.equals("real") { return .float(re) }
        if name.equals("imag") { return .float(im) }
        if name.equals("conjugate") {
            let (r, i) = (re, im)
            return nativeBoundMethod("builtins", "conjugate") { (_, args) throws(PyError) -> Value in
                try args.noKeywords("complex.conjugate")
                if args.count != 0 {
                    throw typeError("complex.conjugate() takes no arguments (\(args.count) given)")
                }
                return .object(PyComplex(r, -i))
            }
        }
        return nil
    }
}

extension PyType {
    static let complex = PyType.native("complex", new: { (vm, args) throws(PyError) -> Value in
        try vm.constructComplex(args)
    })
}

extension Value {
    /// The complex payload of a complex value, nil for anything else.
    @inline(__always) var complexObject: PyComplex? {
        if case .object(let o) = self { return o as? PyComplex }
        return nil
    }
    static func complex(_ re: Double, _ im: Double) -> Value { .object(PyComplex(re, im)) }
}

/// A double as complex's repr shows it: repr digits without the ".0" of integral values.
func complexPartRepr(_ d: Double) -> String {
    let s = formatFloatRepr(d)
    return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
}

/// CPython's complex_repr: `1j` when the real part is +0.0, else `(re±imj)`.
func complexRepr(_ re: Double, _ im: Double) -> String {
    let imText = complexPartRepr(im)
    if re == 0 && re.sign == .plus { return imText + "j" }
    let sign = (im.isNaN || im.sign == .plus) ? "+" : ""
    return "(" + complexPartRepr(re) + sign + imText + "j)"
}

/// CPython's complex_hash: hash(re) + 1000003 * hash(im), wrapping, -1 avoided.
func complexHash(_ re: Double, _ im: Double) -> Int {
    let h = UInt(bitPattern: floatHash(re)) &+ 1000003 &* UInt(bitPattern: floatHash(im))
    let r = Int(bitPattern: h)
    return r == -1 ? -2 : r
}

// MARK: arithmetic (CPython's _Py_c_* helpers)

struct ComplexValue {
    var re: Double
    var im: Double
}

func complexProduct(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
    ComplexValue(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
}

/// Smith's algorithm as CPython's _Py_c_quot has it; nil: division by zero.
func complexQuotient(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
    let absRe = Swift.abs(b.re), absIm = Swift.abs(b.im)
    if absRe >= absIm {
        if absRe == 0 { return nil }
        let ratio = b.im / b.re
        let denom = b.re + b.im * ratio
        return ComplexValue(re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom)
    }
    if absIm >= absRe {
        let ratio = b.re / b.im
        let denom = b.re * ratio + b.im
        return ComplexValue(re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom)
    }
    return ComplexValue(re: .nan, im: .nan)
}

/// CPython's _Py_c_pow; nil: zero to a negative or complex power.
func complexPowGeneral(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
    if b.re == 0 && b.im == 0 { return ComplexValue(re: 1, im: 0) }
    if a.re == 0 && a.im == 0 {
        if b.im != 0 || b.re < 0 { return nil }
        return ComplexValue(re: 0, im: 0)
    }
    let vabs = hypot(a.re, a.im)
    var len = Glibc.pow(vabs, b.re)
    let at = atan2(a.im, a.re)
    var phase = at * b.re
    if b.im != 0 {
        len /= exp(at * b.im)
        phase += b.im * log(vabs)
    }
    return ComplexValue(re: len * cos(phase), im: len * sin(phase))
}

/// CPython's c_powi: repeated squaring for small integer exponents; nil: division by zero.
func complexPowInt(_ x: ComplexValue, _ n: Int) -> ComplexValue? {
    func powu(_ x: ComplexValue, _ n: Int) -> ComplexValue {
        var r = ComplexValue(re: 1, im: 0)
        var p = x
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = complexProduct(r, p) }
            mask <<= 1
            p = complexProduct(p, p)
        }
        return r
    }
    if n > 0 { return powu(x, n) }
    return complexQuotient(ComplexValue(re: 1, im: 0), powu(x, -n))
}

/// complex ** complex as CPython's complex_pow, with its errors.
func complexPower(_ a: ComplexValue, _ b: ComplexValue) throws(PyError) -> ComplexValue {
    let r: ComplexValue?
    if b.im == 0 && b.re == b.re.rounded(.down) && Swift.abs(b.re) <= 100 {
        r = complexPowInt(a, Int(b.re))
    } else {
        r = complexPowGeneral(a, b)
    }
    guard let p = r else { throw zeroDivisionError("0.0 to a negative or complex power") }
    if p.re.isInfinite || p.im.isInfinite { throw overflowError("complex exponentiation") }
    return p
}

/// CPython's _Py_c_abs (hypot, with infinities winning over nans).
func complexAbs(_ re: Double, _ im: Double) throws(PyError) -> Double {
    if !re.isFinite || !im.isFinite {
        if re.isInfinite { return Swift.abs(re) }
        if im.isInfinite { return Swift.abs(im) }
        return .nan
    }
    let r = hypot(re, im)
    if !r.isFinite { throw overflowError("absolute value too large") }
    return r
}

// MARK: parsing complex('1+2j')

/// The longest prefix of `s[i...]` that C's strtod-style float parsing accepts (sign, digits,
/// point, exponent, inf/infinity/nan); nil when there is none.
private func scanFloat(_ s: [UInt8], _ start: Int) -> (value: Double, end: Int)? {
    var i = start
    if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
    func lower(_ k: Int) -> UInt8 { k < s.count ? (s[k] | 0x20) : 0 }
    func matches(_ word: String, at k: Int) -> Bool {
        var j = k
        for c in word.utf8 {
            if lower(j) != c { return false }
            j += 1
        }
        return true
    }
    var end = -1
    if matches("infinity", at: i) { end = i + 8 }
    else if matches("inf", at: i) { end = i + 3 }
    else if matches("nan", at: i) { end = i + 3 }
    else {
        var digits = 0
        var j = i
        while j < s.count && s[j] >= 48 && s[j] <= 57 { j += 1; digits += 1 }
        if j < s.count && s[j] == UInt8(ascii: ".") {
            j += 1
            while j < s.count && s[j] >= 48 && s[j] <= 57 { j += 1; digits += 1 }
        }
        if digits == 0 { return nil }
        if j < s.count && (s[j] | 0x20) == UInt8(ascii: "e") {
            var k = j + 1
            if k < s.count && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) { k += 1 }
            if k < s.count && s[k] >= 48 && s[k] <= 57 {
                while k < s.count && s[k] >= 48 && s[k] <= 57 { k += 1 }
                j = k
            }
        }
        end = j
    }
    let text = String(decoding: s[start..<end], as: UTF8.self)
    let v = text.withCString { strtod($0, nil) }
    return (v, end)
}

/// complex(str) as CPython parses it; nil: malformed.
func parseComplexString(_ input: PyStr, badUnderscores: inout Bool) -> (Double, Double)? {
    var raw: [UInt8] = []
    input.withUnsafeBufferPointer { raw = Array($0) }
    for c in raw where c >= 128 || c == 0 { return nil }
    // Underscores only between digits, as in numeric literals.
    if raw.contains(UInt8(ascii: "_")) {
        var cleaned: [UInt8] = []
        for (k, c) in raw.enumerated() {
            if c == UInt8(ascii: "_") {
                func isDigit(_ j: Int) -> Bool { j >= 0 && j < raw.count && raw[j] >= 48 && raw[j] <= 57 }
                if !isDigit(k - 1) || !isDigit(k + 1) {
                    badUnderscores = true
                    return nil
                }
            } else {
                cleaned.append(c)
            }
        }
        raw = cleaned
    }
    let s = raw
    var i = 0
    func isSpace(_ k: Int) -> Bool { k < s.count && isPySpace(s[k]) }
    func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
    while isSpace(i) { i += 1 }
    var bracket = false
    if at(i) == UInt8(ascii: "(") {
        bracket = true
        i += 1
        while isSpace(i) { i += 1 }
    }
    var x = 0.0, y = 0.0
    func isJ(_ c: UInt8) -> Bool { c == UInt8(ascii: "j") || c == UInt8(ascii: "J") }
    func isSign(_ c: UInt8) -> Bool { c == UInt8(ascii: "+") || c == UInt8(ascii: "-") }
    if let (z, end) = scanFloat(s, i) {
        i = end
        if isSign(at(i)) {
            x = z
            if let (w, end2) = scanFloat(s, i) {
                y = w
                i = end2
            } else {
                y = at(i) == UInt8(ascii: "+") ? 1 : -1
                i += 1
            }
            if !isJ(at(i)) { return nil }
            i += 1
        } else if isJ(at(i)) {
            i += 1
            y = z
        } else {
            x = z
        }
    } else {
        if isSign(at(i)) {
            y = at(i) == UInt8(ascii: "+") ? 1 : -1
            i += 1
        } else {
            y = 1
        }
        if !isJ(at(i)) { return nil }
        i += 1
    }
    while isSpace(i) { i += 1 }
    if bracket {
        if at(i) != UInt8(ascii: ")") { return nil }
        i += 1
        while isSpace(i) { i += 1 }
    }
    return i == s.count ? (x, y) : nil
}
