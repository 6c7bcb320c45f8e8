// repr(), str() and ascii() of every builtin value, written straight into UTF-8 byte buffers.
// Nested containers are bounded (RecursionError) and self-references print as [...] / {...}.

import CPyrustSupport

extension VM {
    func repr(_ v: Value) throws(PyError) -> PyStr {
        if case .str(let s) = v, s.isASCII {
            var out: [UInt8] = []
            out.reserveCapacity(s.byteCount + 2)
            writeStrRepr(s, &out, asciiOnly: false)
            return PyStr.make(bytes: out, count: out.count)
        }
        var out: [UInt8] = []
        try writeRepr(v, &out)
        return PyStr.make(bytes: out)
    }

    func str(_ v: Value) throws(PyError) -> PyStr {
        switch v {
        case .str(let s): return s
        case .int(let i):
            return intStr(i)
        case .float(let d):
            return floatReprStr(d)
        case .bool(let b):
            return b ? PyStr.trueName : PyStr.falseName
        default:
            var out: [UInt8] = []
            try writeStr(v, &out)
            return PyStr.make(bytes: out)
        }
    }

    func ascii(_ v: Value) throws(PyError) -> PyStr {
        var out: [UInt8] = []
        if case .str(let s) = v {
            writeStrRepr(s, &out, asciiOnly: true)
        } else {
            let r = try repr(v)
            if r.isASCII { return r }
            // Escape the non-ASCII characters of the repr.
            for c in r.scalars {
                if c < 128 { out.append(UInt8(c)) } else { appendEscape(c, &out) }
            }
        }
        return PyStr.make(bytes: out, count: out.count)
    }

    /// str(v) appended to out (print's fast path).
    func writeStr(_ v: Value, _ out: inout [UInt8]) throws(PyError) {
        if v.hasUserType {
            if let f = userSpecial(v, .str) {
                try appendSpecialText(f, v, "__str__", &out)
                return
            }
            if case .instance(let inst) = v {
                // str subclasses print their value; other builtin values print their repr.
                if case .str(let s) = inst.builtinValue, inst.type.builtinBase != nil {
                    s.withUnsafeBufferPointer { out.append(contentsOf: $0) }
                    return
                }
                try writeRepr(v, &out)
                return
            }
        }
        switch v {
        case .str(let s): s.withUnsafeBufferPointer { out.append(contentsOf: $0) }
        case .exception(let e): try exceptionMessage(e).withUnsafeBufferPointer { out.append(contentsOf: $0) }
        default: try writeRepr(v, &out)
        }
    }

    /// Appends the str a __str__/__repr__ method returned (it must return a str).
    private func appendSpecialText(_ f: Value, _ v: Value, _ name: String, _ out: inout [UInt8]) throws(PyError) {
        if frames.count + nativeDepth > Limits.nativeDepth + Limits.recursionLimit {
            throw PyError(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        let r = try callSpecial(f, v, [])
        guard case .str(let s) = r else { throw typeError("\(name) returned non-string (type \(typeName(r)))") }
        s.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }

    @inline(never)
    func intStrLimitError() -> PyError {
        valueError("Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    func writeRepr(_ v: Value, _ out: inout [UInt8]) throws(PyError) {
        if v.hasUserType, let f = userSpecial(v, .repr) {
            try appendSpecialText(f, v, "__repr__", &out)
            return
        }
        switch v {
        case .none: out.append(contentsOf: "None".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "True" : "False").utf8)
        case .int(let i): appendIntDigits(i, &out)
        case .float(let d): appendFloatRepr(d, to: &out)
        case .big(let b):
            if intMaxStrDigits > 0 && b.value.bitLength > intMaxStrDigits * 3 {
                // CPython 3.11 refuses int->str conversions above sys.get_int_max_str_digits()
                // digits; a value surely over it is refused before the (quadratic) conversion.
                let atLeast = Int(Double(b.value.bitLength - 1) * 0.30102999566398114)
                if atLeast > intMaxStrDigits { throw intStrLimitError() }
                let digits = b.value.toString(radix: 10)
                let n = digits.utf8.count - (b.value.isNegative ? 1 : 0)
                if n > intMaxStrDigits { throw intStrLimitError() }
                out.append(contentsOf: digits.utf8)
            } else {
                out.append(contentsOf: b.value.toString(radix: 10).utf8)
            }
        case .str(let s): writeStrRepr(s, &out, asciiOnly: false)
        case .list(let l):
            try withReprGuard(ObjectIdentifier(l), "[...]", &out) { (out: inout [UInt8]) throws(PyError) in
                out.append(UInt8(ascii: "["))
                var i = 0
                while i < l.items.count {
                    if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    try writeRepr(l.items[i], &out)
                    i += 1
                }
                out.append(UInt8(ascii: "]"))
            }
        case .tuple(let t):
            try withReprGuard(ObjectIdentifier(t), "(...)", &out) { (out: inout [UInt8]) throws(PyError) in
                out.append(UInt8(ascii: "("))
                for (i, x) in t.items.enumerated() {
                    if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    try writeRepr(x, &out)
                }
                if t.items.count == 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: ")"))
            }
        case .dict(let d):
            try withReprGuard(ObjectIdentifier(d), "{...}", &out) { (out: inout [UInt8]) throws(PyError) in
                out.append(UInt8(ascii: "{"))
                var first = true
                for (k, x) in d.items {
                    if !first { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    first = false
                    try writeRepr(k, &out)
                    out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                    try writeRepr(x, &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        case .set(let s):
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 {
                out.append(contentsOf: "\(name)()".utf8)
                return
            }
            try withReprGuard(ObjectIdentifier(s), "\(name)(...)", &out) { (out: inout [UInt8]) throws(PyError) in
                if s.isFrozen { out.append(contentsOf: "frozenset(".utf8) }
                out.append(UInt8(ascii: "{"))
                for (i, x) in s.elements.enumerated() {
                    if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    try writeRepr(x, &out)
                }
                out.append(UInt8(ascii: "}"))
                if s.isFrozen { out.append(UInt8(ascii: ")")) }
            }
        case .function(let f):
            out.append(contentsOf: "<function \(f.qualname) at \(address(f))>".utf8)
        case .builtin(let b):
            out.append(contentsOf: "<built-in function \(b.name)>".utf8)
        case .type(let t):
            out.append(contentsOf: "<class '\(t.displayName)'>".utf8)
        case .instance(let inst):
            if case .set(let s) = inst.builtinValue {
                // set_repr names a subclass: MySet({1, 2}), MySet().
                out.append(contentsOf: inst.type.name.utf8)
                out.append(UInt8(ascii: "("))
                if s.count > 0 {
                    var inner: [UInt8] = []
                    try writeRepr(inst.builtinValue, &inner)
                    if s.isFrozen { inner = Array(inner.dropFirst("frozenset(".utf8.count).dropLast()) }
                    out.append(contentsOf: inner)
                }
                out.append(UInt8(ascii: ")"))
            } else if inst.type.builtinBase != nil {
                try writeRepr(inst.builtinValue, &out)
            } else {
                out.append(contentsOf: defaultObjectRepr(v).utf8)
            }
        case .exception(let e):
            out.append(contentsOf: e.type.name.utf8)
            if e.args.count == 1 {
                out.append(UInt8(ascii: "("))
                try writeRepr(e.args[0], &out)
                out.append(UInt8(ascii: ")"))
            } else {
                try writeRepr(.tuple(PyTuple(e.args)), &out)
            }
        case .object(let o):
            try writeObjectRepr(o, &out)
        case .undefined:
            out.append(contentsOf: "<undefined>".utf8)
        }
    }

    private func writeObjectRepr(_ o: PyObject, _ out: inout [UInt8]) throws(PyError) {
        if o.isBytes {
            appendBytesObjectRepr(unsafeDowncast(o, to: PyBytes.self), &out)
        } else if o.pyType === PyType.textStream {
            let s = unsafeDowncast(o, to: PyTextStream.self)
            out.append(contentsOf: "<_io.TextIOWrapper name='\(s.name)' mode='w' encoding='utf-8'>".utf8)
        } else if o.pyType === PyType.module {
            let m = unsafeDowncast(o, to: PyModule.self)
            // Modules written in Python are compiled into the library: CPython calls such "frozen".
            out.append(contentsOf: "<module '\(m.name)' (\(m.namespace == nil ? "built-in" : "frozen"))>".utf8)
        } else if let r = o as? PyRange {
            out.append(contentsOf: (r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))").utf8)
        } else if let r = o as? PyBigRange {
            let a = r.start.toString(radix: 10), b = r.stop.toString(radix: 10)
            out.append(contentsOf: (r.step == .one ? "range(\(a), \(b))" : "range(\(a), \(b), \(r.step.toString(radix: 10)))").utf8)
        } else if let s = o as? PySlice {
            out.append(contentsOf: "slice(".utf8)
            try writeRepr(s.start, &out)
            out.append(contentsOf: ", ".utf8)
            try writeRepr(s.stop, &out)
            out.append(contentsOf: ", ".utf8)
            try writeRepr(s.step, &out)
            out.append(UInt8(ascii: ")"))
        } else if o is PyEllipsis {
            out.append(contentsOf: "Ellipsis".utf8)
        } else if o === PyNotImplemented.shared {
            out.append(contentsOf: "NotImplemented".utf8)
        } else if let m = o as? PyMethod {
            var fname = "?"
            if case .function(let f) = m.function { fname = f.qualname } else if case .object(let n) = m.function,
                let nm = n as? PyNativeMethod { fname = "\(nm.owner.name).\(nm.name)" } else {
                // Any other callable bound as a method: its __qualname__, else __name__ (method_repr).
                for attr in ["__qualname__", "__name__"] {
                    if case .str(let s)? = try? getAttr(m.function, PyStr.make(attr)) { fname = s.string; break }
                }
            }
            out.append(contentsOf: "<bound method \(fname) of ".utf8)
            try writeRepr(m.receiver, &out)
            out.append(UInt8(ascii: ">"))
        } else if let g = o as? PyGenerator {
            out.append(contentsOf: "<generator object \(g.qualname) at \(address(o))>".utf8)
        } else if let sm = o as? PyStaticMethod {
            out.append(contentsOf: "<staticmethod(".utf8)
            try writeRepr(sm.function, &out)
            out.append(contentsOf: ")>".utf8)
        } else if let cm = o as? PyClassMethod {
            out.append(contentsOf: "<classmethod(".utf8)
            try writeRepr(cm.function, &out)
            out.append(contentsOf: ")>".utf8)
        } else if let n = o as? PyNativeMethod {
            out.append(contentsOf: "<slot wrapper '\(n.name)' of '\(n.owner.name)' objects>".utf8)
        } else if let m = o as? PyPayloadMethod, m.name.equals("__new__") {
            out.append(contentsOf: "<built-in method __new__ of type object at \(address(m.owner))>".utf8)
        } else if let s = o as? PySuper {
            out.append(contentsOf: "<super: <class '\(s.startAfter.name)'>, <\(s.objectType.name) object>>".utf8)
        } else if let mp = o as? PyMappingProxy {
            out.append(contentsOf: "mappingproxy(".utf8)
            try writeRepr(.dict(mp.dict), &out)
            out.append(UInt8(ascii: ")"))
        } else if let m = o as? PyBoundMethod {
            out.append(contentsOf: "<built-in method \(m.name.rawValue) of \(typeName(m.receiver)) object at \(address(o))>".utf8)
        } else if let m = o as? PyUnboundMethod {
            out.append(contentsOf: "<method '\(m.name.rawValue)' of '\(m.type.name)' objects>".utf8)
        } else if let dc = o as? PyDescriptorCall {
            out.append(contentsOf: "<method-wrapper '\(dc.name)' of \(typeName(dc.descriptor)) object at \(addressText(dc.descriptor))>".utf8)
        } else if let g = o as? PyGenericAlias {
            out.append(contentsOf: try genericAliasRepr(g).utf8)
        } else if let u = o as? PyUnionType {
            out.append(contentsOf: try unionTypeRepr(u).utf8)
        } else if let dv = o as? PyDictView {
            out.append(contentsOf: dv.pyType.name.utf8)
            out.append(UInt8(ascii: "("))
            let items: [Value]
            switch dv.mode {
            case .keys: items = dv.dict.items.map { $0.0 }
            case .values: items = dv.dict.items.map { $0.1 }
            case .items: items = dv.dict.items.map { .tuple(PyTuple([$0.0, $0.1])) }
            }
            try writeRepr(.list(PyList(items)), &out)
            out.append(UInt8(ascii: ")"))
        } else if let r = try o.nativeRepr(self) {
            out.append(contentsOf: r.utf8)
        } else {
            out.append(contentsOf: "<\(o.pyType.displayName) object at \(address(o))>".utf8)
        }
    }

    private func address(_ o: AnyObject) -> String {
        let n = UInt(bitPattern: ObjectIdentifier(o).hashValue)
        return "0x" + String(n, radix: 16).leftPad(12)
    }

    /// Runs `body` unless the container is already being printed (then writes `placeholder`).
    private func withReprGuard(_ id: ObjectIdentifier, _ placeholder: String, _ out: inout [UInt8],
                               _ body: (inout [UInt8]) throws(PyError) -> Void) throws(PyError) {
        if reprInProgress.contains(id) {
            out.append(contentsOf: placeholder.utf8)
            return
        }
        if reprInProgress.count + frames.count > Limits.nativeDepth || pyrust_stack_exhausted() != 0 {
            throw PyError(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        reprInProgress.append(id)
        defer { reprInProgress.removeLast() }
        try body(&out)
    }

    func writeStrRepr(_ s: PyStr, _ out: inout [UInt8], asciiOnly: Bool) {
        s.withUnsafeBufferPointer { bytes in writeStrRepr(bytes, ascii: s.isASCII, &out, asciiOnly: asciiOnly) }
    }

    private func writeStrRepr(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, _ out: inout [UInt8], asciiOnly: Bool) {
        var hasSingle = false, hasDouble = false
        for b in bytes {
            if b == UInt8(ascii: "'") { hasSingle = true } else if b == UInt8(ascii: "\"") { hasDouble = true }
        }
        let quote: UInt8 = (hasSingle && !hasDouble) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        out.append(quote)
        if ascii {
            for b in bytes { appendASCIIEscaped(b, quote, &out) }
        } else {
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    appendASCIIEscaped(b, quote, &out)
                    i += 1
                    continue
                }
                let (c, len) = PyStr.decode(bytes, i)
                if asciiOnly || !isPrintable(c) {
                    appendEscape(c, &out)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(i + len, bytes.count)]))
                }
                i += len
            }
        }
        out.append(quote)
    }

    @inline(__always)
    private func appendASCIIEscaped(_ b: UInt8, _ quote: UInt8, _ out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
        case UInt8(ascii: "\n"): out.append(contentsOf: [92, UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): out.append(contentsOf: [92, UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): out.append(contentsOf: [92, UInt8(ascii: "t")])
        case quote: out.append(contentsOf: [92, quote])
        case 0..<0x20, 0x7F: appendEscape(UInt32(b), &out)
        default: out.append(b)
        }
    }

    private func appendEscape(_ c: UInt32, _ out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        func put(_ n: Int) {
            var k = n - 1
            while k >= 0 {
                out.append(hex[Int((c >> UInt32(4 * k)) & 0xF)])
                k -= 1
            }
        }
        out.append(92)
        if c < 0x100 {
            out.append(UInt8(ascii: "x"))
            put(2)
        } else if c < 0x10000 {
            out.append(UInt8(ascii: "u"))
            put(4)
        } else {
            out.append(UInt8(ascii: "U"))
            put(8)
        }
    }
}

/// Python's str.isprintable for one code point (what repr leaves unescaped).
func isPrintable(_ c: UInt32) -> Bool {
    if c < 0x20 || c == 0x7F { return false }
    if c < 0x7F { return true }
    guard let s = Unicode.Scalar(c) else { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// Appends the decimal digits of an Int (no String, no temporary array).
@inline(__always) func appendIntDigits(_ i: Int, _ out: inout [UInt8]) {
    if i >= 0 && i < 10 {
        out.append(UInt8(48 + i))
        return
    }
    var n = i.magnitude
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &buffer) { buf in
        var pos = 24
        while n > 0 {
            pos -= 1
            buf[pos] = UInt8(48 + n % 10)
            n /= 10
        }
        if i < 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[pos..<24]))
    }
}

/// str(i): the decimal digits written straight into a new str (one allocation; the one-digit
/// ones are the shared one-character strs).
func intStr(_ i: Int) -> PyStr {
    if i >= 0 && i < 10 { return PyStr.ascii[48 + i] }
    let magnitude = i.magnitude
    var digits = 1
    var power: UInt = 10
    while magnitude >= power && digits < 19 {   // 10**19 is the largest power below 2**64
        digits += 1
        power = power &* 10
    }
    if magnitude >= power { digits += 1 }
    let sign = i < 0 ? 1 : 0
    let length = digits + sign
    return PyStr.make(byteCount: length, codePoints: length) { out in
        if sign == 1 { out[0] = UInt8(ascii: "-") }
        var n = magnitude
        var k = length
        repeat {
            k -= 1
            out[k] = UInt8(truncatingIfNeeded: 48 &+ n % 10)
            n /= 10
        } while k > sign
    }
}

extension String {
    func leftPad(_ n: Int) -> String {
        let c = self.count
        return c >= n ? self : String(repeating: "0", count: n - c) + self
    }
}
