// Python set and frozenset. The table follows CPython 3.11's set layout (open addressing with
// short linear runs, perturbed probing, dummies, the same resize thresholds and the same way each
// operation builds its result), so iteration order, and therefore printed output, matches
// CPython for elements whose hashes match CPython's (ints, floats, tuples of those).
// The table holds only hashes and positions into a dense key array, so growing, copying and
// probing it never touches reference counts.

final class PySet {
    /// One table slot: empty (index -1, hash 0), dummy (index -2, hash -1) or a live key's hash
    /// and position in `keys`. Python hashes are never -1, so no live key looks like a dummy.
    struct Slot {
        var hash: Int
        var index: Int32
    }

    private static let minSize = 8
    private static let linearProbes = 9
    private static let perturbShift: UInt = 5
    private static let emptyIndex: Int32 = -1
    private static let dummyIndex: Int32 = -2

    let isFrozen: Bool
    private var table: [Slot]
    /// The keys, in insertion order since the last rebuild; removed ones are .undefined holes.
    private var keys: [Value] = []
    /// Live plus dummy slots.
    private var fill = 0
    /// Live slots (Python's len()).
    private(set) var count = 0
    /// Where pop() resumes its scan.
    private var finger = 0
    /// Bumped on every change of the table, so a lookup that called back into Python restarts.
    private(set) var version = 0
    private var cachedHash: Int? = nil

    init(frozen: Bool = false) {
        isFrozen = frozen
        table = PySet.emptyTable(PySet.minSize)
    }

    deinit {
        // Deeply nested frozensets must not release recursively: the trashcan bounds the depth.
        if !keys.isEmpty { Trashcan.release(&keys) }
    }

    /// set(iterable) / frozenset(iterable).
    convenience init(_ vm: VM, frozen: Bool, from iterable: Value) throws(PyError) {
        self.init(frozen: frozen)
        try update(vm, from: iterable)
    }

    /// A set of a known list of values, added in order (set displays `{a, b, c}`).
    convenience init(frozen: Bool = false, elements: [Value]) throws(PyError) {
        self.init(frozen: frozen)
        for e in elements { try add(e) }
    }

    /// The set a display of three or more constants evaluates to. CPython folds such a display
    /// into a frozenset constant, which the compiler rebuilds once from its own iteration order
    /// while merging constants, and then merges into a new set: each step can reorder the table,
    /// so `print({5, 100, 37})` shows the result of all three.
    static func fromConstantDisplay(_ elements: [Value]) throws(PyError) -> PySet {
        var cache: [PySet] = []
        return try foldedConstant(elements, cache: &cache).copy(frozen: false)
    }

    /// The frozenset constant CPython's compiler makes of a constant set display. Equal
    /// constants are shared within one compilation (keyed by value and type, so {1, 2, 3} and
    /// {1.0, 2, 3} differ): the first display's table order wins, so pass the same cache for
    /// every display of a program. At run time the display is `constant.copy(frozen: false)`.
    static func foldedConstant(_ elements: [Value], cache: inout [PySet]) throws(PyError) -> PySet {
        let folded = try PySet(frozen: true, elements: elements)
        for c in cache where c.count == folded.count {
            if try constantsIdentical(.set(c), .set(folded)) { return c }
        }
        let rebuilt = try PySet(frozen: true, elements: folded.elements)
        cache.append(rebuilt)
        return rebuilt
    }

    /// Equality that also requires equal types, recursively (CPython's _PyCode_ConstantKey).
    private static func constantsIdentical(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.big(let x), .big(let y)): return x.value == y.value
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.tuple(let x), .tuple(let y)):
            if x.items.count != y.items.count { return false }
            for i in 0..<x.items.count where !(try constantsIdentical(x.items[i], y.items[i])) { return false }
            return true
        case (.set(let x), .set(let y)):
            if x.count != y.count || x.isFrozen != y.isFrozen { return false }
            for e in x.elements {
                let j = try y.lookup(e, try hashForKey(e))
                if j < 0 { return false }
                if !(try constantsIdentical(y.keys[Int(y.table[j].index)], e)) { return false }
            }
            return true
        default:
            return false
        }
    }

    private static func emptyTable(_ size: Int) -> [Slot] {
        return filledArray(Slot(hash: 0, index: emptyIndex) as Slot, count: size)
    }

    // MARK: ordered access (iterators walk positions 0..<entryCapacity)

    var entryCapacity: Int { table.count }

    @inline(__always) func entry(at i: Int) -> Value? {
        guard i >= 0 && i < table.count else { return nil }
        let k = table[i].index
        return k >= 0 ? keys[Int(k)] : nil
    }

    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for slot in table where slot.index >= 0 { out.append(keys[Int(slot.index)]) }
        return out
    }

    // MARK: hashing of probe keys

    /// A key's hash; a (mutable) set used as a key is hashed as the frozenset it equals,
    /// which is how CPython lets `{1} in {frozenset({1})}` work.
    private func probeHash(_ key: Value) throws(PyError) -> Int {
        if case .set(let s) = key, !s.isFrozen { return s.frozenHash }
        return try hashForKey(key)
    }

    /// CPython's frozenset hash: order independent, from the stored hashes and the size.
    var frozenHash: Int {
        if isFrozen, let h = cachedHash { return h }
        @inline(__always) func shuffle(_ h: UInt) -> UInt {
            return ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        var h: UInt = 0
        for slot in table where slot.index >= 0 { h ^= shuffle(UInt(bitPattern: slot.hash)) }
        h ^= (UInt(count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt.max { h = 590923713 }
        let r = Int(bitPattern: h)
        if isFrozen { cachedHash = r }
        return r
    }

    // MARK: table primitives (CPython's set_lookkey / set_add_entry / set_insert_clean)

    /// Slot index holding an equal key, or -1.
    private func lookup(_ key: Value, _ hash: Int) throws(PyError) -> Int {
        restart: while true {
            let startVersion = version
            let mask = UInt(table.count - 1)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            while true {
                var j = Int(i)
                var probes = UInt(j) + UInt(PySet.linearProbes) <= mask ? PySet.linearProbes : 0
                while true {
                    let slot = table[j]
                    if slot.index == PySet.emptyIndex { return -1 }
                    if slot.hash == hash {
                        let same = try keysMatch(keys[Int(slot.index)], key)
                        if version != startVersion { continue restart }
                        if same { return j }
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= PySet.perturbShift
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
        }
    }

    private func addEntry(_ key: Value, _ hash: Int) throws(PyError) {
        restart: while true {
            let startVersion = version
            let mask = UInt(table.count - 1)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            var freeSlot = -1
            while true {
                var j = Int(i)
                var probes = UInt(j) + UInt(PySet.linearProbes) <= mask ? PySet.linearProbes : 0
                while true {
                    let slot = table[j]
                    if slot.index == PySet.emptyIndex {
                        version &+= 1
                        cachedHash = nil
                        let position = Int32(truncatingIfNeeded: keys.count)
                        keys.append(key)
                        count += 1
                        if freeSlot >= 0 {
                            table[freeSlot] = Slot(hash: hash, index: position)
                            return
                        }
                        table[j] = Slot(hash: hash, index: position)
                        fill += 1
                        if fill * 5 < Int(mask) * 3 { return }
                        resize(minUsed: count > 50000 ? count * 2 : count * 4)
                        return
                    }
                    if slot.hash == hash {
                        let same = try keysMatch(keys[Int(slot.index)], key)
                        if same { return }
                        if version != startVersion { continue restart }
                    } else if slot.index == PySet.dummyIndex {
                        freeSlot = j   // the last dummy seen is reused if the key is absent
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= PySet.perturbShift
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
        }
    }

    /// Places a position known to be absent into a table without dummies.
    private static func insertClean(_ t: inout [Slot], _ hash: Int, _ index: Int32) {
        let mask = UInt(t.count - 1)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & mask
        while true {
            var j = Int(i)
            if t[j].index == emptyIndex { t[j] = Slot(hash: hash, index: index); return }
            if i + UInt(linearProbes) <= mask {
                for _ in 0..<linearProbes {
                    j += 1
                    if t[j].index == emptyIndex { t[j] = Slot(hash: hash, index: index); return }
                }
            }
            perturb >>= perturbShift
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    /// Rebuilds the table at the smallest power-of-two size above minUsed, keeping old order
    /// (and compacting the keys into that order).
    private func resize(minUsed: Int) {
        var newSize = PySet.minSize
        while newSize <= minUsed && newSize < (1 << 40) { newSize <<= 1 }
        var fresh = PySet.emptyTable(newSize)
        if keys.count == count {
            for slot in table where slot.index >= 0 { PySet.insertClean(&fresh, slot.hash, slot.index) }
        } else {
            var compact: [Value] = []
            compact.reserveCapacity(count)
            for slot in table where slot.index >= 0 {
                PySet.insertClean(&fresh, slot.hash, Int32(truncatingIfNeeded: compact.count))
                compact.append(keys[Int(slot.index)])
            }
            keys = compact
        }
        table = fresh
        fill = count
        version &+= 1
    }

    /// Turns the live slot j into a dummy.
    private func removeSlot(_ j: Int) {
        let k = Int(table[j].index)
        table[j] = Slot(hash: -1, index: PySet.dummyIndex)
        keys[k] = .undefined
        count -= 1
        version &+= 1
        cachedHash = nil
        if count == 0 { keys.removeAll(keepingCapacity: true) }
    }

    /// Removes an equal key; false when absent.
    private func discardEntry(_ key: Value, _ hash: Int) throws(PyError) -> Bool {
        let j = try lookup(key, hash)
        if j < 0 { return false }
        removeSlot(j)
        return true
    }

    @inline(__always) private func containsEntry(_ key: Value, _ hash: Int) throws(PyError) -> Bool {
        return try lookup(key, hash) >= 0
    }

    // MARK: element operations

    /// `key in set`; a mutable set key is looked up as the frozenset it equals.
    func contains(_ key: Value) throws(PyError) -> Bool {
        let h = try probeHash(key)
        return try lookup(key, h) >= 0
    }

    /// Membership without the set-as-frozenset retry (CPython's set_contains_key).
    func containsHashable(_ key: Value) throws(PyError) -> Bool {
        return try lookup(key, try hashForKey(key)) >= 0
    }

    func add(_ key: Value) throws(PyError) {
        let h = try hashForKey(key)
        try addEntry(key, h)
    }

    /// Removes key if present; returns whether it was.
    @discardableResult
    func discard(_ key: Value) throws(PyError) -> Bool {
        let h = try probeHash(key)
        return try discardEntry(key, h)
    }

    /// Removes and returns an arbitrary element the way CPython picks it; nil when empty.
    func pop() -> Value? {
        if count == 0 { return nil }
        let mask = table.count - 1
        var i = finger & mask
        while table[i].index < 0 {
            i += 1
            if i > mask { i = 0 }
        }
        let key = keys[Int(table[i].index)]
        removeSlot(i)
        finger = i + 1
        return key
    }

    func removeAll() {
        table = PySet.emptyTable(PySet.minSize)
        keys = []
        fill = 0
        count = 0
        version &+= 1
        cachedHash = nil
    }

    /// Gives this set the other's contents and layout (CPython's set_swap_bodies, one way).
    func replaceContents(with other: PySet) {
        table = other.table
        keys = other.keys
        fill = other.fill
        count = other.count
        version &+= 1
        cachedHash = nil
    }

    // MARK: bulk operations, each built the way CPython builds it

    /// Adds every element of another set (CPython's set_merge).
    func merge(_ other: PySet) throws(PyError) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= (table.count - 1) * 3 {
            resize(minUsed: (count + other.count) * 2)
        }
        if fill == 0 && table.count == other.table.count && other.fill == other.count {
            // Same size, no dummies: the layout can be copied slot for slot.
            replaceContents(with: other)
            return
        }
        if fill == 0 {
            var t = table
            var k: [Value] = []
            k.reserveCapacity(other.count)
            for slot in other.table where slot.index >= 0 {
                PySet.insertClean(&t, slot.hash, Int32(truncatingIfNeeded: k.count))
                k.append(other.keys[Int(slot.index)])
            }
            table = t
            keys = k
            fill = other.count
            count = other.count
            version &+= 1
            cachedHash = nil
            return
        }
        let otherTable = other.table, otherKeys = other.keys
        for slot in otherTable where slot.index >= 0 {
            try addEntry(otherKeys[Int(slot.index)], slot.hash)
        }
    }

    /// set.update(iterable) for one argument (CPython's set_update_internal).
    func update(_ vm: VM, from iterable: Value) throws(PyError) {
        switch iterable {
        case .set(let other):
            try merge(other)
        case .dict(let d):
            if (fill + d.count) * 5 >= (table.count - 1) * 3 {
                resize(minUsed: (count + d.count) * 2)
            }
            var p = 0
            while p < d.entryCapacity {
                if let e = d.entry(at: p) { try addEntry(e.key, d.entryHash(at: p)) }
                p += 1
            }
        case .list(let l):
            var i = 0
            while i < l.items.count {   // the list may change while we hash (future __hash__)
                try add(l.items[i])
                i += 1
            }
        case .tuple(let t):
            for v in t.items { try add(v) }
        default:
            for v in try vm.toArray(iterable) { try add(v) }
        }
    }

    /// A new set of the same kind with the same elements (CPython's set_copy: a merge into an
    /// empty set, so the copy's table may be smaller than this one's).
    func copy() throws(PyError) -> PySet {
        return try copy(frozen: isFrozen)
    }

    func copy(frozen: Bool) throws(PyError) -> PySet {
        let s = PySet(frozen: frozen)
        try s.merge(self)
        return s
    }

    /// self | other (`other` already checked to be a set).
    func union(_ other: PySet) throws(PyError) -> PySet {
        let result = try copy()
        if other === self { return result }
        try result.merge(other)
        return result
    }

    /// self & other, or self.intersection(other) for any iterable (CPython's set_intersection).
    func intersection(_ vm: VM, _ other: Value) throws(PyError) -> PySet {
        if case .set(let o) = other, o === self { return try copy() }
        let result = PySet(frozen: isFrozen)
        if case .set(let o) = other {
            // Iterate the smaller set, probing the larger.
            var big = self
            var small = o
            if o.count > count { big = o; small = self }
            let t = small.table, k = small.keys
            for slot in t where slot.index >= 0 {
                let key = k[Int(slot.index)]
                if try big.containsEntry(key, slot.hash) { try result.addEntry(key, slot.hash) }
            }
            return result
        }
        for key in try iterationValues(vm, other) {
            let h = try hashForKey(key)
            if try containsEntry(key, h) {
                try result.addEntry(key, h)
                if result.count >= count { break }
            }
        }
        return result
    }

    /// self -= other / difference_update for one argument (CPython's set_difference_update_internal).
    func differenceUpdate(_ vm: VM, _ other: Value) throws(PyError) {
        if case .set(let o) = other, o === self { removeAll(); return }
        if case .set(var o) = other {
            if (o.count >> 3) > count { o = try intersection(vm, .set(o)) }
            let t = o.table, k = o.keys
            for slot in t where slot.index >= 0 {
                _ = try discardEntry(k[Int(slot.index)], slot.hash)
            }
        } else {
            for key in try iterationValues(vm, other) { _ = try discardEntry(key, try hashForKey(key)) }
        }
        // More than a quarter dummies: rebuild without them.
        if fill - count <= (table.count - 1) / 4 { return }
        resize(minUsed: count > 50000 ? count * 2 : count * 4)
    }

    /// self - other, or self.difference(other) for any iterable (CPython's set_difference).
    func difference(_ vm: VM, _ other: Value) throws(PyError) -> PySet {
        let otherSize: Int
        switch other {
        case .set(let o): otherSize = o.count
        case .dict(let d): otherSize = d.count
        default:
            let r = try copy()
            try r.differenceUpdate(vm, other)
            return r
        }
        if (count >> 2) > otherSize {
            let r = try copy()
            try r.differenceUpdate(vm, other)
            return r
        }
        let result = PySet(frozen: isFrozen)
        let t = table, k = keys
        for slot in t where slot.index >= 0 {
            let key = k[Int(slot.index)]
            let present: Bool
            switch other {
            case .set(let o): present = try o.containsEntry(key, slot.hash)
            case .dict(let d): present = try d.contains(key, hash: slot.hash)
            default: present = false
            }
            if !present { try result.addEntry(key, slot.hash) }
        }
        return result
    }

    /// self ^= other / symmetric_difference_update (CPython's set_symmetric_difference_update).
    func symmetricDifferenceUpdate(_ vm: VM, _ other: Value) throws(PyError) {
        if case .set(let o) = other, o === self { removeAll(); return }
        if case .dict(let d) = other {
            var p = 0
            while p < d.entryCapacity {
                if let e = d.entry(at: p) {
                    let h = d.entryHash(at: p)
                    if !(try discardEntry(e.key, h)) { try addEntry(e.key, h) }
                }
                p += 1
            }
            return
        }
        let otherSet: PySet
        if case .set(let o) = other { otherSet = o } else { otherSet = try PySet(vm, frozen: isFrozen, from: other) }
        let t = otherSet.table, k = otherSet.keys
        for slot in t where slot.index >= 0 {
            let key = k[Int(slot.index)]
            if !(try discardEntry(key, slot.hash)) { try addEntry(key, slot.hash) }
        }
    }

    /// self ^ other, or self.symmetric_difference(other): a copy of other updated with self.
    func symmetricDifference(_ vm: VM, _ other: Value) throws(PyError) -> PySet {
        let result = try PySet(vm, frozen: isFrozen, from: other)
        try result.symmetricDifferenceUpdate(vm, .set(self))
        return result
    }

    /// self &= other / intersection_update for one argument.
    func intersectionUpdate(_ vm: VM, _ other: Value) throws(PyError) {
        let r = try intersection(vm, other)
        replaceContents(with: r)
    }

    /// self <= other for a set other.
    func isSubset(of other: PySet) throws(PyError) -> Bool {
        if count > other.count { return false }
        let t = table, k = keys
        for slot in t where slot.index >= 0 {
            if !(try other.containsEntry(k[Int(slot.index)], slot.hash)) { return false }
        }
        return true
    }

    /// set == set: same size and every element of one in the other.
    func isEqual(to other: PySet) throws(PyError) -> Bool {
        if other === self { return true }
        if count != other.count { return false }
        if isFrozen && other.isFrozen && frozenHash != other.frozenHash { return false }
        return try isSubset(of: other)
    }

    /// self.isdisjoint(other) for any iterable.
    func isDisjoint(_ vm: VM, _ other: Value) throws(PyError) -> Bool {
        if case .set(let o) = other {
            if o === self { return count == 0 }
            var big = self
            var small = o
            if o.count > count { big = o; small = self }
            let t = small.table, k = small.keys
            for slot in t where slot.index >= 0 {
                if try big.containsEntry(k[Int(slot.index)], slot.hash) { return false }
            }
            return true
        }
        for key in try iterationValues(vm, other) where try containsEntry(key, try hashForKey(key)) { return false }
        return true
    }

    /// The values an arbitrary iterable yields, without copying lists and tuples.
    private func iterationValues(_ vm: VM, _ v: Value) throws(PyError) -> [Value] {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t.items
        case .dict(let d): return d.keys
        case .set(let s): return s.elements
        default: return try vm.toArray(v)
        }
    }
}

// MARK: program images (API/ProgramImage.swift)

extension PySet {
    /// A frozenset constant as a program image keeps it: the table size and, in key order,
    /// each key's slot. nil when the table has dummies or holes (constants never do).
    var imageLayout: (tableSize: Int, slots: [Int], keys: [Value])? {
        guard isFrozen, fill == count, keys.count == count else { return nil }
        var slots = [Int](repeating: -1, count: count)
        for (position, slot) in table.enumerated() where slot.index >= 0 {
            slots[Int(slot.index)] = position
        }
        return (table.count, slots, keys)
    }

    /// The frozenset an image's layout describes: the same table, so the same iteration order
    /// (and `{1, 2, 3}` displays built from it print in CPython's order). nil when malformed.
    static func fromImageLayout(tableSize: Int, slots: [Int], keys: [Value]) throws(PyError) -> PySet? {
        guard tableSize >= minSize, tableSize & (tableSize - 1) == 0, slots.count == keys.count,
              keys.count < tableSize else { return nil }
        var t = emptyTable(tableSize)
        for (i, position) in slots.enumerated() {
            guard position >= 0 && position < tableSize && t[position].index == emptyIndex else { return nil }
            t[position] = Slot(hash: try hashForKey(keys[i]), index: Int32(i))
        }
        let s = PySet(frozen: true)
        s.table = t
        s.keys = keys
        s.fill = keys.count
        s.count = keys.count
        return s
    }
}
