// The methods of list and tuple, and the stable sort shared by list.sort() and sorted().
// The sort is CPython's timsort (runs, binary insertion, powersort merge order, galloping),
// so comparisons happen in the same order and a failing comparison reports the same
// operand types; when every key is an int, float or str the comparisons cannot fail and
// take a fast path.

func callListMethod(_ vm: VM, _ l: PyList, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    switch name {
    case .append:
        try args.noKeywords("list.append")
        try args.expect("list.append", min: 1, max: 1)
        if l.items.count >= Limits.maxSequenceLength { throw memoryError() }
        l.items.append(args[0])
        return Value.none
    case .extend:
        try args.noKeywords("list.extend")
        try args.expect("list.extend", min: 1, max: 1)
        let extra: [Value]
        switch args[0] {
        case .list(let o): extra = o.items
        case .tuple(let t): extra = t.items
        default: extra = try vm.toArray(args[0])
        }
        if extra.count > Limits.maxSequenceLength - l.items.count { throw memoryError() }
        l.items.append(contentsOf: extra)
        return Value.none
    case .insert:
        try args.noKeywords("list.insert")
        try args.expect("insert", min: 2, max: 2)
        var i = try indexArgument(args[0])
        let n = l.items.count
        if n >= Limits.maxSequenceLength { throw memoryError() }
        if i < 0 { i += n; if i < 0 { i = 0 } } else if i > n { i = n }
        l.items.insert(args[1], at: i)
        return Value.none
    case .pop:
        try args.noKeywords("list.pop")
        try args.expect("pop", min: 0, max: 1)
        var i = args.count == 1 ? try indexArgument(args[0]) : -1
        let n = l.items.count
        if n == 0 { throw indexError("pop from empty list") }
        if i < 0 { i += n }
        if i < 0 || i >= n { throw indexError("pop index out of range") }
        if i == n - 1 { return l.items.removeLast() }
        return l.items.remove(at: i)
    case .remove:
        try args.noKeywords("list.remove")
        try args.expect("list.remove", min: 1, max: 1)
        var i = 0
        while i < l.items.count {   // re-read: a comparison may change the list
            if try sameOrEqual(l.items[i], args[0]) {
                if i < l.items.count { l.items.remove(at: i) }
                return Value.none
            }
            i += 1
        }
        throw valueError("list.remove(x): x not in list")
    case .sort:
        let (key, reverse) = try sortArguments(args)
        var items = l.items
        l.items = []   // CPython empties the list while sorting so changes can be detected
        var failure: PyError? = nil
        do {
            try stableSort(vm, &items, key: key, reverse: reverse)
        } catch {
            failure = error
        }
        let modified = !l.items.isEmpty
        l.items = items
        if let f = failure { throw f }
        if modified { throw valueError("list modified during sort") }
        return Value.none
    case .reverse:
        try noArguments(args, "list.reverse")
        l.items.reverse()
        return Value.none
    case .copy:
        try noArguments(args, "list.copy")
        return .list(PyList(l.items))
    case .clear:
        try noArguments(args, "list.clear")
        l.items.removeAll()
        return Value.none
    case .dunderGetitem:
        try args.noKeywords("list.__getitem__")
        try args.expect("list.__getitem__", min: 1, max: 1)
        return try vm.subscriptValue(.list(l), args[0])
    default:
        return try callSequenceMethod(vm, .list, { l.items }, name, args)
    }
}

func callTupleMethod(_ vm: VM, _ t: PyTuple, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    if name == .dunderGetitem {
        try slotArguments(args, "__getitem__", count: 1)
        return try vm.subscriptValue(.tuple(t), args[0])
    }
    return try callSequenceMethod(vm, .tuple, { t.items }, name, args)
}

// MARK: - shared by list and tuple

/// index, count, __len__ and __contains__ of a list or tuple (`type`), on `items()`.
private func callSequenceMethod(_ vm: VM, _ type: PyType, _ items: () -> [Value], _ name: MethodName,
                                _ args: Args) throws(PyError) -> Value? {
    switch name {
    case .index:
        try args.noKeywords("\(type.name).index")
        try args.expect("index", min: 1, max: 3)
        if let i = try sequenceIndex(args, items) { return .int(i) }
        if type === PyType.list { throw valueError("\(try vm.repr(args[0]).string) is not in list") }
        throw valueError("tuple.index(x): x not in tuple")
    case .count:
        try args.noKeywords("\(type.name).count")
        try args.expect("\(type.name).count", min: 1, max: 1)
        return .int(try sequenceCount(args[0], items))
    case .dunderLen:
        try slotArguments(args, "__len__", count: 0)
        return .int(items().count)
    case .dunderContains:
        try slotArguments(args, "__contains__", count: 1)
        return .bool(try sequenceCount(args[0], items, stopAtFirst: true) > 0)
    default:
        return nil
    }
}

/// x.index(value, start, stop): the first position holding an equal item, or nil.
/// `items` is re-read after every comparison because a comparison may change a list.
private func sequenceIndex(_ args: Args, _ items: () -> [Value]) throws(PyError) -> Int? {
    var start = args.count > 1 ? try sliceBoundArgument(args[1], noneAllowed: false) ?? 0 : 0
    var stop = args.count > 2 ? try sliceBoundArgument(args[2], noneAllowed: false) ?? Int.max : Int.max
    let n = items().count
    if start < 0 { start += n; if start < 0 { start = 0 } }
    if stop < 0 { stop += n; if stop < 0 { stop = 0 } }
    var i = start
    while i < stop {
        let current = items()
        if i >= current.count { break }
        if try sameOrEqual(current[i], args[0]) { return i }
        i += 1
    }
    return nil
}

private func sequenceCount(_ value: Value, _ items: () -> [Value], stopAtFirst: Bool = false) throws(PyError) -> Int {
    var n = 0
    var i = 0
    while true {
        let current = items()
        if i >= current.count { break }
        if try sameOrEqual(current[i], value) {
            n += 1
            if stopAtFirst { break }
        }
        i += 1
    }
    return n
}

/// list.sort's keyword-only (key, reverse), with CPython's messages.
private func sortArguments(_ args: Args) throws(PyError) -> (Value?, Bool) {
    let total = args.positionalCount + args.kwNames.count
    if total > 2 { throw typeError("sort() takes at most 2 arguments (\(total) given)") }
    if args.positionalCount > 0 { throw typeError("sort() takes no positional arguments") }
    var key: Value? = nil
    var reverse = false
    for (i, kw) in args.kwNames.enumerated() {
        let v = args.values[args.positionalCount + i]
        switch kw.string {
        case "key": key = v.isNone ? nil : v
        case "reverse":
            switch v {
            case .bool(let b): reverse = b
            case .int(let x): reverse = x != 0
            case .big: reverse = true
            default: throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
            }
        default: throw typeError("'\(kw.string)' is an invalid keyword argument for sort()")
        }
    }
    return (key, reverse)
}

// MARK: - sorting

/// Sorts `items` stably by `key(item)` (or the items themselves), in reverse when asked,
/// comparing with `vm.lessThan` exactly as CPython's list.sort does. On a failure the items
/// are left as a permutation of the input and the error propagates.
func stableSort(_ vm: VM, _ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
    var keys: [Value]
    if let key = key {
        keys = []
        keys.reserveCapacity(items.count)
        for item in items { keys.append(try vm.call1(key, item)) }
    } else {
        if items.count < 2 { return }
        // Equal ints (and equal strs) are indistinguishable, so stability cannot show:
        // the library sort will do.
        switch uniformKind(items) {
        case .int:
            var ints = items.map { (v: Value) -> Int in if case .int(let x) = v { return x }; return 0 }
            ints.sort()
            if reverse { ints.reverse() }
            for i in 0..<ints.count { items[i] = .int(ints[i]) }
            return
        case .str:
            var strs = items.map { (v: Value) -> PyStr in if case .str(let x) = v { return x }; return PyStr.empty }
            strs.sort { compareBytes($0, $1) < 0 }
            if reverse { strs.reverse() }
            for i in 0..<strs.count { items[i] = .str(strs[i]) }
            return
        default:
            keys = []
        }
    }
    let n = items.count
    if n < 2 { return }
    if reverse {
        keys.reverse()
        items.reverse()
    }
    if key == nil { keys = items }   // shares storage: nothing is copied
    // Sort a permutation, so moves cost no reference counting; compare the keys in place.
    var order: [Int32] = []
    order.reserveCapacity(n)
    for i in 0..<n { order.append(Int32(truncatingIfNeeded: i)) }
    var failure: PyError? = nil
    keys.withUnsafeBufferPointer { (k: UnsafeBufferPointer<Value>) in
        var sorter: TimSort<Int32>
        switch uniformKind(keys) {
        case .int:
            sorter = TimSort(order) { (i: Int32, j: Int32) throws(PyError) -> Bool in
                if case .int(let x) = k[Int(i)], case .int(let y) = k[Int(j)] { return x < y }
                return false
            }
        case .float:
            sorter = TimSort(order) { (i: Int32, j: Int32) throws(PyError) -> Bool in
                if case .float(let x) = k[Int(i)], case .float(let y) = k[Int(j)] { return x < y }
                return false
            }
        case .str:
            sorter = TimSort(order) { (i: Int32, j: Int32) throws(PyError) -> Bool in
                if case .str(let x) = k[Int(i)], case .str(let y) = k[Int(j)] { return compareBytes(x, y) < 0 }
                return false
            }
        case .tupleOfInt:
            // Tuples starting with ints: compare int items directly while both sides have them.
            sorter = TimSort(order) { (i: Int32, j: Int32) throws(PyError) -> Bool in
                if case .tuple(let x) = k[Int(i)], case .tuple(let y) = k[Int(j)] {
                    let common = min(x.items.count, y.items.count)
                    var p = 0
                    while p < common {
                        guard case .int(let a) = x.items[p], case .int(let b) = y.items[p] else { break }
                        if a != b { return a < b }
                        p += 1
                    }
                    if p == common { return x.items.count < y.items.count }
                }
                return try vm.lessThan(k[Int(i)], k[Int(j)])
            }
        case .mixed:
            sorter = TimSort(order) { (i: Int32, j: Int32) throws(PyError) -> Bool in
                try vm.lessThan(k[Int(i)], k[Int(j)])
            }
        }
        do throws(PyError) { try sorter.run() } catch { failure = error }
        order = sorter.a
    }
    let original = items
    original.withUnsafeBufferPointer { src in
        for i in 0..<n { items[i] = src[Int(order[i])] }
    }
    if reverse { items.reverse() }
    if let f = failure { throw f }
}

private enum UniformKind { case int, float, str, tupleOfInt, mixed }

/// Whether every value has one type whose comparisons cannot fail.
private func uniformKind(_ values: [Value]) -> UniformKind {
    guard let first = values.first else { return .mixed }
    switch first {
    case .int:
        for v in values { if case .int = v { continue }; return .mixed }
        return .int
    case .float:
        for v in values { if case .float = v { continue }; return .mixed }
        return .float
    case .str:
        for v in values { if case .str = v { continue }; return .mixed }
        return .str
    case .tuple:
        for v in values {
            if case .tuple(let t) = v, let first = t.items.first, case .int = first { continue }
            return .mixed
        }
        return .tupleOfInt
    default:
        return .mixed
    }
}

/// Code point order of two UTF-8 strings (byte order is code point order in UTF-8).
@inline(__always) func bytesLess(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
        if a[i] != b[i] { return a[i] < b[i] }
        i += 1
    }
    return a.count < b.count
}

/// CPython's timsort (Objects/listobject.c, 3.11) over an array with a fallible "<".
/// Every step keeps `a` a permutation of its input, also when a comparison throws.
private struct TimSort<T> {
    var a: [T]
    let less: (T, T) throws(PyError) -> Bool
    private var minGallop = 7
    private var runs: [(base: Int, length: Int, power: Int)] = []
    private static var minimumGallop: Int { 7 }

    init(_ a: [T], _ less: @escaping (T, T) throws(PyError) -> Bool) {
        self.a = a
        self.less = less
    }

    mutating func run() throws(PyError) {
        let n = a.count
        if n < 2 { return }
        let minRun = TimSort.minimumRunLength(n)
        var lo = 0
        var remaining = n
        while remaining > 0 {
            var (length, descending) = try countRun(lo, lo + remaining)
            if descending { a[lo..<(lo + length)].reverse() }
            if length < minRun {
                let force = min(remaining, minRun)
                try binarySort(lo, lo + force, lo + length)
                length = force
            }
            try foundNewRun(length)
            runs.append((lo, length, 0))
            lo += length
            remaining -= length
        }
        while runs.count > 1 {
            var i = runs.count - 2
            if i > 0 && runs[i - 1].length < runs[i + 1].length { i -= 1 }
            try mergeAt(i)
        }
    }

    private static func minimumRunLength(_ count: Int) -> Int {
        var n = count
        var r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    /// Length of the run starting at lo (strictly descending runs are reported as such).
    private func countRun(_ lo: Int, _ hi: Int) throws(PyError) -> (Int, Bool) {
        if lo + 1 >= hi { return (1, false) }
        var n = 2
        var i = lo + 2
        if try less(a[lo + 1], a[lo]) {
            while i < hi {
                if !(try less(a[i], a[i - 1])) { break }
                i += 1
                n += 1
            }
            return (n, true)
        }
        while i < hi {
            if try less(a[i], a[i - 1]) { break }
            i += 1
            n += 1
        }
        return (n, false)
    }

    /// Binary insertion sort of a[lo..<hi] where a[lo..<start] is already sorted.
    private mutating func binarySort(_ lo: Int, _ hi: Int, _ sortedEnd: Int) throws(PyError) {
        var start = sortedEnd == lo ? lo + 1 : sortedEnd
        while start < hi {
            let pivot = a[start]
            var l = lo
            var r = start
            repeat {
                let p = l + ((r - l) >> 1)
                if try less(pivot, a[p]) { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l {
                a[p] = a[p - 1]
                p -= 1
            }
            a[l] = pivot
            start += 1
        }
    }

    /// Powersort: merge pending runs whose power exceeds the new boundary's.
    private mutating func foundNewRun(_ n2: Int) throws(PyError) {
        guard let top = runs.last else { return }
        let power = TimSort.powerLoop(top.base, top.length, n2, a.count)
        while runs.count > 1 && runs[runs.count - 2].power > power {
            try mergeAt(runs.count - 2)
        }
        runs[runs.count - 1].power = power
    }

    private static func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    private mutating func mergeAt(_ i: Int) throws(PyError) {
        var baseA = runs[i].base
        var lengthA = runs[i].length
        let baseB = runs[i + 1].base
        var lengthB = runs[i + 1].length
        runs[i].length = lengthA + lengthB
        if i == runs.count - 3 { runs[i + 1] = runs[i + 2] }
        runs.removeLast()

        // Elements of A already before B's first element stay where they are.
        let k = try gallopRight(a[baseB], a, baseA, lengthA, 0)
        baseA += k
        lengthA -= k
        if lengthA == 0 { return }
        // Elements of B already after A's last element stay where they are.
        lengthB = try gallopLeft(a[baseA + lengthA - 1], a, baseB, lengthB, lengthB - 1)
        if lengthB <= 0 { return }
        if lengthA <= lengthB {
            try mergeLow(baseA, lengthA, baseB, lengthB)
        } else {
            try mergeHigh(baseA, lengthA, baseB, lengthB)
        }
    }

    /// Leftmost position in arr[base..<base+n] where key fits (key <= element), searching
    /// outwards from `hint` first.
    private func gallopLeft(_ key: T, _ arr: [T], _ base: Int, _ n: Int, _ hint: Int) throws(PyError) -> Int {
        var lastOffset = 0
        var offset = 1
        if try less(arr[base + hint], key) {
            let maxOffset = n - hint
            while offset < maxOffset {
                if try less(arr[base + hint + offset], key) {
                    lastOffset = offset
                    offset = (offset << 1) + 1
                } else {
                    break
                }
            }
            if offset > maxOffset { offset = maxOffset }
            lastOffset += hint
            offset += hint
        } else {
            let maxOffset = hint + 1
            while offset < maxOffset {
                if try less(arr[base + hint - offset], key) { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            let k = lastOffset
            lastOffset = hint - offset
            offset = hint - k
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try less(arr[base + m], key) { lastOffset = m + 1 } else { offset = m }
        }
        return offset
    }

    /// Rightmost position in arr[base..<base+n] where key fits (element <= key).
    private func gallopRight(_ key: T, _ arr: [T], _ base: Int, _ n: Int, _ hint: Int) throws(PyError) -> Int {
        var lastOffset = 0
        var offset = 1
        if try less(key, arr[base + hint]) {
            let maxOffset = hint + 1
            while offset < maxOffset {
                if try less(key, arr[base + hint - offset]) {
                    lastOffset = offset
                    offset = (offset << 1) + 1
                } else {
                    break
                }
            }
            if offset > maxOffset { offset = maxOffset }
            let k = lastOffset
            lastOffset = hint - offset
            offset = hint - k
        } else {
            let maxOffset = n - hint
            while offset < maxOffset {
                if try less(key, arr[base + hint + offset]) { break }
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            if offset > maxOffset { offset = maxOffset }
            lastOffset += hint
            offset += hint
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try less(key, arr[base + m]) { offset = m } else { lastOffset = m + 1 }
        }
        return offset
    }

    private enum MergeEnd { case done, copyRest }

    /// Merges a[baseA..<baseA+na] with the following a[baseB..<baseB+nb], na <= nb, working
    /// from the left with A moved to a temporary array.
    private mutating func mergeLow(_ baseA: Int, _ lengthA: Int, _ baseB: Int, _ lengthB: Int) throws(PyError) {
        let temp = Array(a[baseA..<(baseA + lengthA)])
        var na = lengthA, nb = lengthB
        var dest = baseA, pa = 0, pb = baseB
        var failure: PyError? = nil
        var end = MergeEnd.done

        a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
        merge: do {
            if nb == 0 { break merge }
            if na == 1 { end = .copyRest; break merge }
            var minG = minGallop
            while true {
                var countA = 0, countB = 0
                while true {
                    if try less(a[pb], temp[pa]) {
                        a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
                        countB += 1; countA = 0
                        if nb == 0 { break merge }
                        if countB >= minG { break }
                    } else {
                        a[dest] = temp[pa]; dest += 1; pa += 1; na -= 1
                        countA += 1; countB = 0
                        if na == 1 { end = .copyRest; break merge }
                        if countA >= minG { break }
                    }
                }
                minG += 1
                repeat {
                    if minG > 1 { minG -= 1 }
                    minGallop = minG
                    var k = try gallopRight(a[pb], temp, pa, na, 0)
                    countA = k
                    if k > 0 {
                        for j in 0..<k { a[dest + j] = temp[pa + j] }
                        dest += k; pa += k; na -= k
                        if na == 1 { end = .copyRest; break merge }
                        if na == 0 { break merge }
                    }
                    a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
                    if nb == 0 { break merge }
                    k = try gallopLeft(temp[pa], a, pb, nb, 0)
                    countB = k
                    if k > 0 {
                        for j in 0..<k { a[dest + j] = a[pb + j] }
                        dest += k; pb += k; nb -= k
                        if nb == 0 { break merge }
                    }
                    a[dest] = temp[pa]; dest += 1; pa += 1; na -= 1
                    if na == 1 { end = .copyRest; break merge }
                } while countA >= TimSort.minimumGallop || countB >= TimSort.minimumGallop
                minG += 1
                minGallop = minG
            }
        } catch {
            failure = error
            end = .done
        }
        if end == .copyRest {
            // The last element of A belongs after what remains of B.
            for j in 0..<nb { a[dest + j] = a[pb + j] }
            a[dest + nb] = temp[pa]
        } else if na > 0 {
            for j in 0..<na { a[dest + j] = temp[pa + j] }
        }
        if let f = failure { throw f }
    }

    /// Merges from the right with B moved to a temporary array; used when na > nb.
    private mutating func mergeHigh(_ baseA: Int, _ lengthA: Int, _ baseB: Int, _ lengthB: Int) throws(PyError) {
        let temp = Array(a[baseB..<(baseB + lengthB)])
        var na = lengthA, nb = lengthB
        var dest = baseB + nb - 1, pa = baseA + na - 1, pb = nb - 1
        var failure: PyError? = nil
        var end = MergeEnd.done

        a[dest] = a[pa]; dest -= 1; pa -= 1; na -= 1
        merge: do {
            if na == 0 { break merge }
            if nb == 1 { end = .copyRest; break merge }
            var minG = minGallop
            while true {
                var countA = 0, countB = 0
                while true {
                    if try less(temp[pb], a[pa]) {
                        a[dest] = a[pa]; dest -= 1; pa -= 1; na -= 1
                        countA += 1; countB = 0
                        if na == 0 { break merge }
                        if countA >= minG { break }
                    } else {
                        a[dest] = temp[pb]; dest -= 1; pb -= 1; nb -= 1
                        countB += 1; countA = 0
                        if nb == 1 { end = .copyRest; break merge }
                        if countB >= minG { break }
                    }
                }
                minG += 1
                repeat {
                    if minG > 1 { minG -= 1 }
                    minGallop = minG
                    var k = try gallopRight(temp[pb], a, baseA, na, na - 1)
                    k = na - k
                    countA = k
                    if k > 0 {
                        dest -= k; pa -= k
                        var j = k
                        while j >= 1 { a[dest + j] = a[pa + j]; j -= 1 }
                        na -= k
                        if na == 0 { break merge }
                    }
                    a[dest] = temp[pb]; dest -= 1; pb -= 1; nb -= 1
                    if nb == 1 { end = .copyRest; break merge }
                    k = try gallopLeft(a[pa], temp, 0, nb, nb - 1)
                    k = nb - k
                    countB = k
                    if k > 0 {
                        dest -= k; pb -= k
                        for j in 1...k { a[dest + j] = temp[pb + j] }
                        nb -= k
                        if nb == 1 { end = .copyRest; break merge }
                        if nb == 0 { break merge }
                    }
                    a[dest] = a[pa]; dest -= 1; pa -= 1; na -= 1
                    if na == 0 { break merge }
                } while countA >= TimSort.minimumGallop || countB >= TimSort.minimumGallop
                minG += 1
                minGallop = minG
            }
        } catch {
            failure = error
            end = .done
        }
        if end == .copyRest {
            // The first element of B belongs before what remains of A.
            dest -= na; pa -= na
            var j = na
            while j >= 1 { a[dest + j] = a[pa + j]; j -= 1 }
            a[dest] = temp[pb]
        } else if nb > 0 {
            for j in 0..<nb { a[dest - nb + 1 + j] = temp[j] }
        }
        if let f = failure { throw f }
    }
}
