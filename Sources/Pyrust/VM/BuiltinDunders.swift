// Special methods of builtin values called by name: `(1).__add__(2.0)`, `[1].__eq__(x)`,
// `getattr(s, "__len__")`. They run through the same code as a builtin subclass's inherited
// special methods (callPayloadMethod), and answer NotImplemented exactly where CPython's slot
// does not handle the other operand's type, so that reflected operators and `==` fallbacks
// written in Python behave as in CPython.

private let comparisonDunders: Set<String> = Immortal.set([
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__", "__str__", "__format__", "__init__",
])
private let numberDunders: Set<String> = Immortal.set([
    "__hash__", "__bool__", "__add__", "__radd__", "__mul__", "__rmul__", "__sub__", "__rsub__", "__mod__",
    "__truediv__", "__floordiv__", "__neg__", "__int__", "__float__",
])
private let intOnlyDunders: Set<String> = Immortal.set(["__and__", "__or__", "__xor__", "__index__"])
private let sequenceDunders: Set<String> = Immortal.set([
    "__add__", "__mul__", "__rmul__", "__getitem__", "__len__", "__contains__", "__iter__",
])
private let listOnlyDunders: Set<String> = Immortal.set(["__iadd__", "__imul__", "__setitem__", "__delitem__", "__reversed__"])
private let dictDunders: Set<String> = Immortal.set([
    "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__", "__reversed__", "__or__",
])
private let setDunders: Set<String> = Immortal.set([
    "__and__", "__or__", "__xor__", "__sub__", "__rsub__", "__len__", "__contains__", "__iter__",
])

extension VM {
    /// `obj.name` for a special method of a builtin value that CPython's type defines (nil:
    /// not one of those).
    func builtinDunder(_ obj: Value, _ name: String) -> Value? {
        guard name.utf8.count > 4, name.hasPrefix("__"), name.hasSuffix("__") else { return nil }
        let owner: PyType
        let has: Bool
        let inComparisons = comparisonDunders.contains(name)
        switch obj {
        case .int, .big, .bool:
            owner = typeOf(obj)
            has = inComparisons || numberDunders.contains(name) || intOnlyDunders.contains(name)
        case .float:
            owner = .float
            has = inComparisons || numberDunders.contains(name)
        case .str:
            owner = .str
            has = inComparisons || sequenceDunders.contains(name) || name == "__hash__" || name == "__mod__"
        case .tuple:
            owner = .tuple
            has = inComparisons || sequenceDunders.contains(name) || name == "__hash__"
        case .list:
            owner = .list
            if name == "__hash__" { return Value.none }
            has = inComparisons || sequenceDunders.contains(name) || listOnlyDunders.contains(name)
        case .dict:
            owner = .dict
            if name == "__hash__" { return Value.none }
            has = inComparisons || dictDunders.contains(name)
        case .set(let s):
            owner = typeOf(obj)
            if name == "__hash__" && !s.isFrozen { return Value.none }
            has = inComparisons || setDunders.contains(name) || name == "__hash__"
        default:
            return nil
        }
        guard has else { return nil }
        return .object(PyPayloadMethod(owner: owner, name: PyStr.make(name), receiver: obj))
    }

    /// Whether the slot of builtin type `owner` handles `other` (a payload already unwrapped)
    /// as its right operand; CPython's slot answers NotImplemented otherwise.
    func payloadAcceptsOperand(_ owner: PyType, _ other: Value) -> Bool {
        switch owner.kind {
        case .int, .bool:
            switch other { case .int, .big, .bool: return true; default: return false }
        case .float:
            switch other { case .int, .big, .bool, .float: return true; default: return false }
        case .str:
            if case .str = other { return true }
            return false
        case .list:
            if case .list = other { return true }
            return false
        case .tuple:
            if case .tuple = other { return true }
            return false
        case .dict:
            if case .dict = other { return true }
            return false
        case .set, .frozenset:
            if case .set = other { return true }
            return false
        default:
            return true
        }
    }

    /// A sequence's `+`/`*` dunder: CPython raises for a wrong operand instead of answering
    /// NotImplemented (sq_concat / sq_repeat have no reflected form).
    func payloadSequenceRaises(_ owner: PyType, _ op: BinOp) -> Bool {
        switch owner.kind {
        case .str, .list, .tuple: return op == .add || op == .mul
        default: return false
        }
    }
}
