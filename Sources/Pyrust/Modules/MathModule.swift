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

        // One-argument float functions as CPython's math_1: a NaN from a non-NaN is a domain
        // error, an infinity from a finite argument a range error (canOverflow) or a domain
        // error (a pole).
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, false),
            ("exp", { Glibc.exp($0) }, true),
            ("exp2", { Glibc.exp2($0) }, true),
            ("expm1", { Glibc.expm1($0) }, true),
            ("log1p", { $0 == 0 ? $0 : Glibc.log1p($0) }, false),
            ("cbrt", { Glibc.cbrt($0) }, false),
            ("sin", { Glibc.sin($0) }, false),
            ("cos", { Glibc.cos($0) }, false),
            ("tan", { Glibc.tan($0) }, false),
            ("asin", { Glibc.asin($0) }, false),
            ("acos", { Glibc.acos($0) }, false),
            ("atan", { Glibc.atan($0) }, false),
            ("sinh", { Glibc.sinh($0) }, true),
            ("cosh", { Glibc.cosh($0) }, true),
            ("tanh", { Glibc.tanh($0) }, false),
            ("asinh", { Glibc.asinh($0) }, false),
            ("acosh", { Glibc.acosh($0) }, false),
            ("atanh", { Glibc.atanh($0) }, false),
            ("fabs", { Swift.abs($0) }, false),
        ]
        for (name, f, canOverflow) in unary {
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                let x = try vm.mathDouble(args[0])
                let r = f(x)
                if r.isNaN && !x.isNaN { throw valueError("math domain error") }
                if r.isInfinite && x.isFinite {
                    throw canOverflow ? overflowError("math range error") : valueError("math domain error")
                }
                return .float(r)
            }
        }
        // No error checks at all (erf and erfc cannot fail; degrees and radians just scale).
        let plain: [(String, (Double) -> Double)] = [
            ("erf", { Glibc.erf($0) }),
            ("erfc", { Glibc.erfc($0) }),
            ("degrees", { $0 * (180.0 / Double.pi) }),
            ("radians", { $0 * (Double.pi / 180.0) }),
        ]
        for (name, f) in plain {
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                return .float(f(try vm.mathDouble(args[0])))
            }
        }
        add("gamma") { (vm, args) throws(PyError) -> Value in
            try oneArgument("gamma", args)
            return .float(try Lanczos.gamma(try vm.mathDouble(args[0])))
        }
        add("lgamma") { (vm, args) throws(PyError) -> Value in
            try oneArgument("lgamma", args)
            return .float(try Lanczos.lgamma(try vm.mathDouble(args[0])))
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            let special: Special = name == "floor" ? .floor : name == "ceil" ? .ceil : .trunc
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                let v = args[0]
                switch v {
                case .int, .big: return v
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let x): return try vm.floatToInt(x, rule)
                default:
                    if let f = vm.userSpecial(v, special) { return try vm.callSpecial(f, v, []) }
                    if case .instance(let inst) = v, inst.type.builtinBase != nil, let n = asNum(inst.builtinValue) {
                        switch n {
                        case .small(let i): return .int(i)
                        case .big(let b): return .int(b)
                        case .float(let x): return try vm.floatToInt(x, rule)
                        }
                    }
                    if name == "trunc" { throw typeError("type \(typeName(v)) doesn't define __trunc__ method") }
                    return try vm.floatToInt(try vm.mathDouble(v), rule)
                }
            }
        }
        add("log") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("log")
            if args.count < 1 || args.count > 2 { throw typeError("math.log requires 1 to 2 arguments") }
            let num = try vm.mathLog(args[0], Glibc.log)
            if args.count == 1 { return .float(num) }
            let den = try vm.mathLog(args[1], Glibc.log)
            if den == 0 { throw zeroDivisionError("float division by zero") }
            return .float(num / den)
        }
        add("log2") { (vm, args) throws(PyError) -> Value in
            try oneArgument("log2", args)
            return .float(try vm.mathLog(args[0], Glibc.log2))
        }
        add("log10") { (vm, args) throws(PyError) -> Value in
            try oneArgument("log10", args)
            return .float(try vm.mathLog(args[0], Glibc.log10))
        }
        add("pow") { (vm, args) throws(PyError) -> Value in
            try twoArguments("pow", args)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            return .float(try power(x, y))
        }
        // Two-argument float functions as CPython's math_2.
        let binary: [(String, (Double, Double) -> Double)] = [
            ("atan2", { atan2Special($0, $1) }),
            ("copysign", { Glibc.copysign($0, $1) }),
            ("remainder", { remainderSpecial($0, $1) }),
        ]
        for (name, f) in binary {
            add(name) { (vm, args) throws(PyError) -> Value in
                try twoArguments(name, args)
                let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
                let r = f(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw valueError("math domain error") }
                if r.isInfinite && x.isFinite && y.isFinite { throw overflowError("math range error") }
                return .float(r)
            }
        }
        add("fmod") { (vm, args) throws(PyError) -> Value in
            try twoArguments("fmod", args)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Glibc.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw valueError("math domain error") }
            return .float(r)
        }
        add("modf") { (vm, args) throws(PyError) -> Value in
            try oneArgument("modf", args)
            let x = try vm.mathDouble(args[0])
            if x.isInfinite { return .tuple(PyTuple([.float(Glibc.copysign(0, x)), .float(x)])) }
            if x.isNaN { return .tuple(PyTuple([.float(x), .float(x)])) }
            var ip = 0.0
            let fp = Glibc.modf(x, &ip)
            return .tuple(PyTuple([.float(fp), .float(ip)]))
        }
        add("frexp") { (vm, args) throws(PyError) -> Value in
            try oneArgument("frexp", args)
            let x = try vm.mathDouble(args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .tuple(PyTuple([.float(x), .int(0)])) }
            var e: Int32 = 0
            let m = Glibc.frexp(x, &e)
            return .tuple(PyTuple([.float(m), .int(Int(e))]))
        }
        add("ldexp") { (vm, args) throws(PyError) -> Value in
            try twoArguments("ldexp", args)
            let x = try vm.mathDouble(args[0])
            let e: Int
            switch asNum(args[1]) {
            case .small(let i)?: e = i
            case .big(let b)?: e = b.isNegative ? Int.min : Int.max
            default: throw typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            if e > Int(Int32.max) { throw overflowError("math range error") }
            if e < Int(Int32.min) { return .float(Glibc.copysign(0, x)) }
            let r = Glibc.ldexp(x, Int32(e))
            if r.isInfinite { throw overflowError("math range error") }
            return .float(r)
        }
        add("hypot") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("math.hypot")
            var xs: [Double] = []
            xs.reserveCapacity(args.count)
            for k in 0..<args.count { xs.append(Swift.abs(try vm.mathDouble(args[k]))) }
            return .float(vectorNorm(xs))
        }
        add("dist") { (vm, args) throws(PyError) -> Value in
            try twoArguments("dist", args)
            let p = try vm.toArray(args[0]), q = try vm.toArray(args[1])
            if p.count != q.count { throw valueError("both points must have the same number of dimensions") }
            var xs: [Double] = []
            xs.reserveCapacity(p.count)
            for k in 0..<p.count {
                let a = try vm.mathDouble(p[k]), b = try vm.mathDouble(q[k])
                xs.append(Swift.abs(a - b))
            }
            return .float(vectorNorm(xs))
        }
        for name in ["isfinite", "isinf", "isnan"] {
            add(name) { (vm, args) throws(PyError) -> Value in
                try oneArgument(name, args)
                let x = try vm.mathDouble(args[0])
                switch name {
                case "isfinite": return .bool(x.isFinite)
                case "isinf": return .bool(x.isInfinite)
                default: return .bool(x.isNaN)
                }
            }
        }
        add("isclose") { (vm, args) throws(PyError) -> Value in
            let a = try args.clinic("isclose", posOnly: 0, names: ["a", "b", "rel_tol", "abs_tol"], minPos: 2, maxPos: 2)
            let x = try vm.mathDouble(a[0]!), y = try vm.mathDouble(a[1]!)
            let rel = try a[2].map { (v) throws(PyError) -> Double in try vm.mathDouble(v) } ?? 1e-09
            let absTol = try a[3].map { (v) throws(PyError) -> Double in try vm.mathDouble(v) } ?? 0.0
            if rel < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(y - x)
            return .bool((diff <= Swift.abs(rel * y)) || (diff <= Swift.abs(rel * x)) || diff <= absTol)
        }
        add("nextafter") { (vm, args) throws(PyError) -> Value in
            try twoArguments("nextafter", args)
            let x = try vm.mathDouble(args[0]), y = try vm.mathDouble(args[1])
            return .float(Glibc.nextafter(x, y))
        }
        add("ulp") { (vm, args) throws(PyError) -> Value in
            try oneArgument("ulp", args)
            let x = try vm.mathDouble(args[0])
            if x.isNaN { return .float(x) }
            let a = Swift.abs(x)
            if a.isInfinite { return .float(a) }
            let next = Glibc.nextafter(a, .infinity)
            if next.isInfinite { return .float(a - Glibc.nextafter(a, -.infinity)) }
            return .float(next - a)
        }
        add("fsum") { (vm, args) throws(PyError) -> Value in
            try oneArgument("fsum", args)
            var xs: [Double] = []
            try vm.forEach(args[0]) { (v) throws(PyError) in xs.append(try vm.mathDouble(v)) }
            return .float(try exactSum(xs))
        }
        add("prod") { (vm, args) throws(PyError) -> Value in
            let a = try args.clinic("prod", posOnly: 1, names: ["start"], minPos: 1, maxPos: 1)
            var acc: Value = a[1] ?? .int(1)
            try vm.forEach(a[0]!) { (v) throws(PyError) in acc = try vm.binaryOp(.mul, acc, v) }
            return acc
        }
        add("gcd") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("math.gcd")
            if args.count == 1 { return .int(try vm.mathInteger(args[0]).magnitude) }
            var g = BigInt(0)
            for k in 0..<args.count { g = BigInt.gcd(g, try vm.mathInteger(args[k])) }
            return .int(g.magnitude)
        }
        add("lcm") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("math.lcm")
            if args.count == 1 { return .int(try vm.mathInteger(args[0]).magnitude) }
            var l = BigInt(1)
            for k in 0..<args.count {
                let x = try vm.mathInteger(args[k]).magnitude
                if x.isZero || l.isZero { l = BigInt(0); continue }
                l = (l * x).floorDivMod(BigInt.gcd(l, x)).quotient
            }
            return .int(l)
        }
        add("factorial") { (vm, args) throws(PyError) -> Value in
            try oneArgument("factorial", args)
            return .int(try factorial(try vm.mathInteger(args[0])))
        }
        add("comb") { (vm, args) throws(PyError) -> Value in
            try twoArguments("comb", args)
            let n = try vm.mathInteger(args[0]), k = try vm.mathInteger(args[1])
            if n.isNegative { throw valueError("n must be a non-negative integer") }
            if k.isNegative { throw valueError("k must be a non-negative integer") }
            let rest = n - k
            if rest.isNegative { return .int(0) }
            let kk = rest < k ? rest : k
            guard let ki = kk.asInt else { throw overflowError("min(n - k, k) must not exceed \(Int.max)") }
            if ki == 0 { return .int(1) }
            if ki == 1 { return .int(n) }
            try checkProductSize(n, ki)
            return .int(try BigIntWork.floorDivMod(try fallingProduct(n, ki), try productRange(2, ki)).quotient)
        }
        add("perm") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("math.perm")
            try args.expect("perm", min: 1, max: 2)
            if args.count == 1 || args[1].isNone { return .int(try factorial(try vm.mathInteger(args[0]))) }
            let n = try vm.mathInteger(args[0]), k = try vm.mathInteger(args[1])
            if n.isNegative { throw valueError("n must be a non-negative integer") }
            if k.isNegative { throw valueError("k must be a non-negative integer") }
            if n < k { return .int(0) }
            guard let ki = k.asInt else { throw overflowError("k must not exceed \(Int.max)") }
            if ki == 0 { return .int(1) }
            try checkProductSize(n, ki)
            return .int(try fallingProduct(n, ki))
        }
        add("isqrt") { (vm, args) throws(PyError) -> Value in
            try oneArgument("isqrt", args)
            let n = try vm.mathInteger(args[0])
            if n.isNegative { throw valueError("isqrt() argument must be nonnegative") }
            return .int(integerSquareRoot(n))
        }
    }

    /// METH_O functions: keywords first, then the count.
    @inline(__always)
    static func oneArgument(_ name: String, _ args: Args) throws(PyError) {
        if args.hasKeywords { throw typeError("math.\(name)() takes no keyword arguments") }
        if args.count != 1 { throw typeError("math.\(name)() takes exactly one argument (\(args.count) given)") }
    }

    /// Two positional arguments (_PyArg_CheckPositional's words).
    @inline(__always)
    static func twoArguments(_ name: String, _ args: Args) throws(PyError) {
        if args.hasKeywords { throw typeError("math.\(name)() takes no keyword arguments") }
        if args.count != 2 { throw typeError("\(name) expected 2 arguments, got \(args.count)") }
    }

    /// math.pow: IEEE special values handled here, finite ** finite by libm.
    static func power(_ x: Double, _ y: Double) throws(PyError) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Glibc.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1.0 { return 1 }
            if y > 0 && Swift.abs(x) > 1.0 { return y }
            if y < 0 && Swift.abs(x) < 1.0 { return -y }
            return 0
        }
        let r = Glibc.pow(x, y)
        if r.isNaN { throw valueError("math domain error") }
        if r.isInfinite { throw x == 0 ? valueError("math domain error") : overflowError("math range error") }
        return r
    }

    /// CPython's m_atan2: C99's special values whatever the platform's atan2 does.
    static func atan2Special(_ y: Double, _ x: Double) -> Double {
        if x.isNaN || y.isNaN { return .nan }
        if y.isInfinite {
            if x.isInfinite {
                return Glibc.copysign(Glibc.copysign(1, x) == 1 ? 0.25 * Double.pi : 0.75 * Double.pi, y)
            }
            return Glibc.copysign(0.5 * Double.pi, y)
        }
        if x.isInfinite || y == 0 {
            return Glibc.copysign(Glibc.copysign(1, x) == 1 ? 0 : Double.pi, y)
        }
        return Glibc.atan2(y, x)
    }

    /// IEEE 754 remainder (CPython's m_remainder).
    static func remainderSpecial(_ x: Double, _ y: Double) -> Double {
        if x.isFinite && y.isFinite {
            if y == 0 { return .nan }
            let ax = Swift.abs(x), ay = Swift.abs(y)
            let m = Glibc.fmod(ax, ay)
            let c = ay - m
            let r: Double
            if m < c { r = m } else if m > c { r = -c } else { r = m - 2.0 * Glibc.fmod(0.5 * (ax - m), ay) }
            return Glibc.copysign(1.0, x) * r
        }
        if x.isNaN { return x }
        if y.isNaN { return y }
        if x.isInfinite { return .nan }
        return x
    }

    /// n! for an int n (CPython's checks: negative, larger than a C long).
    static func factorial(_ n: BigInt) throws(PyError) -> BigInt {
        if n.isNegative { throw valueError("factorial() not defined for negative values") }
        guard let k = n.asInt else { throw overflowError("factorial() argument should not exceed \(Int.max)") }
        try checkProductSize(n, k)
        return try productRange(2, k)
    }

    /// A product of k factors none above n would exceed pyrust's int size limit.
    static func checkProductSize(_ n: BigInt, _ k: Int) throws(PyError) {
        let bits = Double(n.bitLength) * Double(k)
        if bits > Double(Limits.maxIntBits) * 4 { throw memoryError() }
    }

    /// n * (n-1) * ... * (n-k+1), k >= 1.
    /// The products are charged to the run's limits (BigIntWork): factorial(10**6) is seconds.
    static func fallingProduct(_ n: BigInt, _ k: Int) throws(PyError) -> BigInt {
        if let ni = n.asInt { return try productRange(ni - k + 1, ni) }
        func go(_ top: BigInt, _ count: Int) throws(PyError) -> BigInt {
            if count <= 8 {
                var p = top
                var f = top
                for _ in 1..<count { f = f - BigInt.one; p = try BigIntWork.multiply(p, f) }
                return p
            }
            let half = count / 2
            return try BigIntWork.multiply(try go(top, half), try go(top - BigInt(half), count - half))
        }
        return try go(n, k)
    }

    /// lo * (lo+1) * ... * hi (1 when the range is empty), by halves so the big products balance.
    static func productRange(_ lo: Int, _ hi: Int) throws(PyError) -> BigInt {
        if lo > hi { return BigInt(1) }
        if hi - lo < 16 {
            var p = BigInt(lo)
            var k = lo + 1
            while k <= hi { p = p * BigInt(k); k += 1 }
            return p
        }
        let mid = lo + (hi - lo) / 2
        return try BigIntWork.multiply(try productRange(lo, mid), try productRange(mid + 1, hi))
    }

    /// floor(sqrt(n)) for n >= 0: CPython's isqrt, which doubles the precision of an
    /// approximate root a at each step (a = (a << k) + (n >> m) / a), so the total cost is
    /// about that of the last division, then corrects a by at most one.
    static func integerSquareRoot(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        if let small = n.asInt, small < 1 << 52 {
            var r = Int(Double(small).squareRoot())
            while r * r > small { r -= 1 }
            while (r + 1) * (r + 1) <= small { r += 1 }
            return BigInt(r)
        }
        let c = (n.bitLength - 1) / 2
        var a = BigInt(1)
        var d = 0
        var s = Int.bitWidth - c.leadingZeroBitCount - 1
        while s >= 0 {
            let e = d
            d = c >> s
            a = a.shiftedLeft(d - e - 1) + n.shiftedRight(2 * c - e - d + 1).floorDivMod(a).quotient
            s -= 1
        }
        return a * a > n ? a - BigInt(1) : a
    }

    /// sqrt of the sum of squares of non-negative xs: CPython 3.11's vector_norm (scaled to
    /// avoid overflow, squares and sums kept exact in two parts, one correction step).
    static func vectorNorm(_ input: [Double]) -> Double {
        var maxValue = 0.0
        var foundNaN = false
        for x in input {
            if x.isNaN { foundNaN = true }
            if x > maxValue { maxValue = x }
        }
        if maxValue.isInfinite { return maxValue }
        if foundNaN { return .nan }
        if maxValue == 0 || input.count <= 1 { return maxValue }
        var vec = input
        var maxE: Int32 = 0
        _ = Glibc.frexp(maxValue, &maxE)
        if maxE < -1023 {
            // Subnormal maximum: ldexp(1.0, -maxE) would overflow, so scale up first.
            for i in vec.indices { vec[i] /= Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * vectorNorm(vec)
        }
        let scale = Glibc.ldexp(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for v in vec {
            let x = v * scale
            let (prHi, prLo) = exactProduct(x, x)
            let (smHi, smLo) = fastTwoSum(csum, prHi)
            csum = smHi
            frac1 += prLo
            frac2 += smLo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let (prHi, prLo) = exactProduct(-h, h)
        let (smHi, smLo) = fastTwoSum(csum, prHi)
        csum = smHi
        frac1 += prLo
        frac2 += smLo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    /// a + b as a rounded sum and its exact error (|a| >= |b|).
    @inline(__always)
    static func fastTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let x = a + b
        let z = x - a
        return (x, b - z)
    }

    /// x * y as a rounded product and its exact error (a fused multiply-add).
    @inline(__always)
    static func exactProduct(_ x: Double, _ y: Double) -> (Double, Double) {
        let z = x * y
        return (z, Glibc.fma(x, y, -z))
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
                continue
            } else {
                partials.removeSubrange(i...)
                if x != 0 { partials.append(x) }
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
        if userSpecial(v, .index) != nil, let n = asNum(try instanceIndex(v)) { return try doubleOf(n) }
        throw typeError("must be real number, not \(typeName(v))")
    }

    /// A math function's integer argument (ints, bools and __index__).
    func mathInteger(_ v: Value) throws(PyError) -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .big(let b): return b.value
        default:
            if case .instance = v, v.payloadOrSelf.isIntLike || userSpecial(v, .index) != nil,
               let n = asNum(try instanceIndex(v)), let b = bigOf(n) {
                return b
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// log, log2 or log10 of a number, ints of any size included (CPython's loghelper).
    func mathLog(_ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
        var intValue: BigInt? = nil
        switch v {
        case .int(let i): intValue = BigInt(i)
        case .bool(let b): intValue = BigInt(b ? 1 : 0)
        case .big(let b): intValue = b.value
        case .instance(let inst):
            if inst.type.builtinBase != nil, let n = asNum(inst.builtinValue), let b = bigOf(n) { intValue = b }
        default: break
        }
        if let b = intValue {
            if b.isNegative || b.isZero { throw valueError("math domain error") }
            if let d = b.toDouble() { return f(d) }
            // Too big for a float: x * 2**e with x in [0.5, 1) rounded half-even to 53 bits, as
            // CPython's _PyLong_Frexp.
            var e = b.bitLength
            var top = b.magnitudeBits(from: e - 64, count: 64)
            if b.hasMagnitudeBits(below: e - 64) { top |= 1 }
            var x = Double(top) * 0x1p-64
            if x == 1.0 { x = 0.5; e += 1 }
            return f(x) + f(2.0) * Double(e)
        }
        let x = try mathDouble(v)
        let r: Double
        if x.isNaN { return x }
        if x.isInfinite { r = x > 0 ? x : .nan } else if x > 0 { r = f(x) } else { r = .nan }
        if r.isNaN || (r.isInfinite && x.isFinite) { throw valueError("math domain error") }
        return r
    }

    /// Calls body with each item of an iterable, in order.
    func forEach(_ iterable: Value, _ body: (Value) throws(PyError) -> Void) throws(PyError) {
        switch iterable {
        case .list(let l):
            var i = 0
            while i < l.items.count { try body(l.items[i]); i += 1 }
        case .tuple(let t):
            for x in t.items { try body(x) }
        default:
            let it = try getIterator(iterable)
            while let x = try it.next(self) { try body(x) }
        }
    }
}
