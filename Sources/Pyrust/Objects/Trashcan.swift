// Releasing deeply nested containers ([[[...]]] built in a loop) without native recursion:
// past a small nesting depth, a container's deinit parks its elements in a per-thread buffer
// instead of releasing them, and the outermost deinit releases the parked ones in a loop.
// (CPython's "trashcan" solves the same problem.)

import CPyrustSupport
import Glibc

enum Trashcan {
    static let maxDepth = 64

    /// Releases `items` (a container's elements) safely; call from the container's deinit.
    static func release(_ items: inout [Value]) {
        if items.isEmpty { return }
        let t = pyrust_trash_state()!
        if t.pointee.depth >= maxDepth {
            park(&items, t)
            return
        }
        t.pointee.depth += 1
        // Release through an opaque call: ARC may otherwise hoist the release above the
        // increment (seen in release builds), and the nesting would go unbounded.
        let old = items
        items = []
        dropValues(old)             // may run nested deinits, each at most maxDepth deep
        if t.pointee.depth == 1 { drain(t) }
        t.pointee.depth -= 1
    }

    /// Releases (deinitializes) `count` values in a buffer the caller owns, as `release`
    /// does for an array: nested deinits stay within maxDepth.
    static func release(_ base: UnsafeMutablePointer<Value>, count n: Int) {
        if n == 0 { return }
        let t = pyrust_trash_state()!
        if t.pointee.depth >= maxDepth {
            var items: [Value] = []
            items.reserveCapacity(n)
            for k in 0..<n { items.append((base + k).move()) }
            park(&items, t)
            return
        }
        t.pointee.depth += 1
        for k in 0..<n {
            let p = base + k
            if p.pointee.isHeapReference { dropValue(p.move()) } else { p.deinitialize(count: 1) }
        }
        if t.pointee.depth == 1 { drain(t) }
        t.pointee.depth -= 1
    }

    @inline(never) @_optimize(none)
    private static func dropValue(_ value: __owned Value) {}

    @inline(never) @_optimize(none)
    private static func dropValues(_ values: __owned [Value]) {}

    private static func park(_ items: inout [Value], _ t: UnsafeMutablePointer<pyrust_trash>) {
        let needed = t.pointee.count + items.count
        if needed > t.pointee.capacity {
            var cap = max(256, t.pointee.capacity * 2)
            while cap < needed { cap *= 2 }
            let newBuf = UnsafeMutablePointer<Value>.allocate(capacity: cap)
            if let old = t.pointee.buffer?.assumingMemoryBound(to: Value.self) {
                newBuf.moveInitialize(from: old, count: t.pointee.count)
                old.deallocate()
            }
            t.pointee.buffer = UnsafeMutableRawPointer(newBuf)
            t.pointee.capacity = cap
        }
        guard let buf = t.pointee.buffer?.assumingMemoryBound(to: Value.self) else { return }
        let start = buf + t.pointee.count
        for (i, v) in items.enumerated() { (start + i).initialize(to: v) }
        t.pointee.count = needed
        items = []                  // the parked copies keep the elements alive
    }

    /// Releases parked values one at a time until none are left (runs at depth 1).
    private static func drain(_ t: UnsafeMutablePointer<pyrust_trash>) {
        while t.pointee.count > 0 {
            guard let buf = t.pointee.buffer?.assumingMemoryBound(to: Value.self) else { return }
            t.pointee.count -= 1
            // Move out first: the value's deinit may park more values (even reallocating the buffer).
            dropValue((buf + t.pointee.count).move())
        }
    }
}
