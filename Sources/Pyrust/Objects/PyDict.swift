// Python dict: an insertion-ordered hash map from Value to Value.
// Entries live in a compact array in insertion order (deleted ones become holes until the next
// rebuild); an open-addressing table of Int32 positions into that array makes lookups O(1).
// Small dicts (at most `smallLimit` entry slots) have no table at all and scan their entries,
// which is faster for a handful of keys and saves an allocation per dict.

/// The hash of a dict/set key: str and small int keys are answered without leaving this file.
@inline(__always) func hashForKey(_ key: Value) throws(PyError) -> Int {
    switch key {
    case .str(let s): return s.hash
    case .int(let i): return pythonIntHash(i)
    default: return try pyHash(key)
    }
}

/// CPython's hash of an int that fits in Int: |i| mod (2**61 - 1) with the sign, -1 becomes -2.
/// Must agree with pyHash so that 1, 1.0 and True land on the same key.
@inline(__always) func pythonIntHash(_ i: Int) -> Int {
    let modulus: UInt = (1 << 61) - 1
    let m = i.magnitude
    var h = Int(bitPattern: m >= modulus ? m % modulus : m)
    if i < 0 { h = -h }
    return h == -1 ? -2 : h
}

/// Key equality once the hashes matched: identity and same-kind fast paths before pyEquals.
@inline(__always) func keysMatch(_ a: Value, _ b: Value) throws(PyError) -> Bool {
    switch (a, b) {
    case (.str(let x), .str(let y)): return x.equals(y)
    case (.int(let x), .int(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.bool(let x), .int(let y)), (.int(let y), .bool(let x)): return (x ? 1 : 0) == y
    default: return try pyEquals(a, b)
    }
}

final class PyDict {
    struct Entry {
        var key: Value      // .undefined marks a deleted entry
        var value: Value
        var hash: Int
    }

    /// Entry slots a dict may use before it builds an index table.
    private static let smallLimit = 8
    private static let emptySlot: Int32 = -1
    private static let dummySlot: Int32 = -2

    private var entries: [Entry] = []
    /// Empty while the dict is small; otherwise a power-of-two table of entry positions.
    private var index: [Int32] = []
    /// Live keys (Python's len()).
    private(set) var count = 0
    /// Bumped whenever a key is added or removed (not when a value is replaced), so iterators
    /// and lookups that called back into Python can tell the table changed under them.
    private(set) var version = 0

    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1

    /// For a dict built once per process (Immortal.mark(dict:)): its storage, keys and values.
    func markStorageImmortal() {
        Immortal.mark(array: entries)
        Immortal.mark(array: index)
        for e in entries {
            Immortal.mark(value: e.key)
            Immortal.mark(value: e.value)
        }
    }

    init() { RunObjects.register(self) }

    /// Empties the dict (the run ended: breaks cycles such as d['me'] = d).
    func clearForRunEnd() {
        registryIndex = -1
        removeAll()
    }

    deinit {
        if registryIndex >= 0 { RunObjects.unregister(self) }
        // Deeply nested dicts ({'k': {'k': ...}}) must not release recursively: hand the keys
        // and values to the trashcan, which bounds the native nesting.
        if entries.isEmpty { return }
        var values: [Value] = []
        values.reserveCapacity(entries.count * 2)
        for e in entries {
            values.append(e.key)
            values.append(e.value)
        }
        entries = []
        Trashcan.release(&values)
    }

    init(minimumCapacity: Int) {
        RunObjects.register(self)
        let n = min(max(minimumCapacity, 0), Limits.maxSequenceLength)
        entries.reserveCapacity(n)
        if n > PyDict.smallLimit { index = PyDict.makeIndex(PyDict.tableSize(for: n)) }
    }

    // MARK: ordered access (iterators walk positions 0..<entryCapacity)

    /// One past the last entry position in use; positions of deleted keys answer nil.
    var entryCapacity: Int { entries.count }

    @inline(__always) func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i >= 0 && i < entries.count else { return nil }
        let e = entries[i]
        if case .undefined = e.key { return nil }
        return (e.key, e.value)
    }

    /// The stored hash of the entry at a live position (lets set operations avoid rehashing).
    func entryHash(at i: Int) -> Int { entries[i].hash }

    var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries { if case .undefined = e.key { continue }; out.append(e.key) }
        return out
    }

    var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries { if case .undefined = e.key { continue }; out.append(e.value) }
        return out
    }

    var items: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for e in entries { if case .undefined = e.key { continue }; out.append((e.key, e.value)) }
        return out
    }

    // MARK: lookup

    func get(_ key: Value) throws(PyError) -> Value? {
        let h = try hashForKey(key)
        let pos = try find(key, h).position
        return pos >= 0 ? entries[pos].value : nil
    }

    /// Lookup with a hash the caller already has (set operations over dicts).
    func get(_ key: Value, hash h: Int) throws(PyError) -> Value? {
        let pos = try find(key, h).position
        return pos >= 0 ? entries[pos].value : nil
    }

    /// Lookup of a str key that cannot fail or call out: only str keys can be equal to it.
    func getStr(_ key: PyStr) -> Value? {
        let h = key.hash
        if index.isEmpty {
            for e in entries where e.hash == h {
                if case .str(let k) = e.key, k.equals(key) { return e.value }
            }
            return nil
        }
        let mask = index.count - 1
        var perturb = UInt(bitPattern: h)
        var i = Int(bitPattern: UInt(bitPattern: h) & UInt(mask))
        while true {
            let slot = index[i]
            if slot == PyDict.emptySlot { return nil }
            if slot >= 0 {
                let e = entries[Int(slot)]
                if e.hash == h, case .str(let k) = e.key, k.equals(key) { return e.value }
            }
            perturb >>= 5
            i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    func contains(_ key: Value) throws(PyError) -> Bool {
        let h = try hashForKey(key)
        return try find(key, h).position >= 0
    }

    func contains(_ key: Value, hash h: Int) throws(PyError) -> Bool {
        return try find(key, h).position >= 0
    }

    // MARK: mutation

    func set(_ key: Value, _ value: Value) throws(PyError) {
        let h = try hashForKey(key)
        try set(key, value, hash: h)
    }

    func set(_ key: Value, _ value: Value, hash h: Int) throws(PyError) {
        let found = try find(key, h)
        if found.position >= 0 {
            entries[found.position].value = value
            return
        }
        insertNew(key, value, h, slot: found.freeSlot)
    }

    /// Returns the value stored for key, storing `value` first when the key is absent.
    func setDefault(_ key: Value, _ value: Value) throws(PyError) -> Value {
        let h = try hashForKey(key)
        let found = try find(key, h)
        if found.position >= 0 { return entries[found.position].value }
        insertNew(key, value, h, slot: found.freeSlot)
        return value
    }

    /// Removes key and returns its value, or nil when it is absent.
    func remove(_ key: Value) throws(PyError) -> Value? {
        let h = try hashForKey(key)
        let found = try find(key, h)
        if found.position < 0 { return nil }
        let value = entries[found.position].value
        if found.slot >= 0 { index[found.slot] = PyDict.dummySlot }
        removeEntry(at: found.position)
        return value
    }

    /// Removes and returns the most recently inserted entry (dict.popitem), nil when empty.
    func popLast() -> (key: Value, value: Value)? {
        guard count > 0 else { return nil }
        var pos = entries.count - 1
        while pos >= 0 {
            if case .undefined = entries[pos].key { pos -= 1 } else { break }
        }
        guard pos >= 0 else { return nil }
        let e = entries[pos]
        if !index.isEmpty {
            // Find the table slot that points at this entry so it can become a dummy.
            let mask = index.count - 1
            var perturb = UInt(bitPattern: e.hash)
            var i = Int(bitPattern: UInt(bitPattern: e.hash) & UInt(mask))
            while true {
                let slot = index[i]
                if slot == Int32(pos) { index[i] = PyDict.dummySlot; break }
                if slot == PyDict.emptySlot { break }   // cannot happen for a live entry
                perturb >>= 5
                i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
        removeEntry(at: pos)
        return (e.key, e.value)
    }

    func removeAll() {
        entries = []
        index = []
        count = 0
        version &+= 1
    }

    func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.index = index
        d.count = count
        return d
    }

    // MARK: internals

    /// Where a key is: its entry position (-1 when absent), the table slot holding that
    /// position (-1 in small mode), and the first reusable table slot seen on the way.
    private func find(_ key: Value, _ h: Int) throws(PyError) -> (position: Int, slot: Int, freeSlot: Int) {
        restart: while true {
            let startVersion = version
            if index.isEmpty {
                var p = 0
                while p < entries.count {
                    let e = entries[p]
                    if e.hash == h {
                        if case .undefined = e.key {} else {
                            let same = try keysMatch(e.key, key)
                            if version != startVersion { continue restart }
                            if same { return (p, -1, -1) }
                        }
                    }
                    p += 1
                }
                return (-1, -1, -1)
            }
            let mask = index.count - 1
            var perturb = UInt(bitPattern: h)
            var i = Int(bitPattern: UInt(bitPattern: h) & UInt(mask))
            var freeSlot = -1
            while true {
                let slot = index[i]
                if slot == PyDict.emptySlot { return (-1, -1, freeSlot == -1 ? i : freeSlot) }
                if slot == PyDict.dummySlot {
                    if freeSlot == -1 { freeSlot = i }
                } else {
                    let e = entries[Int(slot)]
                    if e.hash == h {
                        let same = try keysMatch(e.key, key)
                        if version != startVersion { continue restart }
                        if same { return (Int(slot), i, -1) }
                    }
                }
                perturb >>= 5
                i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    private func insertNew(_ key: Value, _ value: Value, _ h: Int, slot: Int) {
        if index.isEmpty ? entries.count >= PyDict.smallLimit : entries.count >= PyDict.usable(index.count) {
            // Out of room: compact, and build or resize the table (or drop it when few keys remain).
            rebuild(forCount: count + 1)
            if !index.isEmpty { insertIntoIndex(h, Int32(entries.count)) }
        } else if !index.isEmpty {
            index[slot] = Int32(entries.count)
        }
        entries.append(Entry(key: key, value: value, hash: h))
        count += 1
        version &+= 1
    }

    private func removeEntry(at pos: Int) {
        entries[pos] = Entry(key: .undefined, value: .undefined, hash: 0)
        count -= 1
        version &+= 1
        // Trailing holes are dropped at once so popitem stays O(1) and a drained dict is small.
        while let last = entries.last, case .undefined = last.key { entries.removeLast() }
        if count == 0 && !index.isEmpty { index = [] }
    }

    /// Compacts the entries and sizes the table for `n` keys (or drops it when n is small).
    private func rebuild(forCount n: Int) {
        if entries.count != count {
            var compact: [Entry] = []
            compact.reserveCapacity(max(n, count))
            for e in entries { if case .undefined = e.key { continue }; compact.append(e) }
            entries = compact
        }
        if n <= PyDict.smallLimit {
            index = []
            return
        }
        index = PyDict.makeIndex(PyDict.tableSize(for: n))
        for p in 0..<entries.count { insertIntoIndex(entries[p].hash, Int32(p)) }
    }

    private func insertIntoIndex(_ h: Int, _ position: Int32) {
        let mask = index.count - 1
        var perturb = UInt(bitPattern: h)
        var i = Int(bitPattern: UInt(bitPattern: h) & UInt(mask))
        while index[i] >= 0 {
            perturb >>= 5
            i = Int(bitPattern: (UInt(bitPattern: i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        index[i] = position
    }

    /// Entries a table of `size` slots may index before it must grow (two thirds full).
    @inline(__always) private static func usable(_ size: Int) -> Int { size * 2 / 3 }

    /// Smallest power of two whose usable part holds n keys with room to grow.
    private static func tableSize(for n: Int) -> Int {
        var size = 16
        while usable(size) < n + n / 2 { size <<= 1 }
        return size
    }

    private static func makeIndex(_ size: Int) -> [Int32] {
        return filledArray(emptySlot as Int32, count: size)
    }
}
