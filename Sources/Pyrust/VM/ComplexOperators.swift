// complex(...) and the operators on complex numbers, with CPython 3.11's conversions and errors.

extension VM {
    /// An int, bool or float (or a subclass of int/float) as a double; nil for other types.
    /// Ints too large for a double are CPython's OverflowError.
    func realAsDouble(_ v: Value) throws(PyError) -> Double? {
        switch asNum(v) {
        case .small(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            guard let d = b.toDouble() else { throw overflowError("int too large to convert to float") }
            return d
        case nil: return nil
        }
    }

    /// An operand of complex arithmetic: complex, int or float; nil when the type does not mix.
    func complexOperand(_ v: Value) throws(PyError) -> ComplexValue? {
        if let c = v.complexObject { return ComplexValue(re: c.re, im: c.im) }
        if let d = try realAsDouble(v) { return ComplexValue(re: d, im: 0) }
        return nil
    }

    /// a op b when either side is complex and the other a number; nil otherwise (the other
    /// operand's type then has its own errors: str concatenation, sequence repetition, ...).
    func complexBinaryOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value? {
        guard a.complexObject != nil || b.complexObject != nil else { return nil }
        guard let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
        let r: ComplexValue
        switch op {
        case .add: r = ComplexValue(re: x.re + y.re, im: x.im + y.im)
        case .sub: r = ComplexValue(re: x.re - y.re, im: x.im - y.im)
        case .mul: r = complexProduct(x, y)
        case .truediv:
            guard let q = complexQuotient(x, y) else { throw zeroDivisionError("complex division by zero") }
            r = q
        case .pow: r = try complexPower(x, y)
        default: throw unsupportedOperands(op, a, b, inplace: inplace)
        }
        return .complex(r.re, r.im)
    }

    /// complex(real=0, imag=0) and complex(string), as CPython 3.11's complex_new.
    func constructComplex(_ args: Args) throws(PyError) -> Value {
        let bound = try args.bind("complex", ["real", "imag"], required: 0)
        guard let r = bound[0] else {
            if let i = bound[1] { return try constructComplexParts(.int(0), i) }
            return .complex(0, 0)
        }
        if case .str(let s) = r {
            if bound[1] != nil { throw typeError("complex() can't take second arg if first is a string") }
            var badUnderscores = false
            guard let (x, y) = parseComplexString(s, badUnderscores: &badUnderscores) else {
                if badUnderscores { throw valueError("could not convert string to complex: \(try repr(r).string)") }
                throw valueError("complex() arg is a malformed string")
            }
            return .complex(x, y)
        }
        if let i = bound[1], case .str = i { throw typeError("complex() second arg can't be a string") }
        if bound[1] == nil, r.complexObject != nil { return r }
        return try constructComplexParts(r, bound[1])
    }

    private func constructComplexParts(_ r: Value, _ i: Value?) throws(PyError) -> Value {
        var cr: ComplexValue
        var crIsComplex = false
        if let c = try complexFromDunder(r) {
            cr = c
            crIsComplex = true
        } else if let d = try floatForComplex(r) {
            cr = ComplexValue(re: d, im: 0)
        } else {
            throw typeError("complex() first argument must be a string or a number, not '\(typeName(r))'")
        }
        var ciReal = 0.0
        if let i = i {
            if let c = i.complexObject {
                ciReal = c.re
                cr.re -= c.im
            } else if let d = try floatForComplex(i) {
                ciReal = d
            } else {
                throw typeError("complex() second argument must be a number, not '\(typeName(i))'")
            }
            if crIsComplex { ciReal += cr.im }
        } else {
            ciReal = cr.im
        }
        return .complex(cr.re, ciReal)
    }

    /// A complex value, or what an object's __complex__ returns; nil when neither applies.
    private func complexFromDunder(_ v: Value) throws(PyError) -> ComplexValue? {
        if let c = v.complexObject { return ComplexValue(re: c.re, im: c.im) }
        guard v.hasUserType, case .instance = v else { return nil }
        guard let f = try? getAttr(.type(typeOf(v)), PyStr.make("__complex__")) else { return nil }
        let r = try call(f, [v])
        guard let c = r.complexObject else {
            throw typeError("__complex__ returned non-complex (type \(typeName(r)))")
        }
        return ComplexValue(re: c.re, im: c.im)
    }

    /// float(v) for the numbers complex() accepts (int, float, __float__, __index__); nil otherwise.
    private func floatForComplex(_ v: Value) throws(PyError) -> Double? {
        if let d = try realAsDouble(v) { return d }
        if v.hasUserType, userSpecial(v, .float) != nil || userSpecial(v, .index) != nil {
            if case .float(let d) = try call(.type(.float), [v]) {
                return d
            }
        }
        return nil
    }
}
