// Immortal objects: the process-wide ones every thread shares.
//
// The library is compiled with -assume-single-threaded, so every retain and release it emits
// is a plain load-add-store on the object's count (an atomic one costs about 5 ns more, paid
// on nearly every Value copy). That is sound only if no object is counted by two threads at
// once. Objects a run makes stay on its thread; the few built once per process (the builtin
// types, the builtins table, shared strings, lookup tables) are made immortal right after
// they are built: the Swift runtime leaves the count of an immortal object alone, atomic or
// not. `make rc-check` runs the conformance programs on several threads at once under a
// checker that reports any mortal object two threads count.

enum Immortal {
    /// The count word of an immortal Swift object (the runtime's own encoding on 64-bit
    /// targets: all low 32 bits, the slow-RC bit and a strong extra count of 2).
    private static let countBits: UInt64 = 0xFFFF_FFFF | (2 << 33) | (1 << 63)

    /// Makes `object` immortal. Call while the object is still private to the building thread
    /// (in the initializer of the static that publishes it).
    static func mark(_ object: AnyObject) {
        let p = Unmanaged.passUnretained(object).toOpaque()
        let word = p.load(fromByteOffset: 8, as: UInt64.self)
        if UInt32(truncatingIfNeeded: word) == UInt32.max { return }   // already immortal
        // A side-table count (weak references were formed) cannot be replaced.
        guard word & (1 << 63) == 0 else { return }
        p.storeBytes(of: countBits, toByteOffset: 8, as: UInt64.self)
    }

    /// A str caches its hash in the object on first use: compute it before the str is shared,
    /// so that no thread ever writes to an immortal str (two threads hashing "__init__" for the
    /// first time at once was a data race, benign only by luck).
    static func mark(_ s: PyStr) {
        _ = s.hash
        mark(s as AnyObject)
    }

    /// Whether `object` is immortal (marked, or made so by the runtime).
    static func isMarked(_ object: AnyObject) -> Bool {
        let p = Unmanaged.passUnretained(object).toOpaque()
        return UInt32(truncatingIfNeeded: p.load(fromByteOffset: 8, as: UInt64.self)) == UInt32.max
    }

    /// The array's storage (the elements are the caller's business).
    static func mark<T>(array: [T]) {
        mark(unsafeBitCast(array, to: AnyObject.self))
    }

    static func mark<K, V>(dictionary: [K: V]) {
        mark(unsafeBitCast(dictionary, to: AnyObject.self))
    }

    static func mark<T>(set: Set<T>) {
        mark(unsafeBitCast(set, to: AnyObject.self))
    }

    /// The collection itself, its storage made immortal (for `static let x = Immortal.array(...)`).
    static func array<T>(_ a: [T]) -> [T] { mark(array: a); return a }
    static func dictionary<K, V>(_ d: [K: V]) -> [K: V] { mark(dictionary: d); return d }
    static func set<T>(_ s: Set<T>) -> Set<T> { mark(set: s); return s }

    /// A String's heap storage, if it has one (literals and strings of up to 15 bytes do not).
    static func mark(string: String) {
        let raw = unsafeBitCast(string, to: (UInt64, UInt64).self)
        // Discriminator 0x1 in the top nibble: native, mortal storage at the low 60 bits.
        guard raw.1 >> 60 == 0x1 else { return }
        guard let p = UnsafeRawPointer(bitPattern: UInt(raw.1 & 0x0FFF_FFFF_FFFF_FFF8)) else { return }
        mark(Unmanaged<AnyObject>.fromOpaque(p).takeUnretainedValue())
    }

    /// The object a Value carries, and for a tuple its items' storage too.
    static func mark(value: Value) {
        switch value {
        case .none, .bool, .int, .float, .undefined: return
        case .big(let o): mark(o); mark(array: o.value.limbs)
        case .str(let o): mark(o)
        case .list(let o): mark(o)
        case .tuple(let o): mark(o); mark(array: o.items); for v in o.items { mark(value: v) }
        case .dict(let o): mark(dict: o)
        case .set(let o): mark(o)
        case .function(let o): mark(o)
        case .builtin(let o): mark(o)
        case .type(let o): mark(o)
        case .exception(let o): mark(o)
        case .instance(let o): mark(o)
        case .object(let o): mark(o)
        }
    }

    /// A PyDict built once for the process: the dict, its storage, its keys and values.
    static func mark(dict: PyDict) {
        mark(dict)
        dict.markStorageImmortal()
    }
}
