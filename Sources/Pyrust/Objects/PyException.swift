// Exception instances, and the Swift error that carries one through the VM and builtins.

struct TracebackEntry {
    var function: String    // "<module>", "f", "<lambda>", "<listcomp>"
    var line: Int32
    /// The failing expression's span (SourceSpan.pack), 0 when unknown.
    var position: UInt64 = 0
    /// Code compiled by exec/eval/compile(): its file name (no source line is shown).
    var fileName: String? = nil
}

final class PyException {
    let type: PyType
    var args: [Value]
    /// Innermost entry last is NOT the order: entries are appended as the exception travels
    /// outwards, so the innermost frame comes first. Printing reverses it.
    var traceback: [TracebackEntry] = []
    var context: PyException?
    var cause: PyException?
    var suppressContext = false
    /// Attributes set on the instance (self.code = ...), and __notes__.
    var dict: PyDict? = nil
    /// Raised by a run limit (RunLimits.swift): no handler may catch it.
    var isLimit = false
    /// For an AttributeError from `obj.name`: the name and object (its .name/.obj, and the
    /// "Did you mean" hint of the printed traceback).
    var attributeContext: (PyStr, Value)? = nil
    /// For a NameError the VM raised: the name and the local names of the frame it was
    /// raised in (its .name, and the "Did you mean" hint).
    var nameContext: (PyStr, [String])? = nil

    init(_ type: PyType, args: [Value]) {
        self.type = type
        self.args = args
    }

    convenience init(_ type: PyType, _ message: String) {
        self.init(type, args: [.str(PyStr.make(message))])
    }
}

/// The error type of every throwing function in the interpreter (typed throws: no boxing).
struct PyError: Error {
    let exc: PyException
    init(_ exc: PyException) { self.exc = exc }
    init(_ type: PyType, _ message: String) { self.exc = PyException(type, message) }
}

// Constructors for the errors raised most often, with CPython's wording left to the caller.
@inline(never) func typeError(_ msg: String) -> PyError { PyError(.typeError, msg) }
@inline(never) func valueError(_ msg: String) -> PyError { PyError(.valueError, msg) }
/// chr(0xD800) and the like: a str is UTF-8 here, which cannot hold a lone surrogate.
@inline(never) func loneSurrogateNotSupported(_ code: Int) -> PyError {
    PyError(.notImplementedError, "lone surrogates in strings (\\u\(String(code, radix: 16))) are not supported by pyrust yet")
}
@inline(never) func indexError(_ msg: String) -> PyError { PyError(.indexError, msg) }
@inline(never) func overflowError(_ msg: String) -> PyError { PyError(.overflowError, msg) }
@inline(never) func zeroDivisionError(_ msg: String) -> PyError { PyError(.zeroDivisionError, msg) }
@inline(never) func memoryError() -> PyError { PyError(PyException(.memoryError, args: [])) }
@inline(never) func attributeError(_ msg: String) -> PyError { PyError(.attributeError, msg) }
@inline(never) func notSupported(_ feature: String) -> PyError {
    PyError(.notImplementedError, "\(feature) \(feature.hasSuffix("s") ? "are" : "is") not supported by pyrust yet")
}
@inline(never) func keyError(_ key: Value) -> PyError { PyError(PyException(.keyError, args: [key])) }

/// Limits that keep any input from exhausting the host.
enum Limits {
    /// Largest str/list/tuple length a single operation may produce.
    static let maxSequenceLength = 1 << 28
    /// Largest int, in bits, an operation may produce.
    static let maxIntBits = 1 << 24
    /// Python frames (CPython's default recursion limit).
    static let recursionLimit = 1000
    /// Native nesting of repr/eq/hash over nested containers and of builtins calling back into Python.
    static let nativeDepth = 1000
    /// Python code called from Swift (builtins' callbacks, special methods, resumed generators) nests
    /// natively: bounded here, and by the native stack guard.
    static let nativeCallDepth = 400
}

extension PyError {
    /// The Python exception for a number-formatting failure.
    init(_ e: FormatError) {
        switch e.kind {
        case .valueError: self.init(.valueError, e.message)
        case .overflowError: self.init(.overflowError, e.message)
        case .memoryError: self.init(PyException(.memoryError, args: []))
        case .notImplementedError: self.init(.notImplementedError, e.message)
        }
    }
}
