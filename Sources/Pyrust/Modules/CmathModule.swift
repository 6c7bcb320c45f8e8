// cmath: CPython 3.11's complex functions with the same formulas (cmathmodule.c's), so
// finite arguments give the same bits. Infinite and nan arguments get CPython's answers
// from its special-value tables (CmathSpecialValues.swift) and formulas.

import Glibc

enum CmathModule {
    /// What a cmath function's formula reports besides its value (CPython's errno).
    enum Failure { case none, domain, range }

    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let logLargeDouble = Glibc.log(largeDouble)
    static let sqrtLargeDouble = largeDouble.squareRoot()
    static let sqrtDoubleMin = Double.leastNormalMagnitude.squareRoot()
    static let ln2 = 0.6931471805599453094
    static let ln10 = 2.302585092994045684

    static let definition = NativeModule { d in
        func add(_ name: String, _ f: @escaping NativeFunction) {
            try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: "cmath", name: name, f)))
        }
        func set(_ name: String, _ v: Value) { try? d.set(.str(PyStr.make(name)), v) }
        set("pi", .float(Double.pi))
        set("e", .float(M_E))
        set("tau", .float(2 * Double.pi))
        set("inf", .float(Double.infinity))
        set("nan", .float(Double.nan))
        set("infj", .complex(0, Double.infinity))
        set("nanj", .complex(0, Double.nan))

        let unary: [(String, (ComplexValue) -> (ComplexValue, Failure))] = [
            ("sqrt", { (sqrtC($0), .none) }),
            ("exp", expC),
            ("log10", { z in
                let (r, f) = logC(z)
                return (ComplexValue(re: r.re / ln10, im: r.im / ln10), f)
            }),
            ("cosh", coshC),
            ("sinh", sinhC),
            ("tanh", tanhC),
            ("cos", { z in coshC(ComplexValue(re: -z.im, im: z.re)) }),
            ("sin", { z in
                let (s, f) = sinhC(ComplexValue(re: -z.im, im: z.re))
                return (ComplexValue(re: s.im, im: -s.re), f)
            }),
            ("tan", { z in
                let (s, f) = tanhC(ComplexValue(re: -z.im, im: z.re))
                return (ComplexValue(re: s.im, im: -s.re), f)
            }),
            ("acos", { (acosC($0), .none) }),
            ("acosh", { (acoshC($0), .none) }),
            ("asinh", { (asinhC($0), .none) }),
            ("asin", { z in
                let s = asinhC(ComplexValue(re: -z.im, im: z.re))
                return (ComplexValue(re: s.im, im: -s.re), .none)
            }),
            ("atanh", atanhC),
            ("atan", { z in
                let (s, f) = atanhC(ComplexValue(re: -z.im, im: z.re))
                return (ComplexValue(re: s.im, im: -s.re), f)
            }),
        ]
        for (name, f) in unary {
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                let z = try vm.cmathComplex(args[0])
                let (r, failure) = f(z)
                try check(failure)
                return .complex(r.re, r.im)
            }
        }

        add("log") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("cmath.log")
            try args.checkPositional("log", min: 1, max: 2)
            let x = try vm.cmathComplex(args[0])
            let base = args.count > 1 ? try vm.cmathComplex(args[1]) : nil
            var (r, failure) = logC(x)
            if let b = base {
                let (lb, f2) = logC(b)
                failure = f2   // CPython's errno: the second log overwrites the first's
                if let q = complexQuotient(r, lb) { r = q } else { failure = .domain }
            }
            try check(failure)
            return .complex(r.re, r.im)
        }
        add("phase") { (vm, args) throws(PyError) -> Value in
            try oneArgument("phase", args)
            let z = try vm.cmathComplex(args[0])
            return .float(atan2(z.im, z.re))
        }
        add("polar") { (vm, args) throws(PyError) -> Value in
            try oneArgument("polar", args)
            let z = try vm.cmathComplex(args[0])
            let r: Double
            do {
                r = try complexAbs(z.re, z.im)
            } catch {
                throw overflowError("math range error")
            }
            return .tuple(PyTuple([.float(r), .float(atan2(z.im, z.re))]))
        }
        add("rect") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("cmath.rect")
            try args.checkPositional("rect", min: 2, max: 2)
            let r = try vm.mathDouble(args[0]), phi = try vm.mathDouble(args[1])
            if !r.isFinite || !phi.isFinite {
                if r.isInfinite && phi.isFinite && phi != 0 {
                    let re = copysign(.infinity, cos(phi)), im = copysign(.infinity, sin(phi))
                    return r > 0 ? .complex(re, im) : .complex(-re, -im)
                }
                let (z, failure) = tabled(rectSpecial, rectSpecialDomainError, ComplexValue(re: r, im: phi))
                try check(failure)
                return .complex(z.re, z.im)
            }
            if phi == 0 { return .complex(r, r * phi) }
            return .complex(r * cos(phi), r * sin(phi))
        }
        let predicates: [(String, (ComplexValue) -> Bool)] = [
            ("isfinite", { $0.re.isFinite && $0.im.isFinite }),
            ("isinf", { $0.re.isInfinite || $0.im.isInfinite }),
            ("isnan", { $0.re.isNaN || $0.im.isNaN }),
        ]
        for (name, p) in predicates {
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                return .bool(p(try vm.cmathComplex(args[0])))
            }
        }
        add("isclose") { (vm, args) throws(PyError) -> Value in
            if args.count > 2 {
                throw typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)")
            }
            try args.onlyKeywords("isclose", ["a", "b", "rel_tol", "abs_tol"])
            var operands: [ComplexValue] = []
            for (k, name) in ["a", "b"].enumerated() {
                guard let v = k < args.count ? args[k] : args.keyword(name) else {
                    throw typeError("isclose() missing required argument '\(name)' (pos \(k + 1))")
                }
                operands.append(try vm.cmathComplex(v))
            }
            let a = operands[0], b = operands[1]
            let relTol = try args.keyword("rel_tol").map { (v) throws(PyError) -> Double in try vm.mathDouble(v) } ?? 1e-9
            let absTol = try args.keyword("abs_tol").map { (v) throws(PyError) -> Double in try vm.mathDouble(v) } ?? 0
            if relTol < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
            if a.re == b.re && a.im == b.im { return .bool(true) }
            if a.re.isInfinite || a.im.isInfinite || b.re.isInfinite || b.im.isInfinite { return .bool(false) }
            let diff = plainAbs(ComplexValue(re: a.re - b.re, im: a.im - b.im))
            return .bool(diff <= relTol * plainAbs(b) || diff <= relTol * plainAbs(a) || diff <= absTol)
        }
    }

    static func oneArgument(_ name: String, _ args: Args) throws(PyError) {
        if args.hasKeywords { throw typeError("cmath.\(name)() takes no keyword arguments") }
        if args.count != 1 { throw typeError("cmath.\(name)() takes exactly one argument (\(args.count) given)") }
    }

    /// CPython's special_type: NINF, N, NZERO, PZERO, P, PINF, NAN.
    static func specialClass(_ d: Double) -> Int {
        if d.isNaN { return 6 }
        if d.isInfinite { return d < 0 ? 0 : 5 }
        if d == 0 { return d.sign == .minus ? 2 : 3 }
        return d < 0 ? 1 : 4
    }

    /// The table's answer when z has an infinite or nan part, else nil.
    static func special(_ table: [(Double, Double)], _ z: ComplexValue) -> ComplexValue? {
        if z.re.isFinite && z.im.isFinite { return nil }
        let (re, im) = table[specialClass(z.re) * 7 + specialClass(z.im)]
        return ComplexValue(re: re, im: im)
    }

    static func check(_ f: Failure) throws(PyError) {
        switch f {
        case .none: return
        case .domain: throw valueError("math domain error")
        case .range: throw overflowError("math range error")
        }
    }

    /// _Py_c_abs without its error.
    static func plainAbs(_ z: ComplexValue) -> Double {
        if z.re.isInfinite || z.im.isInfinite { return .infinity }
        if z.re.isNaN || z.im.isNaN { return .nan }
        return hypot(z.re, z.im)
    }

    static func rangeChecked(_ r: ComplexValue) -> (ComplexValue, Failure) {
        (r, r.re.isInfinite || r.im.isInfinite ? .range : .none)
    }

    // The formulas below are those of CPython's c_* functions for finite arguments.

    static func sqrtC(_ z: ComplexValue) -> ComplexValue {
        if let s = special(sqrtSpecial, z) { return s }
        if z.re == 0 && z.im == 0 { return ComplexValue(re: 0, im: z.im) }
        var ax = Swift.abs(z.re)
        let ay = Swift.abs(z.im)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            // hypot(ax, ay) would be subnormal: scale up first.
            ax = scalbn(ax, 53)
            s = scalbn((ax + hypot(ax, scalbn(ay, 53))).squareRoot(), -27)
        } else {
            ax /= 8
            s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
        }
        let d = ay / (2 * s)
        if z.re >= 0 { return ComplexValue(re: s, im: copysign(d, z.im)) }
        return ComplexValue(re: d, im: copysign(s, z.im))
    }

    /// An infinite real part with a finite nonzero imaginary part (CPython computes these).
    static func infiniteRealFiniteImag(_ z: ComplexValue) -> Bool {
        z.re.isInfinite && z.im.isFinite && z.im != 0
    }

    /// A table entry and its domain error for a non-finite z.
    static func tabled(_ table: [(Double, Double)], _ errors: [Bool], _ z: ComplexValue) -> (ComplexValue, Failure) {
        let k = specialClass(z.re) * 7 + specialClass(z.im)
        return (ComplexValue(re: table[k].0, im: table[k].1), errors[k] ? .domain : .none)
    }

    static func expC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if !z.re.isFinite || !z.im.isFinite {
            if infiniteRealFiniteImag(z) {
                if z.re > 0 { return (ComplexValue(re: copysign(.infinity, cos(z.im)), im: copysign(.infinity, sin(z.im))), .none) }
                return (ComplexValue(re: copysign(0, cos(z.im)), im: copysign(0, sin(z.im))), .none)
            }
            return tabled(expSpecial, expSpecialDomainError, z)
        }
        if z.re > logLargeDouble {
            let l = Glibc.exp(z.re - 1)
            return rangeChecked(ComplexValue(re: l * cos(z.im) * M_E, im: l * sin(z.im) * M_E))
        }
        let l = Glibc.exp(z.re)
        return rangeChecked(ComplexValue(re: l * cos(z.im), im: l * sin(z.im)))
    }

    static func logC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if let s = special(logSpecial, z) { return (s, .none) }
        let ax = Swift.abs(z.re), ay = Swift.abs(z.im)
        var re: Double
        if ax > largeDouble || ay > largeDouble {
            re = Glibc.log(hypot(ax / 2, ay / 2)) + ln2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            if ax > 0 || ay > 0 {
                re = Glibc.log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * ln2
            } else {
                return (ComplexValue(re: -Double.infinity, im: atan2(z.im, z.re)), .domain)
            }
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = ax > ay ? ax : ay, an = ax > ay ? ay : ax
                re = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                re = Glibc.log(h)
            }
        }
        return (ComplexValue(re: re, im: atan2(z.im, z.re)), .none)
    }

    static func coshC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if !z.re.isFinite || !z.im.isFinite {
            if infiniteRealFiniteImag(z) {
                let im = copysign(.infinity, sin(z.im))
                return (ComplexValue(re: copysign(.infinity, cos(z.im)), im: z.re > 0 ? im : -im), .none)
            }
            return tabled(coshSpecial, coshSpecialDomainError, z)
        }
        if Swift.abs(z.re) > logLargeDouble {
            let x = z.re - copysign(1, z.re)
            return rangeChecked(ComplexValue(re: cos(z.im) * cosh(x) * M_E, im: sin(z.im) * sinh(x) * M_E))
        }
        return rangeChecked(ComplexValue(re: cos(z.im) * cosh(z.re), im: sin(z.im) * sinh(z.re)))
    }

    static func sinhC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if !z.re.isFinite || !z.im.isFinite {
            if infiniteRealFiniteImag(z) {
                let re = copysign(.infinity, cos(z.im))
                return (ComplexValue(re: z.re > 0 ? re : -re, im: copysign(.infinity, sin(z.im))), .none)
            }
            return tabled(sinhSpecial, sinhSpecialDomainError, z)
        }
        if Swift.abs(z.re) > logLargeDouble {
            let x = z.re - copysign(1, z.re)
            return rangeChecked(ComplexValue(re: cos(z.im) * sinh(x) * M_E, im: sin(z.im) * cosh(x) * M_E))
        }
        return rangeChecked(ComplexValue(re: cos(z.im) * sinh(z.re), im: sin(z.im) * cosh(z.re)))
    }

    static func tanhC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if !z.re.isFinite || !z.im.isFinite {
            if infiniteRealFiniteImag(z) {
                return (ComplexValue(re: z.re > 0 ? 1 : -1, im: copysign(0, 2 * sin(z.im) * cos(z.im))), .none)
            }
            return tabled(tanhSpecial, tanhSpecialDomainError, z)
        }
        return (tanhFinite(z), .none)
    }

    static func tanhFinite(_ z: ComplexValue) -> ComplexValue {
        if Swift.abs(z.re) > logLargeDouble {
            return ComplexValue(re: copysign(1, z.re),
                                im: 4 * sin(z.im) * cos(z.im) * Glibc.exp(-2 * Swift.abs(z.re)))
        }
        let tx = tanh(z.re), ty = tan(z.im), cx = 1 / cosh(z.re)
        let txty = tx * ty
        let denom = 1 + txty * txty
        return ComplexValue(re: tx * (1 + ty * ty) / denom, im: ((ty / denom) * cx) * cx)
    }

    static func acosC(_ z: ComplexValue) -> ComplexValue {
        if let s = special(acosSpecial, z) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let l = Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2
            let im = z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im)
            return ComplexValue(re: atan2(Swift.abs(z.im), z.re), im: im)
        }
        let s1 = sqrtC(ComplexValue(re: 1 - z.re, im: -z.im))
        let s2 = sqrtC(ComplexValue(re: 1 + z.re, im: z.im))
        return ComplexValue(re: 2 * atan2(s1.re, s2.re), im: asinh(s2.re * s1.im - s2.im * s1.re))
    }

    static func acoshC(_ z: ComplexValue) -> ComplexValue {
        if let s = special(acoshSpecial, z) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            return ComplexValue(re: Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2, im: atan2(z.im, z.re))
        }
        let s1 = sqrtC(ComplexValue(re: z.re - 1, im: z.im))
        let s2 = sqrtC(ComplexValue(re: z.re + 1, im: z.im))
        return ComplexValue(re: asinh(s1.re * s2.re + s1.im * s2.im), im: 2 * atan2(s1.im, s2.re))
    }

    static func asinhC(_ z: ComplexValue) -> ComplexValue {
        if let s = special(asinhSpecial, z) { return s }
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let l = Glibc.log(hypot(z.re / 2, z.im / 2)) + ln2 * 2
            let re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re)
            return ComplexValue(re: re, im: atan2(z.im, Swift.abs(z.re)))
        }
        let s1 = sqrtC(ComplexValue(re: 1 + z.im, im: -z.re))
        let s2 = sqrtC(ComplexValue(re: 1 - z.im, im: z.re))
        return ComplexValue(re: asinh(s1.re * s2.im - s2.re * s1.im),
                            im: atan2(z.im, s1.re * s2.re - s1.im * s2.im))
    }

    static func atanhC(_ z: ComplexValue) -> (ComplexValue, Failure) {
        if let s = special(atanhSpecial, z) { return (s, .none) }
        if z.re < 0 {
            // atanh(z) = -atanh(-z)
            let (r, f) = atanhC(ComplexValue(re: -z.re, im: -z.im))
            return (ComplexValue(re: -r.re, im: -r.im), f)
        }
        let ay = Swift.abs(z.im)
        if z.re > sqrtLargeDouble || ay > sqrtLargeDouble {
            let h = hypot(z.re / 2, z.im / 2)
            return (ComplexValue(re: z.re / 4 / h / h, im: -copysign(Double.pi / 2, -z.im)), .none)
        }
        if z.re == 1 && ay < sqrtDoubleMin {
            if ay == 0 { return (ComplexValue(re: .infinity, im: z.im), .domain) }
            return (ComplexValue(re: -Glibc.log(ay.squareRoot() / hypot(ay, 2).squareRoot()),
                                 im: copysign(atan2(2, -ay) / 2, z.im)), .none)
        }
        let re = log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4
        let im = -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2
        return (ComplexValue(re: re, im: im), .none)
    }
}

extension VM {
    /// A cmath argument as CPython's PyComplex_AsCComplex converts it.
    func cmathComplex(_ v: Value) throws(PyError) -> ComplexValue {
        if let c = v.complexObject { return ComplexValue(re: c.re, im: c.im) }
        if v.hasUserType, case .instance = v,
           let f = try? getAttr(.type(typeOf(v)), PyStr.make("__complex__")) {
            let r = try call(f, [v])
            guard let c = r.complexObject else {
                throw typeError("__complex__ returned non-complex (type \(typeName(r)))")
            }
            return ComplexValue(re: c.re, im: c.im)
        }
        return ComplexValue(re: try mathDouble(v), im: 0)
    }
}
