// _heapq: the heap operations of heapq, written in Swift as CPython's are in C (heapq itself
// is written in Python, Modules/Library/HeapqModule.swift, and imports these). The sift loops
// compare with `<` the way CPython's do, so equal items and misbehaving __lt__ methods end up
// where they do in CPython, and a list that changes size during a comparison is an error.

enum HeapqNativeModule {
    static let definition = NativeModule { d in
        func add(_ name: String, arity: Int, _ f: @escaping (VM, PyList, Args) throws(PyError) -> Value) {
            addNativeFunction(d, "_heapq", name) { (vm, args) throws(PyError) -> Value in
                if args.hasKeywords { throw typeError("_heapq.\(name)() takes no keyword arguments") }
                if arity == 1 {
                    if args.count != 1 { throw typeError("_heapq.\(name)() takes exactly one argument (\(args.count) given)") }
                } else {
                    try args.checkPositional(name, min: arity, max: arity)
                }
                guard case .list(let heap) = args[0].payloadOrSelf else {
                    throw typeError("\(name)() argument\(arity == 1 ? "" : " 1") must be list, not \(typeName(args[0]))")
                }
                return try f(vm, heap, args)
            }
        }
        add("heappush", arity: 2) { (vm, heap, args) throws(PyError) -> Value in
            heap.items.append(args[1])
            try siftDown(vm, heap, 0, heap.items.count - 1, max: false)
            return .none
        }
        for (name, isMax) in [("heappop", false), ("_heappop_max", true)] {
            add(name, arity: 1) { (vm, heap, _) throws(PyError) -> Value in try pop(vm, heap, max: isMax) }
        }
        for (name, isMax) in [("heapify", false), ("_heapify_max", true)] {
            add(name, arity: 1) { (vm, heap, _) throws(PyError) -> Value in
                var i = heap.items.count / 2 - 1
                while i >= 0 {
                    try siftUp(vm, heap, i, max: isMax)
                    i -= 1
                }
                return .none
            }
        }
        for (name, isMax) in [("heapreplace", false), ("_heapreplace_max", true)] {
            add(name, arity: 2) { (vm, heap, args) throws(PyError) -> Value in
                if heap.items.isEmpty { throw indexError("index out of range") }
                let top = heap.items[0]
                heap.items[0] = args[1]
                try siftUp(vm, heap, 0, max: isMax)
                return top
            }
        }
        add("heappushpop", arity: 2) { (vm, heap, args) throws(PyError) -> Value in
            let item = args[1]
            if heap.items.isEmpty { return item }
            if !(try vm.lessThan(heap.items[0], item)) { return item }
            if heap.items.isEmpty { throw indexError("index out of range") }
            let top = heap.items[0]
            heap.items[0] = item
            try siftUp(vm, heap, 0, max: false)
            return top
        }
    }

    /// heappop / _heappop_max.
    private static func pop(_ vm: VM, _ heap: PyList, max: Bool) throws(PyError) -> Value {
        guard let last = heap.items.popLast() else { throw indexError("index out of range") }
        if heap.items.isEmpty { return last }
        let top = heap.items[0]
        heap.items[0] = last
        try siftUp(vm, heap, 0, max: max)
        return top
    }

    /// Whether a sorts before b in the heap's order (`a < b`, or `b < a` for a max-heap).
    @inline(__always)
    private static func before(_ vm: VM, _ a: Value, _ b: Value, max: Bool) throws(PyError) -> Bool {
        return max ? try vm.lessThan(b, a) : try vm.lessThan(a, b)
    }

    /// Moves the item at `pos` up towards `start` while it sorts before its parent.
    private static func siftDown(_ vm: VM, _ heap: PyList, _ start: Int, _ position: Int, max: Bool) throws(PyError) {
        let size = heap.items.count
        if position >= size { throw indexError("index out of range") }
        var pos = position
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let smaller = try before(vm, heap.items[pos], heap.items[parentPos], max: max)
            if size != heap.items.count { throw PyError(.runtimeError, "list changed size during iteration") }
            if !smaller { break }
            heap.items.swapAt(parentPos, pos)
            pos = parentPos
        }
    }

    /// Moves the smaller child up from `position` to a leaf, then the item there back up.
    private static func siftUp(_ vm: VM, _ heap: PyList, _ position: Int, max: Bool) throws(PyError) {
        let end = heap.items.count
        if position >= end { throw indexError("index out of range") }
        var pos = position
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end {
                let leftFirst = try before(vm, heap.items[child], heap.items[child + 1], max: max)
                if !leftFirst { child += 1 }
                if end != heap.items.count { throw PyError(.runtimeError, "list changed size during iteration") }
            }
            heap.items.swapAt(child, pos)
            pos = child
        }
        try siftDown(vm, heap, position, pos, max: max)
    }
}
