// "Did you mean" hints CPython 3.11 appends to an uncaught AttributeError's message when it
// prints the traceback (Python/suggestions.c): the closest name in dir(obj) by a weighted
// Levenshtein distance over UTF-8 bytes. str(e) never includes it.

private let maxCandidateItems = 750
private let maxStringSize = 40
private let moveCost = 2
private let caseCost = 1

private func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    let la = (a >= 65 && a <= 90) ? a + 32 : a
    let lb = (b >= 65 && b <= 90) ? b + 32 : b
    return la == lb ? caseCost : moveCost
}

private func levenshtein(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
    var a = a0[...], b = b0[...]
    while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
    while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
    let av = Array(a), bv = Array(b)
    var buffer = [Int](repeating: 0, count: av.count)
    var tmp = moveCost
    for i in 0..<av.count {
        buffer[i] = tmp
        tmp += moveCost
    }
    var result = 0
    for bi in 0..<bv.count {
        let code = bv[bi]
        var distance = bi * moveCost
        result = distance
        var minimum = Int.max
        for i in 0..<av.count {
            let substitute = distance + substitutionCost(code, av[i])
            distance = buffer[i]
            let insertDelete = min(result, distance) + moveCost
            result = min(insertDelete, substitute)
            buffer[i] = result
            if result < minimum { minimum = result }
        }
        if minimum > maxCost { return maxCost + 1 }
    }
    return result
}

/// CPython's calculate_suggestions: the candidate closest to `name`, if close enough.
func closestName(_ name: String, _ candidates: [String]) -> String? {
    if candidates.count >= maxCandidateItems { return nil }
    let n = Array(name.utf8)
    var best: String? = nil
    var bestDistance = Int.max
    for c in candidates where c != name {
        let cv = Array(c.utf8)
        var maxDistance = (n.count + cv.count + 3) * moveCost / 6
        maxDistance = min(maxDistance, bestDistance - 1)
        let d = levenshtein(n, cv, maxDistance)
        if d > maxDistance { continue }
        if best == nil || d < bestDistance {
            best = c
            bestDistance = d
        }
    }
    return best
}

extension VM {
    /// ". Did you mean: 'x'?" for an AttributeError the VM raised on `obj.name`, else "".
    func suggestionSuffix(_ e: PyException) -> String {
        if let (name, locals) = e.nameContext, e.type.isSubtype(of: .nameError) {
            return nameSuggestion(name.string, locals).map { ". Did you mean: '\($0)'?" } ?? ""
        }
        guard e.type.isSubtype(of: .attributeError), let (name, obj) = e.attributeContext else { return "" }
        guard let names = try? dirOf(obj) else { return "" }
        var candidates: [String] = []
        for case .str(let s) in names { candidates.append(s.string) }
        guard let s = closestName(name.string, candidates) else { return "" }
        return ". Did you mean: '\(s)'?"
    }

    /// CPython's offer_suggestions_for_name_error: the frame's local names, then the module's
    /// globals (those bound), then the builtins module's names (CPython's, in its dict order).
    private func nameSuggestion(_ name: String, _ locals: [String]) -> String? {
        if let s = closestName(name, locals) { return s }
        var globalsNow = moduleDunderNames
        for (i, g) in program.globalNames.enumerated() where i < globalCount {
            if case .undefined = globals[i] { continue }
            if !globalsNow.contains(g) { globalsNow.append(g) }
        }
        if let s = closestName(name, globalsNow) { return s }
        return closestName(name, cpythonBuiltinNames)
    }

    /// Records what `obj.name` failed on (CPython's set_attribute_error_context), once.
    func noteAttributeContext(_ error: PyError, _ obj: Value, _ name: PyStr) {
        let e = error.exc
        if e.attributeContext == nil, e.type.isSubtype(of: .attributeError) { e.attributeContext = (name, obj) }
    }
}

/// The globals every `python3 -c` module starts with.
private let moduleDunderNames = Immortal.array(["__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                                "__annotations__", "__builtins__"])

/// CPython 3.11's builtins module namespace, in its order (the candidates are CPython's even
/// where pyrust lacks the builtin, so that the hint matches).
private let cpythonBuiltinNames: [String] = Immortal.array([
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs",
    "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod",
    "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance",
    "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow",
    "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented",
    "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict",
    "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range",
    "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
    "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
    "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError",
    "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
    "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
    "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit",
    "copyright", "credits", "license", "help"
])
