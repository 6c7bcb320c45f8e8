// Type objects: the builtin types and the builtin exception hierarchy.
// Types are immutable singletons shared by all threads.

enum TypeKind: UInt8 {
    case object, none, bool, int, float, str, list, tuple, dict, set, frozenset
    case function, builtinFunction, method, type, range, slice, cell, ellipsis
    case iterator            // every builtin iterator kind; its name distinguishes them
    case exception
}

final class PyType {
    let name: String
    let base: PyType?
    let kind: TypeKind
    /// Position in `PyType.exceptionTypes` / the builtins table (for exceptions).
    init(_ name: String, base: PyType?, kind: TypeKind) {
        self.name = name
        self.base = base
        self.kind = kind
    }

    func isSubtype(of other: PyType) -> Bool {
        var t: PyType? = self
        while let c = t {
            if c === other { return true }
            t = c.base
        }
        return false
    }

    var isException: Bool { kind == .exception }

    // MARK: builtin types
    static let object = PyType("object", base: nil, kind: .object)
    static let noneType = PyType("NoneType", base: object, kind: .none)
    static let int = PyType("int", base: object, kind: .int)
    static let bool = PyType("bool", base: int, kind: .bool)
    static let float = PyType("float", base: object, kind: .float)
    static let str = PyType("str", base: object, kind: .str)
    static let list = PyType("list", base: object, kind: .list)
    static let tuple = PyType("tuple", base: object, kind: .tuple)
    static let dict = PyType("dict", base: object, kind: .dict)
    static let set = PyType("set", base: object, kind: .set)
    static let frozenset = PyType("frozenset", base: object, kind: .frozenset)
    static let function = PyType("function", base: object, kind: .function)
    static let builtinFunction = PyType("builtin_function_or_method", base: object, kind: .builtinFunction)
    static let method = PyType("method", base: object, kind: .method)
    static let type = PyType("type", base: object, kind: .type)
    static let range = PyType("range", base: object, kind: .range)
    static let slice = PyType("slice", base: object, kind: .slice)
    static let cell = PyType("cell", base: object, kind: .cell)
    static let ellipsis = PyType("ellipsis", base: object, kind: .ellipsis)

    // MARK: exceptions
    static let baseException = PyType("BaseException", base: object, kind: .exception)
    static let systemExit = PyType("SystemExit", base: baseException, kind: .exception)
    static let keyboardInterrupt = PyType("KeyboardInterrupt", base: baseException, kind: .exception)
    static let generatorExit = PyType("GeneratorExit", base: baseException, kind: .exception)
    static let exception = PyType("Exception", base: baseException, kind: .exception)
    static let stopIteration = PyType("StopIteration", base: exception, kind: .exception)
    static let arithmeticError = PyType("ArithmeticError", base: exception, kind: .exception)
    static let floatingPointError = PyType("FloatingPointError", base: arithmeticError, kind: .exception)
    static let overflowError = PyType("OverflowError", base: arithmeticError, kind: .exception)
    static let zeroDivisionError = PyType("ZeroDivisionError", base: arithmeticError, kind: .exception)
    static let assertionError = PyType("AssertionError", base: exception, kind: .exception)
    static let attributeError = PyType("AttributeError", base: exception, kind: .exception)
    static let eofError = PyType("EOFError", base: exception, kind: .exception)
    static let importError = PyType("ImportError", base: exception, kind: .exception)
    static let moduleNotFoundError = PyType("ModuleNotFoundError", base: importError, kind: .exception)
    static let lookupError = PyType("LookupError", base: exception, kind: .exception)
    static let indexError = PyType("IndexError", base: lookupError, kind: .exception)
    static let keyError = PyType("KeyError", base: lookupError, kind: .exception)
    static let memoryError = PyType("MemoryError", base: exception, kind: .exception)
    static let nameError = PyType("NameError", base: exception, kind: .exception)
    static let unboundLocalError = PyType("UnboundLocalError", base: nameError, kind: .exception)
    static let osError = PyType("OSError", base: exception, kind: .exception)
    static let runtimeError = PyType("RuntimeError", base: exception, kind: .exception)
    static let notImplementedError = PyType("NotImplementedError", base: runtimeError, kind: .exception)
    static let recursionError = PyType("RecursionError", base: runtimeError, kind: .exception)
    static let syntaxError = PyType("SyntaxError", base: exception, kind: .exception)
    static let indentationError = PyType("IndentationError", base: syntaxError, kind: .exception)
    static let tabError = PyType("TabError", base: indentationError, kind: .exception)
    static let typeError = PyType("TypeError", base: exception, kind: .exception)
    static let valueError = PyType("ValueError", base: exception, kind: .exception)
    static let unicodeError = PyType("UnicodeError", base: valueError, kind: .exception)

    /// Exception classes visible as builtin names.
    static let exceptionTypes: [PyType] = [
        baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
        arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
        attributeError, eofError, importError, moduleNotFoundError, lookupError, indexError, keyError,
        memoryError, nameError, unboundLocalError, osError, runtimeError, notImplementedError,
        recursionError, syntaxError, indentationError, tabError, typeError, valueError, unicodeError,
    ]
}
