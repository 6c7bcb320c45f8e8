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
        if t.special(.getattribute) != nil || t.slotNames != nil || inst.dict != nil { return }
        let descr = t.lookupIncludingNative(name)
        if let d = descr, isDataDescriptor(d) { return }
        if let i = t.layoutIndex(name, adding: false), i < inst.slots.count {
            cache.set(tag: t.versionTag, kind: .slot, index: i)
            return
        }
        if t.layoutIndex(name, adding: false) != nil { return }
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
        if t.special(.setattr) != nil || t.slotNames != nil || inst.dict != nil { return }
        if let d = t.lookupIncludingNative(name), isDataDescriptor(d) { return }
        if let i = t.layoutIndex(name, adding: false), i < inst.slots.count {
            cache.set(tag: t.versionTag, kind: .slot, index: i)
        }
    }
}
