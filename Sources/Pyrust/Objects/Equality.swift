// Type lookup, equality and hashing of values: Python's == and hash() for the builtin types.
// Hashes of numbers and tuples equal CPython's, so sets print in CPython's order.

import CPyrustSupport

func typeOf(_ v: Value) -> PyType {
    switch v {
    case .none: return .noneType
    case .bool: return .bool
    case .int, .big: return .int
    case .float: return .float
    case .str: return .str
    case .list: return .list
    case .tuple: return .tuple
    case .dict: return .dict
    case .set(let s): return s.isFrozen ? .frozenset : .set
    case .function: return .function
    case .builtin: return .builtinFunction
    case .type(let t): return t.metatype ?? .type
    case .exception(let e): return e.type
    case .instance(let i): return i.type
    case .object(let o): return o.pyType
    case .undefined: return .noneType
    }
}

@inline(__always) func typeName(_ v: Value) -> String { typeOf(v).name }

private let hashModulus = (1 << 61) - 1

@inline(__always) func intHash(_ x: Int) -> Int {
    let m = Int(x.magnitude % UInt(hashModulus))
    let r = x < 0 ? -m : m
    return r == -1 ? -2 : r
}

func pyHash(_ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return intHash(i)
    case .bool(let b): return b ? 1 : 0
    case .str(let s): return s.hash
    case .float(let d): return floatHash(d)
    case .big(let b): return b.value.pythonHash
    case .none: return 0x5f3759df
    case .tuple(let t): return try tupleHash(t.items)
    case .set(let s) where s.isFrozen: return s.frozenHash  // PySet holds the one implementation
    case .list, .dict, .set:
        throw typeError("unhashable type: '\(typeName(v))'")
    case .function(let f): return ObjectIdentifier(f).hashValue >> 4
    case .builtin(let f): return ObjectIdentifier(f).hashValue >> 4
    case .type(let t):
        if t.metatype != nil, let vm = ContextState.currentVM() { return try vm.instanceHash(v) }
        return ObjectIdentifier(t).hashValue >> 4
    case .exception(let e):
        if e.type.isHeapType, let vm = ContextState.currentVM() { return try vm.instanceHash(v) }
        return ObjectIdentifier(e).hashValue >> 4
    case .instance:
        guard let vm = ContextState.currentVM() else { return 0 }
        return try vm.instanceHash(v)
    case .object(let o):
        if o.isBytes {
            let b = unsafeDowncast(o, to: PyBytes.self)
            if b.isMutable { throw typeError("unhashable type: 'bytearray'") }
            return b.hash
        }
        // Ranges hash by value, as CPython's range_hash: the tuple (len, start, step), with
        // None for the parts that equal ranges need not share.
        if let r = rangeParts(o) {
            let length: Value = .int(r.length)
            if r.length.signum == 0 { return try tupleHash([length, .none, .none]) }
            if r.length == BigInt.one { return try tupleHash([length, .int(r.start), .none]) }
            return try tupleHash([length, .int(r.start), .int(r.step)])
        }
        if let c = o as? PyComplex { return complexHash(c.re, c.im) }
        if let g = o as? PyGenericAlias {
            return (ObjectIdentifier(g.origin).hashValue >> 4) ^ (try tupleHash(g.args))
        }
        if let u = o as? PyUnionType {
            // Order-blind, as equality is.
            var h = 0x3a5f
            for a in u.args { h ^= try pyHash(a) }
            return h == -1 ? -2 : h
        }
        return ObjectIdentifier(o).hashValue >> 4
    case .undefined: return 0
    }
}

/// CPython 3.11's tuple hash (an xxHash variant over the element hashes).
func tupleHash(_ items: [Value]) throws(PyError) -> Int {
    let p1: UInt64 = 11400714785074694791
    let p2: UInt64 = 14029467366897019727
    let p5: UInt64 = 2870177450012600261
    var acc = p5
    if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
    for item in items {
        let lane = UInt64(bitPattern: Int64(try pyHash(item)))
        acc = acc &+ lane &* p2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* p1
    }
    acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
    if acc == UInt64.max { return 1546275796 }
    return Int(Int64(bitPattern: acc))
}

/// Python `a == b` for builtin values. Bounded recursion through nested containers.
func pyEquals(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    return try equalsAtDepth(a, b, 0)
}

private func equalsAtDepth(_ a: Value, _ b: Value, _ depth: Int) throws(PyError) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.str(let x), .str(let y)): return x.equals(y)
    case (.float(let x), .float(let y)): return x == y
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    default: break
    }
    if let r = numericEquals(a, b) { return r }
    if let r = complexEquals(a, b) { return r }
    if a.hasUserType || b.hasUserType {
        if case .instance(let x) = a, case .instance(let y) = b, x === y { return true }
        guard let vm = ContextState.currentVM() else { return identical(a, b) }
        return try vm.truthy(try vm.richCompare(.eq, a, b))
    }
    if depth > Limits.nativeDepth || pyrust_stack_exhausted() != 0 {
        throw PyError(.recursionError, "maximum recursion depth exceeded in comparison")
    }
    switch (a, b) {
    case (.list(let x), .list(let y)):
        if x === y { return true }
        if x.items.count != y.items.count { return false }
        var i = 0
        while i < x.items.count && i < y.items.count {
            let l = x.items[i], r = y.items[i]
            if !identical(l, r), !(try equalsAtDepth(l, r, depth + 1)) { return false }
            i += 1
        }
        return x.items.count == y.items.count
    case (.tuple(let x), .tuple(let y)):
        if x === y { return true }
        if x.items.count != y.items.count { return false }
        for i in 0..<x.items.count {
            let l = x.items[i], r = y.items[i]
            if !identical(l, r), !(try equalsAtDepth(l, r, depth + 1)) { return false }
        }
        return true
    case (.dict(let x), .dict(let y)):
        if x === y { return true }
        if x.count != y.count { return false }
        for (k, v) in x.items {
            guard let w = try y.get(k) else { return false }
            if !identical(v, w), !(try equalsAtDepth(v, w, depth + 1)) { return false }
        }
        return true
    case (.set(let x), .set(let y)):
        if x === y { return true }
        if x.count != y.count { return false }
        for e in x.elements { if !(try y.contains(e)) { return false } }
        return true
    case (.object(let x), .object(let y)):
        if x.isBytes && y.isBytes {
            // bytes and bytearray compare by content, with each other too.
            return x === y || unsafeDowncast(x, to: PyBytes.self).bytes == unsafeDowncast(y, to: PyBytes.self).bytes
        }
        if let r = x as? PyRange, let q = y as? PyRange {
            // Ranges are equal when they produce the same sequence.
            let n = r.length
            if n != q.length { return false }
            if n == 0 { return true }
            if r.start != q.start { return false }
            return n == 1 || r.step == q.step
        }
        if let eq = rangesEqual(x, y) { return eq }   // either is a PyBigRange
        if let m = x as? PyMethod, let n = y as? PyMethod {
            // Bound methods are equal when they bind the same function to the same object.
            return identical(m.receiver, n.receiver) && identical(m.function, n.function)
        }
        if let g = x as? PyGenericAlias, let h = y as? PyGenericAlias {
            // list[int] == list[int]: same origin and equal arguments.
            if g.origin !== h.origin || g.args.count != h.args.count { return false }
            for i in 0..<g.args.count where !identical(g.args[i], h.args[i]) {
                if !(try equalsAtDepth(g.args[i], h.args[i], depth + 1)) { return false }
            }
            return true
        }
        if let u = x as? PyUnionType, let w = y as? PyUnionType {
            // int | str == str | int: the same members in any order.
            if u.args.count != w.args.count { return false }
            for a in u.args {
                var found = false
                for b in w.args where identical(a, b) { found = true }
                if !found {
                    for b in w.args {
                        if try equalsAtDepth(a, b, depth + 1) {
                            found = true
                            break
                        }
                    }
                }
                if !found { return false }
            }
            return true
        }
        return x === y
    default:
        return identical(a, b)
    }
}

/// Exact comparison of numbers of different kinds (int, big int, float, bool); nil if either is not a number.
func numericEquals(_ a: Value, _ b: Value) -> Bool? {
    guard let x = asNum(a), let y = asNum(b) else { return nil }
    switch (x, y) {
    case (.small(let p), .small(let q)): return p == q
    case (.float(let p), .float(let q)): return p == q
    case (.small(let p), .float(let q)), (.float(let q), .small(let p)): return intEqualsDouble(p, q)
    case (.big(let p), .float(let q)), (.float(let q), .big(let p)): return q.isFinite && p.compare(toDouble: q) == 0
    case (.big(let p), .big(let q)): return p == q
    default: return false   // a BigInt value never fits in Int
    }
}

/// complex == number: both parts equal (ints compared exactly against the real part, as
/// CPython's complex_richcompare does); nil when neither side is complex.
func complexEquals(_ a: Value, _ b: Value) -> Bool? {
    guard let c = a.complexObject else {
        if b.complexObject != nil { return complexEquals(b, a) }
        return nil
    }
    if let d = b.complexObject { return c.re == d.re && c.im == d.im }
    guard let n = asNum(b) else { return nil }
    if c.im != 0 { return false }
    switch n {
    case .small(let i): return intEqualsDouble(i, c.re)
    case .big(let p): return c.re.isFinite && p.compare(toDouble: c.re) == 0
    case .float(let d): return d == c.re
    }
}

@inline(__always) func intEqualsDouble(_ x: Int, _ y: Double) -> Bool {
    // Doubles beyond 2**63 cannot equal an Int; within range compare exactly through the integer.
    guard y.isFinite, y >= -9.2233720368547758e18, y < 9.2233720368547758e18 else { return false }
    let t = Int(y)
    return Double(t) == y && t == x
}

/// `a is b` for builtin values: same object, or same inline value.
func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none), (.undefined, .undefined): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.big(let x), .big(let y)): return x === y
    case (.str(let x), .str(let y)): return x === y
    case (.list(let x), .list(let y)): return x === y
    case (.tuple(let x), .tuple(let y)): return x === y || (x.items.isEmpty && y.items.isEmpty)
    case (.dict(let x), .dict(let y)): return x === y
    case (.set(let x), .set(let y)): return x === y
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x === y
    case (.type(let x), .type(let y)): return x === y
    case (.exception(let x), .exception(let y)): return x === y
    case (.instance(let x), .instance(let y)): return x === y
    case (.object(let x), .object(let y)): return x === y
    default: return false
    }
}

/// `a is b or a == b`: how containers compare their elements.
@inline(__always) func sameOrEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    if identical(a, b) { return true }
    return try pyEquals(a, b)
}
