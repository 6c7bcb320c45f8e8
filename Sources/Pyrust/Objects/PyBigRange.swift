// range objects whose start, stop, step or length do not fit Int (range(2**64, 2**64 + 3)).
// The Int-based PyRange stays the only kind for ordinary ranges; every range is built through
// makeRange, which picks PyRange whenever all four quantities fit, so a PyBigRange always has
// at least one of them outside Int. Operations that work on either kind read `rangeParts`.

final class PyBigRange: PyObject {
    let start: BigInt
    let stop: BigInt
    let step: BigInt     // never zero
    let length: BigInt   // never negative
    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        self.length = rangeLength(start: start, stop: stop, step: step)
    }
    override var pyType: PyType { .range }

    /// The i-th element (0 <= i < length).
    func element(_ i: BigInt) -> BigInt { start + i * step }
}

/// Yields start, start + step, ... for `remaining` values, as exact ints.
final class BigRangeIterator: PyIterator {
    var next: BigInt
    var remaining: BigInt
    let step: BigInt
    init(next: BigInt, remaining: BigInt, step: BigInt) {
        self.next = next
        self.remaining = remaining
        self.step = step
    }
    override var typeName: String { "longrange_iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if remaining.signum <= 0 { return nil }
        try vm.charge(1)
        let v = next
        remaining = remaining - BigInt.one
        next = next + step
        return .int(v)
    }
}

/// CPython's range length: the number of values start + k*step strictly before stop (step != 0).
func rangeLength(start: BigInt, stop: BigInt, step: BigInt) -> BigInt {
    if step.signum > 0 {
        if start >= stop { return .zero }
        return (stop - start - BigInt.one).floorDivMod(step).quotient + BigInt.one
    }
    if start <= stop { return .zero }
    return (start - stop - BigInt.one).floorDivMod(-step).quotient + BigInt.one
}

extension PyRange {
    /// The length of range(start, stop, step) when it fits Int (step != 0), else nil.
    static func fittingLength(start: Int, stop: Int, step: Int) -> Int? {
        let span: UInt, stride: UInt
        if step > 0 {
            if start >= stop { return 0 }
            span = UInt(bitPattern: stop &- start)      // exact: stop > start
            stride = UInt(step)
        } else {
            if start <= stop { return 0 }
            span = UInt(bitPattern: start &- stop)
            stride = UInt(bitPattern: 0 &- step)        // 2**63 for Int.min, still exact as UInt
        }
        let n = (span &- 1) / stride &+ 1               // at most 2**64 - 1: no UInt overflow
        return n <= UInt(Int.max) ? Int(n) : nil
    }
}

/// range(start, stop, step) with step != 0: the Int PyRange when everything fits, else a PyBigRange.
func makeRange(start: BigInt, stop: BigInt, step: BigInt) -> PyObject {
    if let a = start.asInt, let b = stop.asInt, let c = step.asInt,
       PyRange.fittingLength(start: a, stop: b, step: c) != nil {
        return PyRange(start: a, stop: b, step: c)
    }
    return PyBigRange(start: start, stop: stop, step: step)
}

/// start, stop, step and length of either kind of range object; nil for other objects.
func rangeParts(_ o: PyObject) -> (start: BigInt, stop: BigInt, step: BigInt, length: BigInt)? {
    if let r = o as? PyRange {
        return (BigInt(r.start), BigInt(r.stop), BigInt(r.step), BigInt(r.length))
    }
    if let r = o as? PyBigRange { return (r.start, r.stop, r.step, r.length) }
    return nil
}

/// The exact int value of an int or bool, nil for anything else.
func exactInt(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return b ? .one : .zero
    case .big(let b): return b.value
    default: return nil
    }
}

/// `x in r` for an int x, exactly (both kinds of range).
func rangeContainsInt(start: BigInt, stop: BigInt, step: BigInt, _ x: BigInt) -> Bool {
    if step.signum > 0 {
        if x < start || x >= stop { return false }
    } else {
        if x > start || x <= stop { return false }
    }
    return (x - start).floorDivMod(step).remainder.isZero
}

/// Ranges are equal when they produce the same sequence.
func rangesEqual(_ a: PyObject, _ b: PyObject) -> Bool? {
    guard let r = rangeParts(a), let q = rangeParts(b) else { return nil }
    if r.length != q.length { return false }
    if r.length.isZero { return true }
    if r.start != q.start { return false }
    return r.length == .one || r.step == q.step
}

extension VM {
    /// r[slice] for either kind of range, as CPython computes it: the slice's start and stop are
    /// clamped against the range length (exactly, with big ints) and mapped through the range.
    func sliceRange(start: BigInt, step: BigInt, length: BigInt, _ s: PySlice) throws(PyError) -> PyObject {
        func bound(_ v: Value) throws(PyError) -> BigInt? {
            if case .none = v { return nil }
            guard let b = exactInt(v) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            return b
        }
        let sstep = try bound(s.step) ?? .one
        if sstep.isZero { throw valueError("slice step cannot be zero") }
        let negative = sstep.isNegative
        let lower: BigInt = negative ? -BigInt.one : .zero
        let upper: BigInt = negative ? length - BigInt.one : length
        func clamp(_ v: BigInt?, default d: BigInt) -> BigInt {
            guard var x = v else { return d }
            if x.isNegative {
                x = x + length
                if x < lower { x = lower }
            } else if x > upper {
                x = upper
            }
            return x
        }
        let sstart = clamp(try bound(s.start), default: negative ? upper : lower)
        let sstop = clamp(try bound(s.stop), default: negative ? lower : upper)
        return makeRange(start: start + sstart * step, stop: start + sstop * step, step: step * sstep)
    }
}
