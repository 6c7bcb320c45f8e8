// Inline caches for attribute access on instances of user classes. Three instruction words
// follow every loadAttr/storeAttr/callMethod: a word with the class's version tag, a kind and
// an index, then a Value (16 bytes, not retained: while the class's tag is unchanged, its
// namespace keeps the cached object alive). A class whose namespace, bases or instance layout
// changes gets a new tag, so a stale entry can never match.

struct AttributeCache {
    enum Kind: UInt8 {
        case empty = 0
        /// An instance attribute at layout index `index`.
        case slot = 1
        /// A plain class attribute (no descriptor), the cached value.
        case classValue = 2
        /// A Python function on the class: binds to the instance (the cached value).
        case method = 3
        /// A property whose getter is a plain one-argument Python function (the cached value):
        /// the getter runs as a frame.
        case propertyGet = 4
        /// A property whose setter is a plain two-argument Python function (the cached value).
        case propertySet = 5
        /// A `__slots__` entry: PyInstance.slotValues[index] (.undefined there: unset).
        case slotsField = 6
        /// A namedtuple field (a property whose getter is a TupleFieldGetter): item `index` of
        /// the wrapped tuple.
        case tupleField = 7
        /// `C.name` on a class without a metaclass, found as a plain value (the cached value)
        /// in its MRO; the tag is the class's own.
        case typeValue = 8
    }

    let p: UnsafeMutableRawPointer

    @inline(__always) init(_ pc: UnsafeMutablePointer<Instruction>) { p = UnsafeMutableRawPointer(pc) }

    @inline(__always) var word: UInt64 { p.load(as: UInt64.self) }
    @inline(__always) var tag: UInt32 { UInt32(truncatingIfNeeded: word) }
    @inline(__always) var kind: UInt8 { UInt8(truncatingIfNeeded: word >> 32) }
    @inline(__always) var index: Int { Int(truncatingIfNeeded: word >> 48) }

    /// The cached value (a retained copy).
    @inline(__always) var value: Value { (p + 8).load(as: Value.self) }

    /// The cached function, without reference counting.
    @inline(__always) var unretainedFunction: Unmanaged<PyFunction>? {
        (p + 8).load(as: Value.self).unretainedFunction
    }

    /// A slot entry keeps the Value words free, so they hold a second slot entry: a store in a
    /// base class's __init__ sees instances of each subclass (one tag per class).
    @inline(__always) var secondWord: UInt64 { (p + 8).load(as: UInt64.self) }

    /// The layout index for `tag` when this is a slot entry for it (first or second), else -1.
    @inline(__always) func slotIndex(forTag t: UInt32) -> Int {
        let w = word
        guard UInt8(truncatingIfNeeded: w >> 32) == Kind.slot.rawValue else { return -1 }
        if UInt32(truncatingIfNeeded: w) == t { return Int(truncatingIfNeeded: w >> 48) }
        let w2 = secondWord
        if UInt32(truncatingIfNeeded: w2) == t && UInt8(truncatingIfNeeded: w2 >> 32) == Kind.slot.rawValue {
            return Int(truncatingIfNeeded: w2 >> 48)
        }
        return -1
    }

    /// Records a slot entry, keeping the previous one as the second when it was a slot entry for
    /// another class.
    func setSlot(tag: UInt32, index: Int) {
        let old = word
        let w = UInt64(tag) | (UInt64(Kind.slot.rawValue) << 32) | (UInt64(UInt16(truncatingIfNeeded: index)) << 48)
        let oldIsSlot = UInt8(truncatingIfNeeded: old >> 32) == Kind.slot.rawValue
        let second: UInt64 = oldIsSlot && UInt32(truncatingIfNeeded: old) != tag ? old : 0
        if !oldIsSlot {
            // The Value words held a cached object (not owned): overwrite them with plain bits.
            (p + 16).storeBytes(of: UInt64(0), as: UInt64.self)
        }
        (p + 8).storeBytes(of: second, as: UInt64.self)
        p.storeBytes(of: w, as: UInt64.self)
    }

    func set(tag: UInt32, kind: Kind, index: Int = 0, value: Value = .none) {
        let w = UInt64(tag) | (UInt64(kind.rawValue) << 32) | (UInt64(UInt16(truncatingIfNeeded: index)) << 48)
        p.storeBytes(of: w, as: UInt64.self)
        // A bitwise copy: the cache does not own a reference.
        withUnsafeBytes(of: value) { (p + 8).copyMemory(from: $0.baseAddress!, byteCount: MemoryLayout<Value>.size) }
    }
}

extension VM {
    /// After a successful slow-path `inst.name` load: remembers how it was found.
    func fillLoadCache(_ cache: AttributeCache, _ inst: PyInstance, _ name: PyStr) {
        let t = inst.type
        if t.special(.getattribute) != nil || inst.dict != nil { return }
        let descr = t.lookupIncludingNative(name)
        if let d = descr, isDataDescriptor(d) {
            if case .object(let o) = d, let p = o as? PyProperty {
                if let f = PyProperty.plainAccessor(p.getter, argCount: 1) {
                    cache.set(tag: t.versionTag, kind: .propertyGet, value: .function(f))
                } else if let k = tupleFieldIndex(p, t), case .tuple = inst.builtinValue {
                    cache.set(tag: t.versionTag, kind: .tupleField, index: k)
                }
            }
            return
        }
        if let i = t.layoutIndex(name, adding: false) {
            if i < inst.slotCount { cache.setSlot(tag: t.slotTag, index: i) }
            return
        }
        if let names = t.slotNames, let i = names.firstIndex(where: { $0.equals(name) }) {
            cache.set(tag: t.versionTag, kind: .slotsField, index: i)
            return
        }
        guard let d = descr else { return }
        switch d {
        case .function: cache.set(tag: t.versionTag, kind: .method, value: d)
        case .object, .instance: return
        default: cache.set(tag: t.versionTag, kind: .classValue, value: d)
        }
    }

    /// After a successful slow-path `inst.name = v`: the layout index when it is a plain store.
    func fillStoreCache(_ cache: AttributeCache, _ inst: PyInstance, _ name: PyStr) {
        let t = inst.type
        if t.special(.setattr) != nil || inst.dict != nil { return }
        if let d = t.lookupIncludingNative(name), isDataDescriptor(d) {
            if case .object(let o) = d, let p = o as? PyProperty, let f = PyProperty.plainAccessor(p.setter, argCount: 2) {
                cache.set(tag: t.versionTag, kind: .propertySet, value: .function(f))
            }
            return
        }
        if let names = t.slotNames, let i = names.firstIndex(where: { $0.equals(name) }) {
            if t.isHeapType { cache.set(tag: t.versionTag, kind: .slotsField, index: i) }
            return
        }
        if let i = t.layoutIndex(name, adding: false), i < inst.slotCount {
            cache.setSlot(tag: t.slotTag, index: i)
        }
    }

    /// The index k when p is a namedtuple field getter (it reads item k of the wrapped tuple).
    private func tupleFieldIndex(_ p: PyProperty, _ t: PyType) -> Int? {
        guard case .object(let o) = p.getter, o.pyType === PyType.tupleFieldGetter,
              t.builtinBase === PyType.tuple else { return nil }
        return unsafeDowncast(o, to: TupleFieldGetter.self).index
    }
}

extension PyProperty {
    /// The accessor when it is a Python function the dispatch loop can enter directly.
    static func plainAccessor(_ v: Value, argCount: Int) -> PyFunction? {
        guard case .function(let f) = v, f.code.isSimple, f.code.argCount == argCount else { return nil }
        return f
    }
}

extension VM {
    /// The value a slotsField or tupleField entry (already matched by kind) gives for inst, or
    /// nil when the entry is stale or the field unset (the slow path then decides).
    @inline(__always)
    func cachedFieldValue(_ inst: PyInstance, _ cache: AttributeCache) -> Value? {
        guard cache.tag == inst.type.versionTag else { return nil }
        let k = cache.index
        if cache.kind == AttributeCache.Kind.slotsField.rawValue {
            guard k < inst.slotValues.count else { return nil }
            let v = inst.slotValues[k]
            if case .undefined = v { return nil }
            return v
        }
        guard case .tuple(let t) = inst.builtinValue, k < t.items.count else { return nil }
        return t.items[k]
    }

    /// The slotValues index a slotsField store entry gives for inst, or -1.
    @inline(__always)
    func cachedSlotsFieldIndex(_ inst: PyInstance, _ cache: AttributeCache) -> Int {
        guard cache.tag == inst.type.versionTag, inst.dict == nil else { return -1 }
        let k = cache.index
        return k < inst.slotValues.count ? k : -1
    }
}

extension VM {
    /// After a successful slow-path `C.name` load on class t: remembers a plain class value.
    func fillTypeLoadCache(_ cache: AttributeCache, _ t: PyType, _ name: PyStr, _ result: Value) {
        guard t.isHeapType, t.metatype == nil, !isDunderName(name), !name.equals("mro"),
              isPlainClassValue(result), let d = t.lookup(name), identical(d, result) else { return }
        cache.set(tag: t.versionTag, kind: .typeValue, value: d)
    }
}
