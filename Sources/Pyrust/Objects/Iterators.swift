import CPyrustSupport

// Iterator objects for the builtin iterables and the lazy builtins (enumerate, zip, map, ...).
// `next` returns nil when exhausted; the VM's forIter inlines the range and list cases.

class PyIterator: PyObject {
    override var isIterator: Bool { true }
    var typeName: String { "iterator" }
    override var pyType: PyType { PyType.iteratorType(typeName) }
    func next(_ vm: VM) throws(PyError) -> Value? { nil }
}

extension PyType {
    /// Iterator types are few and only used for type() and error messages.
    static func iteratorType(_ name: String) -> PyType {
        switch name {
        case "range_iterator": return rangeIterator
        case "longrange_iterator": return longRangeIterator
        case "list_iterator": return listIterator
        case "tuple_iterator": return tupleIterator
        case "str_ascii_iterator": return strIterator
        case "enumerate": return enumerate
        case "zip": return zip
        case "map": return map
        case "filter": return filter
        case "list_reverseiterator": return reversedList
        case "reversed": return reversed
        case "dict_keyiterator": return dictKeyIterator
        case "dict_valueiterator": return dictValueIterator
        case "dict_itemiterator": return dictItemIterator
        case "set_iterator": return setIterator
        default: return iterator
        }
    }
    static let iterator = PyType("iterator", base: object, kind: .iterator)
    static let rangeIterator = PyType("range_iterator", base: object, kind: .iterator)
    static let longRangeIterator = PyType("longrange_iterator", base: object, kind: .iterator)
    static let listIterator = PyType("list_iterator", base: object, kind: .iterator)
    static let tupleIterator = PyType("tuple_iterator", base: object, kind: .iterator)
    static let strIterator = PyType("str_ascii_iterator", base: object, kind: .iterator)
    static let enumerate = PyType("enumerate", base: object, kind: .iterator)
    static let zip = PyType("zip", base: object, kind: .iterator)
    static let map = PyType("map", base: object, kind: .iterator)
    static let filter = PyType("filter", base: object, kind: .iterator)
    static let reversedList = PyType("list_reverseiterator", base: object, kind: .iterator)
    static let reversed = PyType("reversed", base: object, kind: .iterator)
    static let dictKeyIterator = PyType("dict_keyiterator", base: object, kind: .iterator)
    static let dictValueIterator = PyType("dict_valueiterator", base: object, kind: .iterator)
    static let dictItemIterator = PyType("dict_itemiterator", base: object, kind: .iterator)
    static let setIterator = PyType("set_iterator", base: object, kind: .iterator)
}

final class RangeIterator: PyIterator {
    var next: Int
    var remaining: Int
    let step: Int
    init(_ r: PyRange) {
        next = r.start
        remaining = r.length
        step = r.step
    }
    init(next: Int, remaining: Int, step: Int) {
        self.next = next
        self.remaining = remaining
        self.step = step
    }
    override var typeName: String { "range_iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if remaining <= 0 { return nil }
        try vm.charge(1)    // sum(range(10**15)) must still stop at a limit
        let v = next
        remaining -= 1
        next = next &+ step
        return .int(v)
    }
}

final class ListIterator: PyIterator {
    let list: PyList
    var index = 0
    init(_ list: PyList) { self.list = list }
    override var typeName: String { "list_iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if index < list.items.count {
            let v = list.items[index]
            index += 1
            return v
        }
        index = Int.max / 2   // stays exhausted even if the list grows later, like CPython
        return nil
    }
}

final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0
    let name: String
    init(_ items: [Value], name: String) {
        self.items = items
        self.name = name
    }
    override var typeName: String { name }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if index < items.count {
            let v = items[index]
            index += 1
            return v
        }
        return nil
    }
}

final class StrIterator: PyIterator {
    let str: PyStr
    var offset = 0
    /// PyStr.ascii, read once here rather than through the global's lazy-init check per item.
    private let oneCharacter = PyStr.ascii
    init(_ s: PyStr) { self.str = s }
    override var typeName: String { "str_ascii_iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let c = nextCharacter() else { return nil }
        return .str(c)
    }

    /// The next character (nil at the end); forIter calls it directly. ASCII and Latin-1
    /// characters are the shared one-character strs.
    @inline(__always) func nextCharacter() -> PyStr? {
        let start = offset
        return str.withUnsafeBufferPointer { b in
            if start >= b.count { return nil }
            let p = b.baseAddress.unsafelyUnwrapped
            let c0 = p[start]
            if c0 < 0x80 {
                offset = start &+ 1
                return oneCharacter[Int(c0)]
            }
            return nonASCII(b, start)
        }
    }

    @inline(never) private func nonASCII(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> PyStr {
        let (c, len) = PyStr.decode(b, start)
        let end = min(start + len, b.count)
        offset = end
        return PyStr.character(c, b.baseAddress.unsafelyUnwrapped + start, end - start)
    }
}

final class ReversedListIterator: PyIterator {
    let list: PyList
    var index: Int
    init(_ list: PyList) {
        self.list = list
        self.index = list.items.count - 1
    }
    override var typeName: String { "list_reverseiterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if index >= 0 && index < list.items.count {
            let v = list.items[index]
            index -= 1
            return v
        }
        index = -1
        return nil
    }
}

/// Iterates dict keys, values or items by entry position, detecting size changes like CPython.
final class DictIterator: PyIterator {
    enum Mode { case keys, values, items }
    let dict: PyDict
    let mode: Mode
    var position = 0
    let initialCount: Int
    init(_ d: PyDict, _ mode: Mode) {
        dict = d
        self.mode = mode
        initialCount = d.count
    }
    override var typeName: String {
        switch mode {
        case .keys: return "dict_keyiterator"
        case .values: return "dict_valueiterator"
        case .items: return "dict_itemiterator"
        }
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let e = try nextEntry() else { return nil }
        switch mode {
        case .keys: return e.key
        case .values: return e.value
        case .items: return .tuple(PyTuple([e.key, e.value]))
        }
    }

    /// The next live entry; also used by `for k, v in d.items()`, which takes the two parts
    /// without the tuple.
    @inline(__always)
    func nextEntry() throws(PyError) -> (key: Value, value: Value)? {
        if dict.count != initialCount {
            position = Int.max / 2
            throw PyError(.runtimeError, "dictionary changed size during iteration")
        }
        while position < dict.entryCapacity {
            let i = position
            position += 1
            if let e = dict.entry(at: i) { return e }
        }
        return nil
    }
}

final class SetIterator: PyIterator {
    let items: [Value]
    var index = 0
    let set: PySet
    let initialCount: Int
    init(_ s: PySet) {
        set = s
        items = s.elements
        initialCount = s.count
    }
    override var typeName: String { "set_iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if set.count != initialCount {
            throw PyError(.runtimeError, "Set changed size during iteration")
        }
        if index < items.count {
            let v = items[index]
            index += 1
            return v
        }
        return nil
    }
}

final class EnumerateIterator: PyIterator {
    let inner: PyIterator
    var count: Int
    /// The count once it is outside Int's range (a big start, or counting past Int.max).
    var bigCount: BigInt? = nil
    init(_ inner: PyIterator, start: Int) {
        self.inner = inner
        self.count = start
    }
    init(_ inner: PyIterator, bigStart: BigInt) {
        self.inner = inner
        self.count = 0
        self.bigCount = bigStart
    }
    override var typeName: String { "enumerate" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if let b = bigCount {
            guard let v = try inner.next(vm) else { return nil }
            bigCount = b + BigInt(1)
            return .tuple(PyTuple([.int(b), v]))
        }
        guard let (i, v) = try nextSmall(vm) else { return nil }
        return .tuple(PyTuple([.int(i), v]))
    }

    /// The next (count, item) while the count fits an Int (bigCount is nil); also used by
    /// `for i, x in enumerate(...)`, which takes the two parts without the tuple.
    @inline(__always)
    func nextSmall(_ vm: VM) throws(PyError) -> (Int, Value)? {
        // enumerate(enumerate(...)) 100000 deep recurses natively once per link.
        if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
        unowned(unsafe) let it = inner
        guard let v = try it.next(vm) else { return nil }
        let i = count
        let (n, overflow) = count.addingReportingOverflow(1)
        if overflow { bigCount = BigInt(i) + BigInt(1) } else { count = n }
        return (i, v)
    }
}

final class ZipIterator: PyIterator {
    private(set) var inners: [PyIterator]
    /// zip(strict=True): unequal lengths raise ValueError.
    let strict: Bool
    init(_ inners: [PyIterator], strict: Bool = false) {
        self.inners = inners
        self.strict = strict
    }
    /// zip(zip(...)) 100000 deep: released through the trashcan, not by native recursion.
    deinit { releaseIterators(&inners) }
    override var typeName: String { "zip" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        // A chain of wrappers (map(f, map(f, ...))) recurses natively once per link.
        if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
        if inners.isEmpty { return nil }
        var out: [Value] = []
        out.reserveCapacity(inners.count)
        for (k, it) in inners.enumerated() {
            guard let v = try it.next(vm) else {
                if strict { try checkAllExhausted(vm, first: k) }
                return nil
            }
            out.append(v)
        }
        return .tuple(PyTuple(out))
    }

    /// Iterator `first` ran out: the ones before it had a value, so it is shorter; if it is
    /// the first, each later one must run out too.
    private func checkAllExhausted(_ vm: VM, first: Int) throws(PyError) {
        func others(_ k: Int) -> String { k == 1 ? "argument 1" : "arguments 1-\(k)" }
        if first > 0 { throw valueError("zip() argument \(first + 1) is shorter than \(others(first))") }
        for k in 1..<inners.count {
            if try inners[k].next(vm) != nil {
                throw valueError("zip() argument \(k + 1) is longer than \(others(k))")
            }
        }
    }
}

final class MapIterator: PyIterator {
    let function: Value
    private(set) var inners: [PyIterator]
    init(_ function: Value, _ inners: [PyIterator]) {
        self.function = function
        self.inners = inners
    }
    /// map(f, map(f, ...)) 100000 deep: released through the trashcan, not by native recursion.
    deinit { releaseIterators(&inners) }
    override var typeName: String { "map" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        // A chain of wrappers (map(f, map(f, ...))) recurses natively once per link.
        if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
        if inners.count == 1 {
            // map(f, xs): one argument, no array.
            guard let v = try inners[0].next(vm) else { return nil }
            return try vm.call1(function, v)
        }
        var args: [Value] = []
        args.reserveCapacity(inners.count)
        for it in inners {
            guard let v = try it.next(vm) else { return nil }
            args.append(v)
        }
        return try vm.call(function, args)
    }
}

final class FilterIterator: PyIterator {
    let function: Value
    let inner: PyIterator
    init(_ function: Value, _ inner: PyIterator) {
        self.function = function
        self.inner = inner
    }
    override var typeName: String { "filter" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        // A chain of wrappers (map(f, map(f, ...))) recurses natively once per link.
        if pyrust_stack_exhausted() != 0 { throw PyError(.recursionError, "maximum recursion depth exceeded") }
        while let v = try inner.next(vm) {
            let keep: Bool
            if case .none = function {
                keep = try vm.truthy(v)
            } else {
                keep = try vm.truthy(try vm.call1(function, v))
            }
            if keep { return v }
        }
        return nil
    }
}

/// Releases a wrapper's inner iterators without native recursion (see Trashcan).
func releaseIterators(_ inners: inout [PyIterator]) {
    if inners.isEmpty { return }
    var values = inners.map { Value.object($0) }
    inners = []
    Trashcan.release(&values)
}
