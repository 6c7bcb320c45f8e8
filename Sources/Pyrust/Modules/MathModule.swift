// math: CPython 3.11's functions and constants, with its errors ("math domain error" for
// arguments outside a function's domain, "math range error" for results that overflow).

import Glibc

enum MathModule {
    static let definition = NativeModule { d in
        func add(_ name: String, _ f: @escaping NativeFunction) {
            try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: "math", name: name, f)))
        }
        try? d.set(.str(PyStr.make("pi")), .float(Double.pi))
        try? d.set(.str(PyStr.make("e")), .float(M_E))
        try? d.set(.str(PyStr.make("tau")), .float(2 * Double.pi))
        try? d.set(.str(PyStr.make("inf")), .float(Double.infinity))
        try? d.set(.str(PyStr.make("nan")), .float(Double.nan))

        // One-argument float functions: f, and whether an argument is outside the domain.
        let unary: [(String, (Double) -> Double, (Double) -> Bool)] = [
            ("sqrt", { $0.squareRoot() }, { $0 < 0 }),
            ("exp", { Glibc.exp($0) }, { _ in false }),
            ("expm1", { Glibc.expm1($0) }, { _ in false }),
            ("log1p", { Glibc.log1p($0) }, { $0 <= -1 }),
            ("sin", { Glibc.sin($0) }, { $0.isInfinite }),
            ("cos", { Glibc.cos($0) }, { $0.isInfinite }),
            ("tan", { Glibc.tan($0) }, { $0.isInfinite }),
            ("asin", { Glibc.asin($0) }, { $0 < -1 || $0 > 1 }),
            ("acos", { Glibc.acos($0) }, { $0 < -1 || $0 > 1 }),
            ("atan", { Glibc.atan($0) }, { _ in false }),
            ("sinh", { Glibc.sinh($0) }, { _ in false }),
            ("cosh", { Glibc.cosh($0) }, { _ in false }),
            ("tanh", { Glibc.tanh($0) }, { _ in false }),
            ("asinh", { Glibc.asinh($0) }, { _ in false }),
            ("acosh", { Glibc.acosh($0) }, { $0 < 1 }),
            ("atanh", { Glibc.atanh($0) }, { $0 <= -1 || $0 >= 1 }),
            ("erf", { Glibc.erf($0) }, { _ in false }),
            ("erfc", { Glibc.erfc($0) }, { _ in false }),
            ("fabs", { Swift.abs($0) }, { _ in false }),
            ("degrees", { $0 * (180.0 / Double.pi) }, { _ in false }),
            ("radians", { $0 * (Double.pi / 180.0) }, { _ in false }),
        ]
        for (name, f, outside) in unary {
            add(name) { (vm, args) throws(PyError) -> Value in
                try args.noKeywords(name)
                try args.expect(name, min: 1, max: 1)
                let x = try vm.mathDouble(args[0])
                if x.isNaN { return .float(x) }
                if outside(x) { throw valueError("math domain error") }
                let r = f(x)
                if r.isNaN { throw valueError("math domain error") }
                if r.isInfinite && x.isFinite { throw overflowError("math range error") }
                return .float(r)
            }
        }
        add("gamma") { (vm, args) throws(PyError) -> Value in
            try args.expect("gamma", min: 1, max: 1)
            let x = try vm.mathDouble(args[0])
            if x.isNaN || x == .infinity { return .float(x) }
            if x == -.infinity || (x <= 0 && x == x.rounded(.down)) { throw valueError("math domain error") }
            let r = Glibc.tgamma(x)
            if r.isInfinite { throw overflowError("math range error") }
            return .float(r)
        }
        add("lgamma") { (vm, args) throws(PyError) -> Value in
            try args.expect("lgamma", min: 1, max: 1)
            let x = try vm.mathDouble(args[0])
            if x.isNaN { return .float(x) }
            if x.isInfinite { return .float(.infinity) }
            if x <= 0 && x == x.rounded(.down) { throw valueError("math domain error") }
            let r = Glibc.lgamma(x) as Double
            if r.isInfinite { throw overflowError("math range error") }
            return .float(r)
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            let special: Special = name == "floor" ? .floor : name == "ceil" ? .ceil : .trunc
            add(name) { (vm, args) throws(PyError) -> Value in
                try args.noKeywords(name)
                try args.expect(name, min: 1, max: 1)
                let v = args[0]
                switch v {
                case .int, .big: return v
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let x): return try vm.floatToInt(x, rule)
                default:
                    if let f = vm.userSpecial(v, special) { return try vm.callSpecial(f, v, []) }
                    if name == "trunc" { throw typeError("type \(typeName(v)) doesn't define __trunc__ method") }
                    return try vm.floatToInt(try vm.mathDouble(v), rule)
                }
            }
        }
        add("log") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("log")
            try args.expect("log", min: 1, max: 2)
            let num = try vm.mathLog(args[0], Glibc.log)
            if args.count == 1 { return .float(num) }
            let den = try vm.mathLog(args[1], Glibc.log)
            if den == 0 { throw zeroDivisionError("float division by zero") }
            return .float(num / den)
        }
        add("log2") { (vm, args) throws(PyError) -> Value in
            try args.expect("log2", min: 1, max: 1)
            return .float(try vm.mathLog(args[0], Glibc.log2))
        }
        add("log10") { (vm, args) throws(PyError) -> Value in
            try args.expect("log10", min: 1, max: 1)
            return .float(try vm.mathLog(args[0], Glibc.log10))
        }
        add("pow") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("pow")
            try args.expect("pow", min: 2, max: 2)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            if !x.isFinite || !y.isFinite {
                if x.isNaN { return .float(y == 0 ? 1 : x) }
                if y.isNaN { return .float(x == 1 ? 1 : y) }
                return .float(Glibc.pow(x, y))
            }
            if x == 0 && y < 0 { throw valueError("math domain error") }
            let r = Glibc.pow(x, y)
            if r.isNaN { throw valueError("math domain error") }
            if r.isInfinite { throw overflowError("math range error") }
            return .float(r)
        }
        add("atan2") { (vm, args) throws(PyError) -> Value in
            try args.expect("atan2", min: 2, max: 2)
            return .float(Glibc.atan2(try vm.mathDouble(args[0]), try vm.mathDouble(args[1])))
        }
        add("copysign") { (vm, args) throws(PyError) -> Value in
            try args.expect("copysign", min: 2, max: 2)
            return .float(Glibc.copysign(try vm.mathDouble(args[0]), try vm.mathDouble(args[1])))
        }
        add("fmod") { (vm, args) throws(PyError) -> Value in
            try args.expect("fmod", min: 2, max: 2)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x.isInfinite || y == 0 { throw valueError("math domain error") }
            return .float(Glibc.fmod(x, y))
        }
        add("remainder") { (vm, args) throws(PyError) -> Value in
            try args.expect("remainder", min: 2, max: 2)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            if x.isNaN || y.isNaN { return .float(.nan) }
            if x.isInfinite || y == 0 { throw valueError("math domain error") }
            if y.isInfinite { return .float(x) }
            return .float(Glibc.remainder(x, y))
        }
        add("modf") { (vm, args) throws(PyError) -> Value in
            try args.expect("modf", min: 1, max: 1)
            let x = try vm.mathDouble(args[0])
            if x.isInfinite { return .tuple(PyTuple([.float(Glibc.copysign(0, x)), .float(x)])) }
            var ip = 0.0
            let fp = Glibc.modf(x, &ip)
            return .tuple(PyTuple([.float(fp), .float(ip)]))
        }
        add("frexp") { (vm, args) throws(PyError) -> Value in
            try args.expect("frexp", min: 1, max: 1)
            let x = try vm.mathDouble(args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .tuple(PyTuple([.float(x), .int(0)])) }
            var e: Int32 = 0
            let m = Glibc.frexp(x, &e)
            return .tuple(PyTuple([.float(m), .int(Int(e))]))
        }
        add("ldexp") { (vm, args) throws(PyError) -> Value in
            try args.expect("ldexp", min: 2, max: 2)
            let x = try vm.mathDouble(args[0])
            guard let n = asNum(args[1]), case let exp = n, !(exp.isFloat) else {
                throw typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let e: Int
            switch exp {
            case .small(let i): e = i
            case .big(let b): e = b.isNegative ? Int.min : Int.max
            case .float: e = 0
            }
            let clamped = Int32(clamping: e)
            let r = Glibc.ldexp(x, clamped)
            if r.isInfinite { throw overflowError("math range error") }
            return .float(r)
        }
        add("hypot") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("hypot")
            var xs: [Double] = []
            for k in 0..<args.count { xs.append(try vm.mathDouble(args[k])) }
            return .float(hypotOf(xs))
        }
        add("dist") { (vm, args) throws(PyError) -> Value in
            try args.expect("dist", min: 2, max: 2)
            let p = try vm.toArray(args[0]), q = try vm.toArray(args[1])
            guard case .tuple = args[0] else { throw typeError("dist(): argument 1 must be tuple, not \(typeName(args[0]))") }
            guard case .tuple = args[1] else { throw typeError("dist(): argument 2 must be tuple, not \(typeName(args[1]))") }
            if p.count != q.count { throw valueError("both points must have the same number of dimensions") }
            var xs: [Double] = []
            for k in 0..<p.count { xs.append(try vm.mathDouble(p[k]) - vm.mathDouble(q[k])) }
            return .float(hypotOf(xs))
        }
        for name in ["isfinite", "isinf", "isnan"] {
            add(name) { (vm, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                let x = try vm.mathDouble(args[0])
                switch name {
                case "isfinite": return .bool(x.isFinite)
                case "isinf": return .bool(x.isInfinite)
                default: return .bool(x.isNaN)
                }
            }
        }
        add("isclose") { (vm, args) throws(PyError) -> Value in
            if args.positionalCount != 2 {
                throw typeError("isclose() takes exactly 2 positional arguments (\(args.positionalCount) given)")
            }
            var rel = 1e-09, absTol = 0.0
            for (k, n) in args.kwNames.enumerated() {
                let v = try vm.mathDouble(args.values[args.positionalCount + k])
                switch n.string {
                case "rel_tol": rel = v
                case "abs_tol": absTol = v
                default: throw typeError("isclose() got an unexpected keyword argument '\(n.string)'")
                }
            }
            let a = try vm.mathDouble(args[0]), b = try vm.mathDouble(args[1])
            if rel < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool((diff <= Swift.abs(rel * b)) || (diff <= Swift.abs(rel * a)) || diff <= absTol)
        }
        add("nextafter") { (vm, args) throws(PyError) -> Value in
            try args.expect("nextafter", min: 2, max: 2)
            return .float(Glibc.nextafter(try vm.mathDouble(args[0]), try vm.mathDouble(args[1])))
        }
        add("ulp") { (vm, args) throws(PyError) -> Value in
            try args.expect("ulp", min: 1, max: 1)
            let x = try vm.mathDouble(args[0])
            if x.isNaN { return .float(x) }
            let a = Swift.abs(x)
            if a.isInfinite { return .float(a) }
            let next = a.nextUp
            if next.isInfinite { return .float(a - a.nextDown) }
            return .float(next - a)
        }
        add("fsum") { (vm, args) throws(PyError) -> Value in
            try args.expect("fsum", min: 1, max: 1)
            var xs: [Double] = []
            for v in try vm.toArray(args[0]) { xs.append(try vm.mathDouble(v)) }
            return .float(try exactSum(xs))
        }
        add("prod") { (vm, args) throws(PyError) -> Value in
            if args.positionalCount != 1 {
                throw typeError("prod() takes exactly 1 positional argument (\(args.positionalCount) given)")
            }
            var acc: Value = .int(1)
            for (k, n) in args.kwNames.enumerated() {
                guard n.equals("start") else { throw typeError("prod() got an unexpected keyword argument '\(n.string)'") }
                acc = args.values[args.positionalCount + k]
            }
            for v in try vm.toArray(args[0]) { acc = try vm.binaryOp(.mul, acc, v) }
            return acc
        }
        add("gcd") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("gcd")
            var g = BigInt(0)
            for k in 0..<args.count { g = BigInt.gcd(g, try vm.mathInteger(args[k])) }
            return .int(g.magnitude)
        }
        add("lcm") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("lcm")
            var l = BigInt(1)
            for k in 0..<args.count {
                let x = try vm.mathInteger(args[k]).magnitude
                if x.isZero || l.isZero { l = BigInt(0); continue }
                l = (l * x).floorDivMod(BigInt.gcd(l, x)).quotient
            }
            return .int(l)
        }
        add("factorial") { (vm, args) throws(PyError) -> Value in
            try args.expect("factorial", min: 1, max: 1)
            let n = try vm.mathInteger(args[0])
            if n.isNegative { throw valueError("factorial() not defined for negative values") }
            guard let k = n.asInt, k <= 200_000 else { throw overflowError("factorial() argument should not exceed \(Int.max)") }
            return .int(productRange(2, k))
        }
        add("comb") { (vm, args) throws(PyError) -> Value in
            try args.expect("comb", min: 2, max: 2)
            let n = try vm.mathInteger(args[0]), k = try vm.mathInteger(args[1])
            if n.isNegative { throw valueError("n must be a non-negative integer") }
            if k.isNegative { throw valueError("k must be a non-negative integer") }
            guard let ni = n.asInt, let ki0 = k.asInt else { throw overflowError("min(n - k, k) must not exceed \(Int.max)") }
            if ki0 > ni { return .int(0) }
            let ki = min(ki0, ni - ki0)
            if ki > 100_000 { throw overflowError("comb() result too large") }
            return .int(productRange(ni - ki + 1, ni).floorDivMod(productRange(2, ki)).quotient)
        }
        add("perm") { (vm, args) throws(PyError) -> Value in
            try args.expect("perm", min: 1, max: 2)
            let n = try vm.mathInteger(args[0])
            let kGiven = args.count == 2 && !args[1].isNone
            if n.isNegative {
                throw valueError(kGiven ? "n must be a non-negative integer" : "factorial() not defined for negative values")
            }
            guard let ni = n.asInt else { throw overflowError("n must not exceed \(Int.max)") }
            var ki = ni
            if kGiven {
                let k = try vm.mathInteger(args[1])
                if k.isNegative { throw valueError("k must be a non-negative integer") }
                guard let kk = k.asInt else { throw overflowError("k must not exceed \(Int.max)") }
                ki = kk
            }
            if ki > ni { return .int(0) }
            if ki > 200_000 { throw overflowError("perm() result too large") }
            return .int(productRange(ni - ki + 1, ni))
        }
        add("isqrt") { (vm, args) throws(PyError) -> Value in
            try args.expect("isqrt", min: 1, max: 1)
            let n = try vm.mathInteger(args[0])
            if n.isNegative { throw valueError("isqrt() argument must be nonnegative") }
            return .int(integerSquareRoot(n))
        }
    }

    /// lo * (lo+1) * ... * hi (1 when the range is empty), by halves so the big products balance.
    static func productRange(_ lo: Int, _ hi: Int) -> BigInt {
        if lo > hi { return BigInt(1) }
        if hi - lo < 16 {
            var p = BigInt(lo)
            var k = lo + 1
            while k <= hi { p = p * BigInt(k); k += 1 }
            return p
        }
        let mid = lo + (hi - lo) / 2
        return productRange(lo, mid) * productRange(mid + 1, hi)
    }

    /// floor(sqrt(n)) for n >= 0 (Newton's method from a power of two above the root).
    static func integerSquareRoot(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        var x = BigInt(1).shiftedLeft((n.bitLength + 1) / 2)
        while true {
            let y = (x + n.floorDivMod(x).quotient).shiftedRight(1)
            if !(y < x) { return x }
            x = y
        }
    }

    /// sqrt of the sum of squares, scaled so that nothing overflows or underflows early.
    static func hypotOf(_ xs: [Double]) -> Double {
        var maxAbs = 0.0
        var sawNaN = false
        for x in xs {
            if x.isInfinite { return .infinity }
            if x.isNaN { sawNaN = true }
            maxAbs = Swift.max(maxAbs, Swift.abs(x))
        }
        if sawNaN { return .nan }
        if maxAbs == 0 || xs.count <= 1 { return maxAbs }
        var sum = 0.0
        for x in xs { let s = x / maxAbs; sum += s * s }
        return maxAbs * sum.squareRoot()
    }

    /// The correctly rounded sum (Shewchuk's partials, CPython's fsum).
    static func exactSum(_ xs: [Double]) throws(PyError) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infSum = 0.0
        for var x in xs {
            let xsave = x
            var i = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 { partials[i] = lo; i += 1 }
                x = hi
            }
            if !x.isFinite {
                if xsave.isFinite { throw overflowError("intermediate overflow in fsum") }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                partials.removeAll()
            } else {
                partials.removeSubrange(i...)
                partials.append(x)
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw valueError("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = partials.count
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}

extension Num {
    var isFloat: Bool { if case .float = self { return true }; return false }
}

extension VM {
    /// A math function's float argument: numbers, then __float__, then __index__.
    func mathDouble(_ v: Value) throws(PyError) -> Double {
        if case .float(let d) = v { return d }
        if let n = asNum(v) { return try doubleOf(n) }
        if let f = userSpecial(v, .float) {
            let r = try callSpecial(f, v, [])
            guard case .float(let d) = r else {
                throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
            }
            return d
        }
        if let f = userSpecial(v, .index) {
            if let n = asNum(try callSpecial(f, v, [])) { return try doubleOf(n) }
        }
        throw typeError("must be real number, not \(typeName(v))")
    }

    /// A math function's integer argument (ints, bools and __index__).
    func mathInteger(_ v: Value) throws(PyError) -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .big(let b): return b.value
        default:
            if let f = userSpecial(v, .index) {
                let r = try callSpecial(f, v, [])
                if let n = asNum(r), let b = bigOf(n) { return b }
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// log, log2 or log10 of a number, ints of any size included.
    func mathLog(_ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
        if let n = asNum(v), case .big(let b) = n {
            if b.isNegative || b.isZero { throw valueError("math domain error") }
            if let d = b.toDouble() { return f(d) }
            // Too big for a float: x * 2**e with x in [0.5, 1), as CPython's loghelper does.
            let e = b.bitLength
            let top = b.shiftedRight(e - 64).limbs.first ?? 0
            let x = Double(top) * 0x1p-64
            return f(x) + f(2) * Double(e)
        }
        let x = try mathDouble(v)
        if x.isNaN { return x }
        if x <= 0 { throw valueError("math domain error") }
        return f(x)
    }
}
