// Instances of user classes. Attributes live in a values array laid out by the class's shared
// key list (CPython 3.11's split dict, V8's hidden class): while an instance assigns its
// attributes in the class's key order, a read is an index, not a hash lookup. An instance that
// deletes an attribute or assigns in another order moves to a dict of its own, which keeps
// Python's insertion order exact.

final class PyInstance {
    let type: PyType
    /// Values for type.layoutKeys[0..<slotCount]; every one set (none .undefined). A plain
    /// buffer: the dispatch loop's cached attribute reads and writes index it directly.
    private(set) var slotBase: UnsafeMutablePointer<Value>? = nil
    private(set) var slotCount = 0
    private var slotCapacity = 0
    /// Dict mode: all attributes are here (no slots). Also backs `__dict__` once taken.
    var dict: PyDict? = nil
    /// `__slots__` storage (one value per type.slotNames entry; .undefined when unset).
    var slotValues: ContiguousArray<Value> = []

    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1
    /// The wrapped builtin value of an instance of a list/dict/str/int/... subclass
    /// (.undefined for other instances).
    var builtinValue: Value = .undefined

    init(_ type: PyType) {
        self.type = type
        RunObjects.register(self)
        // Room for the attributes earlier instances set: no regrowth while __init__ fills them.
        if !type.layoutKeys.isEmpty { reserveSlots(type.layoutKeys.count) }
        if let names = type.slotNames, !names.isEmpty {
            // reserve + append: a count-taking init pays a generic metadata lookup per instance.
            slotValues.reserveCapacity(names.count)
            for _ in 0..<names.count { slotValues.append(.undefined) }
        }
    }

    deinit {
        if registryIndex >= 0 { RunObjects.unregister(self) }
        if let base = slotBase {
            // Straight from the buffer; the trashcan bounds the nesting (linked nodes).
            let n = slotCount
            slotCount = 0
            Trashcan.release(base, count: n)
            base.deallocate()
        }
        var held: [Value] = []
        if !slotValues.isEmpty {
            held.append(contentsOf: slotValues)
            slotValues = []
        }
        if builtinValue.isHeapReference {
            // Nested wrapped lists would otherwise free each other recursively.
            held.append(builtinValue)
            builtinValue = .undefined
        }
        if !held.isEmpty { Trashcan.release(&held) }
    }

    // MARK: slot storage

    /// The layout-ordered attribute values (a copy, for the slow paths).
    var slots: [Value] {
        guard let base = slotBase else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: slotCount))
    }

    @inline(__always) func slot(_ k: Int) -> Value { slotBase.unsafelyUnwrapped[k] }

    @inline(__always) func setSlot(_ k: Int, _ v: Value) { slotBase.unsafelyUnwrapped[k] = v }

    func appendSlot(_ v: Value) {
        if slotCount == slotCapacity { reserveSlots(max(4, slotCapacity * 2)) }
        (slotBase.unsafelyUnwrapped + slotCount).initialize(to: v)
        slotCount += 1
    }

    private func reserveSlots(_ n: Int) {
        guard n > slotCapacity else { return }
        let bigger = UnsafeMutablePointer<Value>.allocate(capacity: n)
        if let base = slotBase {
            bigger.moveInitialize(from: base, count: slotCount)
            base.deallocate()
        }
        slotBase = bigger
        slotCapacity = n
    }

    /// Moves the slot values out (the buffer stays allocated, now empty).
    func takeSlots() -> [Value] {
        guard let base = slotBase, slotCount > 0 else { return [] }
        var out: [Value] = []
        out.reserveCapacity(slotCount)
        for k in 0..<slotCount { out.append((base + k).move()) }
        slotCount = 0
        return out
    }

    /// Drops the slot values (the instance switched to a dict).
    func dropSlots() {
        var held = takeSlots()
        if !held.isEmpty { Trashcan.release(&held) }
    }

    /// The attribute `name` stored on the instance itself, if any.
    func getAttribute(_ name: PyStr) -> Value? {
        if let d = dict { return d.getStr(name) }
        if slotCount == 0 { return nil }
        if let i = type.layoutIndex(name, adding: false), i < slotCount { return slot(i) }
        return nil
    }

    /// Stores an instance attribute (keeps the shared layout while the order allows).
    func setAttribute(_ name: PyStr, _ value: Value) {
        if let d = dict {
            // Str keys never raise.
            try? d.set(.str(name), value)
            return
        }
        if let i = type.layoutIndex(name, adding: slotCount == type.layoutKeys.count) {
            if i < slotCount {
                setSlot(i, value)
                return
            }
            if i == slotCount {
                appendSlot(value)
                return
            }
        }
        toDictMode()
        try? dict!.set(.str(name), value)
    }

    /// Removes an instance attribute; false when it was not set.
    func deleteAttribute(_ name: PyStr) -> Bool {
        if dict == nil {
            guard let i = type.layoutIndex(name, adding: false), i < slotCount else { return false }
            toDictMode()
        }
        return ((try? dict!.remove(.str(name))) ?? nil) != nil
    }

    /// The instance's `__dict__` (from then on the attributes live in it).
    func attributeDict() -> PyDict {
        if dict == nil { toDictMode() }
        return dict!
    }

    /// Drops every attribute (the run ended: breaks reference cycles through instances).
    func clearForRunEnd() {
        var held = takeSlots()
        held.append(contentsOf: slotValues)
        slotValues = []
        if builtinValue.isHeapReference {
            held.append(builtinValue)
            builtinValue = .undefined
        }
        if let d = dict {
            dict = nil
            held.append(.dict(d))
        }
        Trashcan.release(&held)
    }

    private func toDictMode() {
        let d = PyDict()
        let values = takeSlots()
        for (i, v) in values.enumerated() { try? d.set(.str(type.layoutKeys[i]), v) }
        dict = d
    }
}
