// Instances of user classes. Attributes live in a values array laid out by the class's shared
// key list (CPython 3.11's split dict, V8's hidden class): while an instance assigns its
// attributes in the class's key order, a read is an index, not a hash lookup. An instance that
// deletes an attribute or assigns in another order moves to a dict of its own, which keeps
// Python's insertion order exact.

final class PyInstance {
    let type: PyType
    /// Values for type.layoutKeys[0..<slots.count]; every one set (none .undefined).
    var slots: ContiguousArray<Value> = []
    /// Dict mode: all attributes are here (slots is empty). Also backs `__dict__` once taken.
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
        if !type.layoutKeys.isEmpty { slots.reserveCapacity(type.layoutKeys.count) }
        if let names = type.slotNames {
            slotValues = ContiguousArray(repeating: .undefined, count: names.count)
        }
    }

    deinit {
        if registryIndex >= 0 { RunObjects.unregister(self) }
        if !slots.isEmpty {
            var held = Array(slots)
            slots = []
            Trashcan.release(&held)
        }
        if !slotValues.isEmpty {
            var held = Array(slotValues)
            slotValues = []
            Trashcan.release(&held)
        }
        if builtinValue.isHeapReference {
            // Nested wrapped lists would otherwise free each other recursively.
            var held = [builtinValue]
            builtinValue = .undefined
            Trashcan.release(&held)
        }
    }

    /// The attribute `name` stored on the instance itself, if any.
    func getAttribute(_ name: PyStr) -> Value? {
        if let d = dict { return d.getStr(name) }
        if slots.isEmpty { return nil }
        if let i = type.layoutIndex(name, adding: false), i < slots.count { return slots[i] }
        return nil
    }

    /// Stores an instance attribute (keeps the shared layout while the order allows).
    func setAttribute(_ name: PyStr, _ value: Value) {
        if let d = dict {
            // Str keys never raise.
            try? d.set(.str(name), value)
            return
        }
        if let i = type.layoutIndex(name, adding: slots.count == type.layoutKeys.count) {
            if i < slots.count {
                slots[i] = value
                return
            }
            if i == slots.count {
                slots.append(value)
                return
            }
        }
        toDictMode()
        try? dict!.set(.str(name), value)
    }

    /// Removes an instance attribute; false when it was not set.
    func deleteAttribute(_ name: PyStr) -> Bool {
        if dict == nil {
            guard let i = type.layoutIndex(name, adding: false), i < slots.count else { return false }
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
        var held = Array(slots)
        slots = []
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
        for (i, v) in slots.enumerated() { try? d.set(.str(type.layoutKeys[i]), v) }
        slots = []
        dict = d
    }
}
