// Measures the heap bytes a compiled program holds, asking the allocator for the real size of
// each block (malloc_usable_size), so the cache's `bytes` statistic is measured, not estimated.

import Glibc
import CPyrustSupport

enum HeapMeasure {
    /// Size of the malloc block holding a class instance.
    static func object(_ o: AnyObject) -> Int {
        return pointer(Unmanaged.passUnretained(o).toOpaque())
    }

    /// The malloc block's size, or 0 for memory that is not from malloc: the compiler places
    /// constant arrays and objects in the library's static data, and asking malloc about
    /// those is undefined behaviour. Such an address lies inside a loaded image.
    static func pointer(_ p: UnsafeMutableRawPointer) -> Int {
        if pyrust_support_in_loaded_image(UnsafeRawPointer(p)) != 0 { return 0 }
        return malloc_usable_size(p)
    }

    /// Size of an array's heap buffer (the storage object sits 32 bytes before the elements).
    static func array<T>(_ a: [T]) -> Int {
        if a.capacity == 0 { return 0 }
        return a.withUnsafeBufferPointer { buf -> Int in
            guard let base = buf.baseAddress else { return 0 }
            return pointer(UnsafeMutableRawPointer(mutating: UnsafeRawPointer(base) - 32))
        }
    }

    static func string(_ s: String) -> Int {
        // Strings of up to 15 UTF-8 bytes are stored inline.
        let n = s.utf8.count
        return n <= 15 ? 0 : ((n + 32 + 15) & ~15)
    }

    static func program(_ p: ProgramCode) -> Int {
        var total = object(p) + array(p.globalNames) + array(p.builtinFallback)
        for n in p.globalNames { total += string(n) }
        // Only code objects could be reached twice; the compiler gives every constant its own
        // object. A small array of visited code objects is cheap on every cache insert.
        var seen: [ObjectIdentifier] = []
        seen.reserveCapacity(16)
        total += code(p.module, &seen)
        return total
    }

    static func code(_ c: CodeObject, _ seen: inout [ObjectIdentifier]) -> Int {
        if !firstVisit(c, &seen) { return 0 }
        var total = object(c)
        total += array(c.lines) + array(c.exceptionTable)
        total += array(c.localNames) + array(c.cellNames) + array(c.freeNames) + array(c.cellParamSlots)
        total += pointer(UnsafeMutableRawPointer(c.ins)) + pointer(UnsafeMutableRawPointer(c.consts))
        total += string(c.name) + string(c.qualname)
        for n in c.localNames { total += string(n) }
        for k in 0..<c.constantCount { total += value(c.consts[k], &seen) }
        return total
    }

    static func value(_ v: Value, _ seen: inout [ObjectIdentifier]) -> Int {
        switch v {
        case .str(let s):
            return object(s)    // the bytes are in the object
        case .big(let b):
            return object(b) + array(b.value.limbs)
        case .tuple(let t):
            var total = object(t) + array(t.items)
            for x in t.items { total += value(x, &seen) }
            return total
        case .object(let o):
            if let ref = o as? PyCodeRef {
                if !firstVisit(ref, &seen) { return 0 }
                return object(ref) + code(ref.code, &seen)
            }
            return 0
        default:
            return 0
        }
    }

    @inline(__always)
    private static func firstVisit(_ o: AnyObject, _ seen: inout [ObjectIdentifier]) -> Bool {
        let id = ObjectIdentifier(o)
        if seen.contains(id) { return false }
        seen.append(id)
        return true
    }
}
