// random: CPython 3.11's module, number for number. The generator is the Mersenne Twister
// (MT19937) seeded as CPython's _random does (init_by_array of the seed's 32-bit chunks); the
// methods follow random.py's algorithms and operation order, so a seeded program draws the
// same values as under python3. Arguments that random.py handles with plain Python operators
// (uniform's a + (b - a) * random(), ...) go through the VM's operators, so ints, floats and
// errors behave as there. Not provided: SystemRandom, randbytes (no bytes type yet),
// subclassing Random.

import CPyrustSupport
import Glibc

/// A Mersenne Twister generator: random.Random instances and the module's hidden instance.
final class PyRandom: PyObject {
    static let n = 624
    static let m = 397
    let state: UnsafeMutablePointer<UInt32>
    var index: Int
    /// gauss()'s second value, kept for the next call (None when there is none).
    var gaussNext: Value = .none

    override var pyType: PyType { RandomModule.type }

    override init() {
        state = UnsafeMutablePointer<UInt32>.allocate(capacity: PyRandom.n)
        state.initialize(repeating: 0, count: PyRandom.n)
        index = PyRandom.n + 1
        super.init()
    }

    deinit { state.deallocate() }

    private func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<PyRandom.n {
            let prev = state[i - 1]
            state[i] = 1812433253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
        }
        index = PyRandom.n
    }

    /// Seeds from an array of 32-bit words (least significant first).
    func initByArray(_ key: [UInt32]) {
        let n = PyRandom.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1566083941)) &- UInt32(truncatingIfNeeded: i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            k -= 1
        }
        state[0] = 0x8000_0000
    }

    /// Seeds from the magnitude of an int (its 32-bit chunks, least significant first).
    func seed(magnitude b: BigInt) {
        var key: [UInt32] = []
        for limb in b.limbs {
            key.append(UInt32(truncatingIfNeeded: limb))
            key.append(UInt32(truncatingIfNeeded: limb >> 32))
        }
        while key.count > 1 && key[key.count - 1] == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        initByArray(key)
    }

    /// seed(None): 624 words of the operating system's randomness (one getrandom call; the
    /// standard library's generator, one call per word, only if that fails).
    func seedFromOS() {
        var key = [UInt32](repeating: 0, count: PyRandom.n)
        let status = key.withUnsafeMutableBytes { pyrust_support_os_random($0.baseAddress, $0.count) }
        if status != 0 {
            var g = SystemRandomNumberGenerator()
            for i in 0..<key.count { key[i] = UInt32(truncatingIfNeeded: g.next() as UInt64) }
        }
        initByArray(key)
    }

    @inline(__always)
    func nextWord() -> UInt32 {
        let n = PyRandom.n, m = PyRandom.m
        if index >= n {
            let mt = state
            @inline(__always) func twist(_ y: UInt32) -> UInt32 { (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_b0df) }
            var kk = 0
            while kk < n - m {
                let y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
                mt[kk] = mt[kk + m] ^ twist(y)
                kk += 1
            }
            while kk < n - 1 {
                let y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
                mt[kk] = mt[kk + m - n] ^ twist(y)
                kk += 1
            }
            let y = (mt[n - 1] & 0x8000_0000) | (mt[0] & 0x7fff_ffff)
            mt[n - 1] = mt[m - 1] ^ twist(y)
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// random(): 53 random bits in [0, 1).
    @inline(__always)
    func nextDouble() -> Double {
        let a = Double(nextWord() >> 5), b = Double(nextWord() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// getrandbits(k) for 0 <= k <= 64.
    @inline(__always)
    func bits64(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextWord() >> UInt32(32 - k)) }
        let lo = UInt64(nextWord())
        let hi = UInt64(nextWord() >> UInt32(64 - k))
        return lo | (hi << 32)
    }

    /// getrandbits(k) for any k >= 0: 32-bit words from the least significant up, the last
    /// one keeping its top bits.
    func bits(_ k: Int) -> BigInt {
        if k <= 63 { return BigInt(Int(bits64(k))) }
        var limbs: [UInt64] = []
        limbs.reserveCapacity((k + 63) / 64)
        var left = k
        var word = 0
        var current: UInt64 = 0
        while left > 0 {
            var r = nextWord()
            if left < 32 { r >>= UInt32(32 - left) }
            if word & 1 == 0 { current = UInt64(r) } else { current |= UInt64(r) << 32; limbs.append(current) }
            word += 1
            left -= 32
        }
        if word & 1 == 1 { limbs.append(current) }
        return BigInt(negative: false, limbs: limbs)
    }

    /// _randbelow(n) for 0 < n: getrandbits(n.bit_length()) until below n.
    @inline(__always)
    func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(bits64(k))
        while r >= n { r = Int(bits64(k)) }
        return r
    }

    func below(_ n: BigInt) -> BigInt {
        if let small = n.asInt { return BigInt(below(small)) }
        let k = n.bitLength
        var r = bits(k)
        while !(r < n) { r = bits(k) }
        return r
    }
}

enum RandomModule {
    static let type: PyType = {
        let t = PyType("Random", base: .object, kind: .object)
        t.nativeModule = "random"
        t.nativeConstructor = { (vm, args) throws(PyError) -> Value in
            let a = try args.python("Random.__init__", ["x"], required: 0)
            let r = PyRandom()
            try seed(vm, r, a[0] ?? .none, version: .int(2))
            return .object(r)
        }
        return t
    }()

    static let definition = NativeModule { d in
        let inst = PyRandom()
        inst.seedFromOS()
        try? d.set(.str(PyStr.make("Random")), .type(type))
        for m in Method.allCases {
            try? d.set(.str(PyStr.make(m.rawValue)), .builtin(PyBuiltinFunction(module: "random", name: m.rawValue) {
                (vm, args) throws(PyError) -> Value in try invoke(m, vm, inst, args)
            }))
        }
    }

    /// `r.name` on a Random instance.
    static func attribute(_ r: PyRandom, _ name: PyStr) -> Value? {
        let key = name.string
        if key == "gauss_next" { return r.gaussNext }
        if key == "VERSION" { return .int(3) }
        guard let m = Method(rawValue: key) else { return nil }
        return .builtin(PyBuiltinFunction(module: "random", name: key) { (vm, args) throws(PyError) -> Value in
            try invoke(m, vm, r, args)
        })
    }

    /// The methods of Random instances (and, bound to the hidden instance, the module's functions).
    enum Method: String, CaseIterable {
        case seed, random, getrandbits, getstate, setstate, randrange, randint, choice, choices, shuffle, sample
        case uniform, triangular, normalvariate, gauss, lognormvariate, expovariate, vonmisesvariate
        case gammavariate, betavariate, paretovariate, weibullvariate
    }

    static func invoke(_ m: Method, _ vm: VM, _ r: PyRandom, _ args: Args) throws(PyError) -> Value {
        switch m {
        case .seed:
            let a = try args.python("Random.seed", ["a", "version"], required: 0)
            try seed(vm, r, a[0] ?? .none, version: a[1] ?? .int(2))
            return .none
        case .random:
            try noArguments("random", args)
            return .float(r.nextDouble())
        case .getrandbits:
            if args.hasKeywords { throw typeError("Random.getrandbits() takes no keyword arguments") }
            if args.count != 1 { throw typeError("Random.getrandbits() takes exactly one argument (\(args.count) given)") }
            let k = try vm.mathInteger(args[0])
            guard let ki = k.asInt, ki <= Int(Int32.max), ki >= Int(Int32.min) else {
                throw overflowError("Python int too large to convert to C int")
            }
            if ki < 0 { throw valueError("number of bits must be non-negative") }
            return .int(r.bits(ki))
        case .getstate:
            _ = try args.python("Random.getstate", [], required: 0)
            var items: [Value] = []
            items.reserveCapacity(PyRandom.n + 1)
            for i in 0..<PyRandom.n { items.append(.int(Int(r.state[i]))) }
            items.append(.int(r.index))
            return .tuple(PyTuple([.int(3), .tuple(PyTuple(items)), r.gaussNext]))
        case .setstate:
            let a = try args.python("Random.setstate", ["state"], required: 1)
            try setState(vm, r, a[0]!)
            return .none
        case .randrange:
            let a = try args.python("Random.randrange", ["start", "stop", "step"], required: 1)
            return try randrange(vm, r, a[0]!, a[1] ?? .none, a[2])
        case .randint:
            let a = try args.python("Random.randint", ["a", "b"], required: 2)
            return try randrange(vm, r, a[0]!, try vm.binaryOp(.add, a[1]!, .int(1)), nil)
        case .choice:
            let a = try args.python("Random.choice", ["seq"], required: 1)
            let seq = a[0]!
            let n = try vm.length(seq)
            if n == 0 { throw indexError("Cannot choose from an empty sequence") }
            return try item(vm, seq, r.below(n))
        case .choices:
            let a = try args.python("Random.choices", ["population", "weights"], required: 1, kwOnly: ["cum_weights", "k"])
            return try choices(vm, r, a[0]!, weights: a[1] ?? .none, cumWeights: a[2] ?? .none, k: a[3] ?? .int(1))
        case .shuffle:
            let a = try args.python("Random.shuffle", ["x"], required: 1)
            let x = a[0]!
            if case .list(let l) = x {
                var i = l.items.count - 1
                while i >= 1 {
                    let j = r.below(i + 1)
                    if i < l.items.count && j < l.items.count { l.items.swapAt(i, j) }
                    i -= 1
                }
                return .none
            }
            var i = try vm.length(x) - 1
            while i >= 1 {
                let j = r.below(i + 1)
                let xj = try vm.subscriptValue(x, .int(j)), xi = try vm.subscriptValue(x, .int(i))
                try vm.storeSubscript(x, .int(i), xj)
                try vm.storeSubscript(x, .int(j), xi)
                i -= 1
            }
            return .none
        case .sample:
            let a = try args.python("Random.sample", ["population", "k"], required: 2, kwOnly: ["counts"])
            return try sample(vm, r, a[0]!, a[1]!, counts: a[2] ?? .none)
        case .uniform:
            let a = try args.python("Random.uniform", ["a", "b"], required: 2)
            let width = try vm.binaryOp(.sub, a[1]!, a[0]!)
            return try vm.binaryOp(.add, a[0]!, try vm.binaryOp(.mul, width, .float(r.nextDouble())))
        case .triangular:
            let a = try args.python("Random.triangular", ["low", "high", "mode"], required: 0)
            var low = a[0] ?? .float(0.0), high = a[1] ?? .float(1.0)
            let mode = a[2] ?? .none
            var u: Value = .float(r.nextDouble())
            var c: Value
            if mode.isNone {
                c = .float(0.5)
            } else {
                do throws(PyError) {
                    c = try vm.binaryOp(.truediv, try vm.binaryOp(.sub, mode, low), try vm.binaryOp(.sub, high, low))
                } catch {
                    if error.exc.type.isSubtype(of: .zeroDivisionError) { return low }
                    throw error
                }
            }
            if try vm.compareOp(.gt, u, c) {
                u = try vm.binaryOp(.sub, .float(1.0), u)
                c = try vm.binaryOp(.sub, .float(1.0), c)
                swap(&low, &high)
            }
            let root = try vm.mathDouble(try vm.binaryOp(.mul, u, c))
            if root < 0 { throw valueError("math domain error") }
            return try vm.binaryOp(.add, low, try vm.binaryOp(.mul, try vm.binaryOp(.sub, high, low), .float(root.squareRoot())))
        case .normalvariate:
            let a = try args.python("Random.normalvariate", ["mu", "sigma"], required: 0)
            return try affine(vm, a[0] ?? .float(0.0), normal(r), a[1] ?? .float(1.0))
        case .gauss:
            let a = try args.python("Random.gauss", ["mu", "sigma"], required: 0)
            var z = r.gaussNext
            r.gaussNext = .none
            if z.isNone {
                let x2pi = r.nextDouble() * twoPi
                let g2rad = try sqrtChecked(-2.0 * (try logChecked(1.0 - r.nextDouble())))
                z = .float(Glibc.cos(x2pi) * g2rad)
                r.gaussNext = .float(Glibc.sin(x2pi) * g2rad)
            }
            let mu = a[0] ?? .float(0.0), sigma = a[1] ?? .float(1.0)
            return try vm.binaryOp(.add, mu, try vm.binaryOp(.mul, z, sigma))
        case .lognormvariate:
            let a = try args.python("Random.lognormvariate", ["mu", "sigma"], required: 2)
            let v = try vm.mathDouble(try affine(vm, a[0]!, normal(r), a[1]!))
            let e = Glibc.exp(v)
            if e.isInfinite && v.isFinite { throw overflowError("math range error") }
            return .float(e)
        case .expovariate:
            let a = try args.python("Random.expovariate", ["lambd"], required: 1)
            let num = -(try logChecked(1.0 - r.nextDouble()))
            return try vm.binaryOp(.truediv, .float(num), a[0]!)
        case .vonmisesvariate:
            let a = try args.python("Random.vonmisesvariate", ["mu", "kappa"], required: 2)
            let mu = a[0]!, kappa = a[1]!
            if try vm.compareOp(.le, kappa, .float(1e-6)) { return .float(twoPi * r.nextDouble()) }
            let s = try vm.mathDouble(try vm.binaryOp(.truediv, .float(0.5), kappa))
            let rr = s + (1.0 + s * s).squareRoot()
            var z = 0.0
            while true {
                let u1 = r.nextDouble()
                z = Glibc.cos(Double.pi * u1)
                let d = z / (rr + z)
                let u2 = r.nextDouble()
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * Glibc.exp(d) { break }
            }
            let q = 1.0 / rr
            let f = (q + z) / (1.0 + q * z)
            let u3 = r.nextDouble()
            let af = Glibc.acos(f)
            if af.isNaN { throw valueError("math domain error") }
            let theta = u3 > 0.5 ? try vm.binaryOp(.add, mu, .float(af)) : try vm.binaryOp(.sub, mu, .float(af))
            return try vm.binaryOp(.mod, theta, .float(twoPi))
        case .gammavariate:
            let a = try args.python("Random.gammavariate", ["alpha", "beta"], required: 2)
            return try vm.binaryOp(.mul, .float(try gamma(vm, r, a[0]!, a[1]!)), a[1]!)
        case .betavariate:
            let a = try args.python("Random.betavariate", ["alpha", "beta"], required: 2)
            let y = try gamma(vm, r, a[0]!, .float(1.0))
            if y == 0 { return .float(0.0) }
            let other = try gamma(vm, r, a[1]!, .float(1.0))
            return .float(y / (y + other))
        case .paretovariate:
            let a = try args.python("Random.paretovariate", ["alpha"], required: 1)
            let u = 1.0 - r.nextDouble()
            return try vm.binaryOp(.pow, .float(u), try vm.binaryOp(.truediv, .float(-1.0), a[0]!))
        case .weibullvariate:
            let a = try args.python("Random.weibullvariate", ["alpha", "beta"], required: 2)
            let u = 1.0 - r.nextDouble()
            let base = -(try logChecked(u))
            let p = try vm.binaryOp(.pow, .float(base), try vm.binaryOp(.truediv, .float(1.0), a[1]!))
            return try vm.binaryOp(.mul, a[0]!, p)
        }
    }

    static let twoPi = 2.0 * Double.pi
    static let nvMagic = 4 * Glibc.exp(-0.5) / (2.0 as Double).squareRoot()
    static let log4 = Glibc.log(4.0)
    static let sgMagic = 1.0 + Glibc.log(4.5)

    /// METH_NOARGS methods of the C type.
    static func noArguments(_ name: String, _ args: Args) throws(PyError) {
        if args.hasKeywords { throw typeError("Random.\(name)() takes no keyword arguments") }
        if args.count != 0 { throw typeError("Random.\(name)() takes no arguments (\(args.count) given)") }
    }

    /// math.log of a float (random.py's _log), with its domain error.
    static func logChecked(_ x: Double) throws(PyError) -> Double {
        if x.isNaN { return x }
        if x <= 0 { throw valueError("math domain error") }
        return Glibc.log(x)
    }

    static func sqrtChecked(_ x: Double) throws(PyError) -> Double {
        if x < 0 { throw valueError("math domain error") }
        return x.squareRoot()
    }

    /// mu + z * sigma with Python's operators.
    static func affine(_ vm: VM, _ mu: Value, _ z: Double, _ sigma: Value) throws(PyError) -> Value {
        return try vm.binaryOp(.add, mu, try vm.binaryOp(.mul, .float(z), sigma))
    }

    /// normalvariate's z: Kinderman and Monahan's ratio method.
    static func normal(_ r: PyRandom) throws(PyError) -> Double {
        while true {
            let u1 = r.nextDouble()
            let u2 = 1.0 - r.nextDouble()
            let z = nvMagic * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -(try logChecked(u2)) { return z }
        }
    }

    /// gammavariate(alpha, beta) / beta: the draw before scaling (beta only checked here).
    static func gamma(_ vm: VM, _ r: PyRandom, _ alphaValue: Value, _ beta: Value) throws(PyError) -> Double {
        if try vm.compareOp(.le, alphaValue, .float(0.0)) {
            throw valueError("gammavariate: alpha and beta must be > 0.0")
        }
        if try vm.compareOp(.le, beta, .float(0.0)) {
            throw valueError("gammavariate: alpha and beta must be > 0.0")
        }
        let alpha = try vm.mathDouble(alphaValue)
        if alpha > 1.0 {
            // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
            // parameters", Applied Statistics (1977), 26, No. 1, p71-74.
            let ainv = try sqrtChecked(2.0 * alpha - 1.0)
            let bbb = alpha - log4
            let ccc = alpha + ainv
            while true {
                let u1 = r.nextDouble()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - r.nextDouble()
                let v = (try logChecked(u1 / (1.0 - u1))) / ainv
                let x = alpha * Glibc.exp(v)
                let z = u1 * u1 * u2
                let rr = bbb + ccc * v - x
                if rr + sgMagic - 4.5 * z >= 0.0 { return x }
                if rr >= (try logChecked(z)) { return x }
            }
        } else if alpha == 1.0 {
            return -(try logChecked(1.0 - r.nextDouble()))
        } else {
            // Algorithm GS of Statistical Computing (Kennedy and Gentle).
            var x = 0.0
            while true {
                let u = r.nextDouble()
                let b = (M_E + alpha) / M_E
                let p = b * u
                if p <= 1.0 {
                    x = try floatPow(vm, p, 1.0 / alpha)
                } else {
                    x = -(try logChecked((b - p) / alpha))
                }
                let u1 = r.nextDouble()
                if p > 1.0 {
                    if u1 <= (try floatPow(vm, x, alpha - 1.0)) { break }
                } else if u1 <= Glibc.exp(-x) {
                    break
                }
            }
            return x
        }
    }

    /// a ** b for floats, with Python's errors.
    static func floatPow(_ vm: VM, _ a: Double, _ b: Double) throws(PyError) -> Double {
        let v = try vm.binaryOp(.pow, .float(a), .float(b))
        if case .float(let d) = v { return d }
        return try vm.mathDouble(v)
    }

    // MARK: seeding and state

    static func seed(_ vm: VM, _ r: PyRandom, _ a: Value, version: Value) throws(PyError) {
        let v1 = try pyEquals(version, .int(1)), v2 = try pyEquals(version, .int(2))
        var value = a
        if case .str(let s) = a.payloadOrSelf, v1 {
            let scalars = Array(s.string.unicodeScalars)
            var x: UInt64 = scalars.isEmpty ? 0 : UInt64(scalars[0].value) << 7
            for c in scalars { x = (1000003 &* x) ^ UInt64(c.value) }
            x ^= UInt64(scalars.count)
            r.seed(magnitude: BigInt(negative: false, limbs: [x]))
            r.gaussNext = .none
            return
        } else if case .str(let s) = a.payloadOrSelf, v2 {
            var bytes = Array(s.string.utf8)
            bytes += SHA512.digest(bytes)
            // int.from_bytes(bytes, 'big') as 64-bit limbs, least significant first.
            var limbs: [UInt64] = []
            var i = bytes.count
            while i > 0 {
                var limb: UInt64 = 0
                let lo = max(0, i - 8)
                for k in lo..<i { limb = (limb << 8) | UInt64(bytes[k]) }
                limbs.append(limb)
                i = lo
            }
            r.seed(magnitude: BigInt(negative: false, limbs: limbs))
            r.gaussNext = .none
            return
        }
        switch a.payloadOrSelf {
        case .none:
            r.seedFromOS()
        case .int(let i):
            r.seed(magnitude: BigInt(i).magnitude)
        case .bool(let b):
            r.seed(magnitude: BigInt(b ? 1 : 0))
        case .big(let b):
            r.seed(magnitude: b.value.magnitude)
        case .float, .str:
            value = a
            let h = try pyHash(value.payloadOrSelf)
            r.seed(magnitude: BigInt(UInt64(bitPattern: Int64(h))))
        default:
            throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
        r.gaussNext = .none
    }

    static func setState(_ vm: VM, _ r: PyRandom, _ state: Value) throws(PyError) {
        let version = try vm.subscriptValue(state, .int(0))
        let isV3 = try pyEquals(version, .int(3)), isV2 = try pyEquals(version, .int(2))
        guard isV3 || isV2 else {
            let text = try vm.str(version).string
            throw valueError("state with version \(text) passed to Random.setstate() of version 3")
        }
        let parts = try vm.unpackItems(state, count: 3)
        r.gaussNext = parts[2]
        var internalState = parts[1]
        if isV2 {
            var items: [Value] = []
            do throws(PyError) {
                try vm.forEach(internalState) { (x) throws(PyError) in
                    items.append(try vm.binaryOp(.mod, x, .int(BigInt(1).shiftedLeft(32))))
                }
            } catch {
                if error.exc.type.isSubtype(of: .valueError) { throw typeError("") }
                throw error
            }
            internalState = .tuple(PyTuple(items))
        }
        guard case .tuple(let t) = internalState.payloadOrSelf else { throw typeError("state vector must be a tuple") }
        let items = t.items
        if items.count != PyRandom.n + 1 { throw valueError("state vector is the wrong size") }
        var words = [UInt32](repeating: 0, count: PyRandom.n)
        for i in 0..<PyRandom.n {
            let v = items[i]
            guard let n = asNum(v), let b = bigOf(n) else { throw typeError("an integer is required") }
            if b.isNegative { throw overflowError("can't convert negative value to unsigned int") }
            if b.bitLength > 64 { throw overflowError("Python int too large to convert to C unsigned long") }
            words[i] = UInt32(truncatingIfNeeded: b.limbs.first ?? 0)
        }
        let idx = try vm.mathInteger(items[PyRandom.n])
        guard let index = idx.asInt else { throw overflowError("Python int too large to convert to C long") }
        if index < 0 || index > PyRandom.n { throw valueError("invalid state") }
        for i in 0..<PyRandom.n { r.state[i] = words[i] }
        r.index = index
    }

    // MARK: integers from ranges

    /// operator.index, else int() of a value equal to it (random.py's fallback for floats).
    static func rangeArgument(_ vm: VM, _ v: Value, _ what: String) throws(PyError) -> BigInt {
        do throws(PyError) {
            return try vm.mathInteger(v)
        } catch {
            guard error.exc.type.isSubtype(of: .typeError) else { throw error }
        }
        let i = try vm.call(.type(.int), [v])
        if !(try pyEquals(i, v)) { throw valueError("non-integer \(what) for randrange()") }
        return try vm.mathInteger(i)
    }

    static func randrange(_ vm: VM, _ r: PyRandom, _ start: Value, _ stop: Value, _ step: Value?) throws(PyError) -> Value {
        let istart = try rangeArgument(vm, start, "arg 1")
        if stop.isNone {
            if let s = step, !(s.isIntOne) { throw typeError("Missing a non-None stop argument") }
            if istart.signum > 0 { return .int(r.below(istart)) }
            throw valueError("empty range for randrange()")
        }
        let istop = try rangeArgument(vm, stop, "stop")
        let width = istop - istart
        let istep = try step.map { (s) throws(PyError) -> BigInt in try rangeArgument(vm, s, "step") } ?? BigInt(1)
        if istep == BigInt(1) {
            if width.signum > 0 { return .int(istart + r.below(width)) }
            throw valueError("empty range for randrange() (\(istart.toString(radix: 10)), \(istop.toString(radix: 10)), \(width.toString(radix: 10)))")
        }
        let n: BigInt
        if istep.signum > 0 {
            n = (width + istep - BigInt(1)).floorDivMod(istep).quotient
        } else if istep.signum < 0 {
            n = (width + istep + BigInt(1)).floorDivMod(istep).quotient
        } else {
            throw valueError("zero step for randrange()")
        }
        if n.signum <= 0 { throw valueError("empty range for randrange()") }
        return .int(istart + istep * r.below(n))
    }

    // MARK: sequences

    /// seq[i] (fast for lists, tuples and ranges).
    @inline(__always)
    static func item(_ vm: VM, _ seq: Value, _ i: Int) throws(PyError) -> Value {
        switch seq {
        case .list(let l) where i < l.items.count: return l.items[i]
        case .tuple(let t) where i < t.items.count: return t.items[i]
        default: return try vm.subscriptValue(seq, .int(i))
        }
    }

    /// itertools.repeat's count: an index; negative means none.
    static func repeatCount(_ vm: VM, _ k: Value) throws(PyError) -> Int {
        let b = try vm.mathInteger(k)
        guard let n = b.asInt else { throw overflowError("Python int too large to convert to C ssize_t") }
        return max(0, n)
    }

    /// bisect.bisect_right(a, x, lo, hi).
    static func bisectRight(_ vm: VM, _ a: Value, _ x: Value, _ lo0: Int, _ hi0: Int) throws(PyError) -> Int {
        var lo = lo0, hi = hi0
        if case .list(let l) = a, case .float(let xd) = x {
            while lo < hi {
                let mid = (lo + hi) / 2
                guard mid < l.items.count else { break }
                let m = l.items[mid]
                let less: Bool
                switch m {
                case .float(let md): less = xd < md
                default: less = try vm.lessThan(x, m)
                }
                if less { hi = mid } else { lo = mid + 1 }
            }
            if lo >= hi { return lo }
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if try vm.lessThan(x, try item(vm, a, mid)) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// list(itertools.accumulate(xs)).
    static func accumulate(_ vm: VM, _ xs: Value) throws(PyError) -> [Value] {
        var out: [Value] = []
        var total: Value? = nil
        try vm.forEach(xs) { (x) throws(PyError) in
            let t = try total.map { (s) throws(PyError) -> Value in try vm.binaryOp(.add, s, x) } ?? x
            total = t
            out.append(t)
        }
        return out
    }

    static func choices(_ vm: VM, _ r: PyRandom, _ population: Value, weights: Value, cumWeights: Value, k: Value) throws(PyError) -> Value {
        let n = try vm.length(population)
        var cum: Value
        if cumWeights.isNone {
            if weights.isNone {
                let count = try repeatCount(vm, k)
                let nf = Double(n)
                var out: [Value] = []
                out.reserveCapacity(count)
                for _ in 0..<count {
                    let f = (r.nextDouble() * nf).rounded(.down)
                    out.append(try item(vm, population, Int(f)))
                }
                return .list(PyList(out))
            }
            do throws(PyError) {
                cum = .list(PyList(try accumulate(vm, weights)))
            } catch {
                guard error.exc.type.isSubtype(of: .typeError), asNum(weights).map({ !$0.isFloatNum }) ?? false else { throw error }
                let kText = try vm.repr(weights).string
                throw typeError("The number of choices must be a keyword argument: k=\(kText)")
            }
        } else if !weights.isNone {
            throw typeError("Cannot specify both weights and cumulative weights")
        } else {
            cum = cumWeights
        }
        if try vm.length(cum) != n { throw valueError("The number of weights does not match the population") }
        let total = try vm.binaryOp(.add, try vm.subscriptValue(cum, .int(-1)), .float(0.0))
        if try vm.compareOp(.le, total, .float(0.0)) { throw valueError("Total of weights must be greater than zero") }
        if !(try vm.mathDouble(total)).isFinite { throw valueError("Total of weights must be finite") }
        let hi = n - 1
        let count = try repeatCount(vm, k)
        var out: [Value] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let x = try vm.binaryOp(.mul, .float(r.nextDouble()), total)
            out.append(try item(vm, population, try bisectRight(vm, cum, x, 0, hi)))
        }
        return .list(PyList(out))
    }

    /// isinstance(v, collections.abc.Sequence) for the types pyrust has.
    static func isSequence(_ v: Value) -> Bool {
        switch v.payloadOrSelf {
        case .list, .tuple, .str: return true
        case .object(let o): return o is PyRange || o is PyBigRange
        default: return false
        }
    }

    static func sample(_ vm: VM, _ r: PyRandom, _ population: Value, _ kValue: Value, counts: Value) throws(PyError) -> Value {
        if !isSequence(population) {
            throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try vm.length(population)
        if !counts.isNone {
            var cumCounts = try accumulate(vm, counts)
            if cumCounts.count != n { throw valueError("The number of counts does not match the population") }
            guard let total = cumCounts.popLast() else { throw indexError("pop from empty list") }
            switch total.payloadOrSelf {
            case .int, .big, .bool: break
            default: throw typeError("Counts must be integers")
            }
            if try vm.compareOp(.le, total, .int(0)) { throw valueError("Total of counts must be greater than zero") }
            let range = try vm.call(.type(.range), [total])
            guard case .list(let selections) = try sample(vm, r, range, kValue, counts: .none) else { return .none }
            let cumList = Value.list(PyList(cumCounts))
            var out: [Value] = []
            out.reserveCapacity(selections.items.count)
            for s in selections.items {
                out.append(try vm.subscriptValue(population, .int(try bisectRight(vm, cumList, s, 0, cumCounts.count))))
            }
            return .list(PyList(out))
        }
        var inRange = try vm.compareOp(.le, .int(0), kValue)
        if inRange { inRange = try vm.compareOp(.le, kValue, .int(n)) }
        if !inRange { throw valueError("Sample larger than population or is negative") }
        guard let k = asNum(kValue).flatMap({ bigOf($0) })?.asInt else {
            throw typeError("can't multiply sequence by non-int of type '\(typeName(kValue))'")
        }
        var result = [Value](repeating: .none, count: k)
        var setSize = 21
        if k > 5 {
            let e = (Glibc.log(Double(k * 3)) / Glibc.log(4.0)).rounded(.up)
            setSize += Int(Glibc.pow(4.0, e))
        }
        if n <= setSize {
            var pool = try vm.toArray(population)
            for i in 0..<k {
                let j = r.below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = r.below(n)
                while selected.contains(j) { j = r.below(n) }
                selected.insert(j)
                result[i] = try item(vm, population, j)
            }
        }
        return .list(PyList(result))
    }
}

extension Value {
    /// The int 1 (random.py's `step is not _ONE` test: the cached small int).
    var isIntOne: Bool { if case .int(1) = self { return true }; return false }
}

extension Num {
    var isFloatNum: Bool { if case .float = self { return true }; return false }
}
