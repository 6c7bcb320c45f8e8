// itertools.product, permutations, combinations and combinations_with_replacement: CPython's
// index algorithms over pools read into arrays when the object is made.

extension PyType {
    static let itertoolsProduct = PyType.native("itertools.product", kind: .iterator, new: ItertoolsModule.makeProduct)
    static let itertoolsPermutations = PyType.native("itertools.permutations", kind: .iterator,
                                                     new: ItertoolsModule.makePermutations)
    static let itertoolsCombinations = PyType.native("itertools.combinations", kind: .iterator,
                                                     new: ItertoolsModule.makeCombinations)
    static let itertoolsCombinationsWithReplacement = PyType.native(
        "itertools.combinations_with_replacement", kind: .iterator, new: ItertoolsModule.makeCombinationsWithReplacement)
}

/// The shared state: the pool(s), the current indices and whether the first result went out.
class CombinatoricIterator: PyNativeIterator {
    var indices: [Int]
    var started = false
    var stopped: Bool
    init(indices: [Int], stopped: Bool) {
        self.indices = indices
        self.stopped = stopped
    }
    /// Advances `indices` to the next result; false when there is none.
    func advance() -> Bool { false }
    func result() -> Value { .none }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        // product(range(10), repeat=50) is endless in practice; each result costs its length.
        try vm.charge(1 &+ indices.count)
        if stopped { return nil }
        if started {
            if !advance() {
                stopped = true
                return nil
            }
        }
        started = true
        return result()
    }
}

final class ProductIterator: CombinatoricIterator {
    let pools: [[Value]]
    init(_ pools: [[Value]]) {
        self.pools = pools
        super.init(indices: [Int](repeating: 0, count: pools.count), stopped: pools.contains { $0.isEmpty })
    }
    override var nativeType: PyType { .itertoolsProduct }
    override func advance() -> Bool {
        var i = pools.count - 1
        while i >= 0 {
            indices[i] += 1
            if indices[i] < pools[i].count { return true }
            indices[i] = 0
            i -= 1
        }
        return false
    }
    override func result() -> Value {
        var out: [Value] = []
        out.reserveCapacity(pools.count)
        for (k, p) in pools.enumerated() { out.append(p[indices[k]]) }
        return .tuple(PyTuple(out))
    }
}

final class PermutationsIterator: CombinatoricIterator {
    let pool: [Value]
    let r: Int
    var cycles: [Int]
    init(_ pool: [Value], r: Int) {
        self.pool = pool
        self.r = r
        let n = pool.count
        cycles = r > n ? [] : Array(stride(from: n, to: n - r, by: -1))
        super.init(indices: Array(0..<n), stopped: r > n)
    }
    override var nativeType: PyType { .itertoolsPermutations }
    override func advance() -> Bool {
        let n = pool.count
        if n == 0 { return false }
        var i = r - 1
        while i >= 0 {
            cycles[i] -= 1
            if cycles[i] == 0 {
                let first = indices[i]
                for j in i..<(n - 1) { indices[j] = indices[j + 1] }
                indices[n - 1] = first
                cycles[i] = n - i
            } else {
                indices.swapAt(i, n - cycles[i])
                return true
            }
            i -= 1
        }
        return false
    }
    override func result() -> Value {
        var out: [Value] = []
        out.reserveCapacity(r)
        for k in 0..<r { out.append(pool[indices[k]]) }
        return .tuple(PyTuple(out))
    }
}

final class CombinationsIterator: CombinatoricIterator {
    let pool: [Value]
    let withReplacement: Bool
    init(_ pool: [Value], r: Int, withReplacement: Bool) {
        self.pool = pool
        self.withReplacement = withReplacement
        let n = pool.count
        if withReplacement {
            super.init(indices: [Int](repeating: 0, count: r), stopped: n == 0 && r > 0)
        } else {
            super.init(indices: r > n ? [] : Array(0..<r), stopped: r > n)
        }
    }
    override var nativeType: PyType {
        withReplacement ? .itertoolsCombinationsWithReplacement : .itertoolsCombinations
    }
    override func advance() -> Bool {
        let n = pool.count, r = indices.count
        var i = r - 1
        if withReplacement {
            while i >= 0 && indices[i] == n - 1 { i -= 1 }
            if i < 0 { return false }
            let v = indices[i] + 1
            for j in i..<r { indices[j] = v }
        } else {
            while i >= 0 && indices[i] == i + n - r { i -= 1 }
            if i < 0 { return false }
            indices[i] += 1
            for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
        }
        return true
    }
    override func result() -> Value {
        var out: [Value] = []
        out.reserveCapacity(indices.count)
        for k in indices { out.append(pool[k]) }
        return .tuple(PyTuple(out))
    }
}
