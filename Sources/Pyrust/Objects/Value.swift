// The tagged value every stage of the VM passes around.
// Small ints, floats, bools and None live inline (no allocation, no ARC); everything else is a
// reference to a final class, so a copy costs at most one retain.

enum Value {
    case none
    case bool(Bool)
    case int(Int)                   // the small-int fast path; results that overflow become .big
    case float(Double)
    case big(PyBigInt)              // always outside Int's range (normalised on creation)
    case str(PyStr)
    case list(PyList)
    case tuple(PyTuple)
    case dict(PyDict)
    case set(PySet)                 // set and frozenset
    case function(PyFunction)
    case builtin(PyBuiltinFunction)
    case type(PyType)
    case exception(PyException)
    case instance(PyInstance)       // an instance of a user class
    case object(PyObject)           // everything rarer: range, iterators, bound methods, slices, ...
    /// Internal marker for an unbound local or unset global slot; never visible to Python code.
    case undefined
}

/// Base class for the rarer heap objects carried by `Value.object`. Subclasses override `pyType`;
/// iterators set `isIterator` and bytes objects `isBytes` so the VM can recognise them without a dynamic cast.
class PyObject {
    var pyType: PyType { .object }
    var isIterator: Bool { false }
    /// bytes or bytearray (PyBytes).
    var isBytes: Bool { false }

    // Objects of the types that modules written in Swift define (itertools.count,
    // operator.itemgetter, ...) override these; the VM asks them where it has no case of its own.

    /// repr(obj); nil: the default `<type object at 0x...>`.
    func nativeRepr(_ vm: VM) throws(PyError) -> String? { nil }
    /// `obj.name` (nil: no such attribute here).
    func nativeAttribute(_ vm: VM, _ name: PyStr) throws(PyError) -> Value? { nil }
    /// Whether calling the object runs `nativeCall`.
    var isNativeCallable: Bool { false }
    func nativeCall(_ vm: VM, _ args: Args) throws(PyError) -> Value { .none }
}

/// A cell shared between a function and the closures that capture its variables.
final class PyCell {
    var value: Value
    init(_ value: Value) { self.value = value }
    deinit {
        // Closures can chain through cells (f = make(f) in a loop); release without recursion.
        switch value {
        case .function, .list, .tuple, .dict, .set, .object:
            var held = [value]
            value = .none
            Trashcan.release(&held)
        default:
            break
        }
    }
}

final class PyBigInt {
    let value: BigInt
    init(_ value: BigInt) { self.value = value }
}

final class PyList {
    var items: [Value]
    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1
    init(_ items: [Value]) {
        self.items = items
        RunObjects.register(self)
    }
    deinit {
        if registryIndex >= 0 { RunObjects.unregister(self) }
        Trashcan.release(&items)
    }
    /// Empties the list (the run ended: breaks cycles such as l.append(l)).
    func clearForRunEnd() {
        var held = items
        items = []
        Trashcan.release(&held)
    }
}

final class PyTuple {
    private(set) var items: [Value]
    init(_ items: [Value]) { self.items = items }
    deinit { Trashcan.release(&items) }
    static let empty: PyTuple = { let t = PyTuple([]); Immortal.mark(t); return t }()
}

extension Value {
    @inline(__always) var isNone: Bool { if case .none = self { return true }; return false }
    @inline(__always) var isUndefinedValue: Bool { if case .undefined = self { return true }; return false }
    @inline(__always) var isStr: Bool { if case .str = self { return true }; return false }

    /// The function payload without a retain: valid only while the value it came from is alive.
    @inline(__always) var unretainedFunction: Unmanaged<PyFunction>? {
        if case .function(let f) = self { return Unmanaged.passUnretained(f) }
        return nil
    }

    /// The builtin-function payload without a retain (same rule as unretainedFunction).
    @inline(__always) var unretainedBuiltin: Unmanaged<PyBuiltinFunction>? {
        if case .builtin(let f) = self { return Unmanaged.passUnretained(f) }
        return nil
    }

    /// True for bool, int and float: copying one is copying its bytes.
    @inline(__always) var isInlineNumber: Bool {
        switch self {
        case .bool, .int, .float: return true
        default: return false
        }
    }

    /// False for the inline cases, whose copies and drops need no reference counting.
    @inline(__always) var isHeapReference: Bool {
        switch self {
        case .none, .bool, .int, .float, .undefined: return false
        default: return true
        }
    }

    /// Builds an int value from a BigInt, using the inline case when it fits.
    @inline(__always) static func int(_ b: BigInt) -> Value {
        if let small = b.asInt { return .int(small) }
        return .big(PyBigInt(b))
    }

    static func str(_ s: String) -> Value { .str(PyStr.make(s)) }
}
