// Errors the dispatch loop raises, built out of line: when their message text is written in
// the loop itself, the compiler sets the string constants up on every entry to the loop.

extension VM {
    @inline(never)
    func nameNotDefined(_ slot: Int) -> PyError {
        guard slot >= 0 && slot < program.globalNames.count else { return badBytecode("global slot") }
        let name = program.globalNames[slot]
        let error = PyError(.nameError, "name '\(name)' is not defined")
        error.exc.nameContext = (PyStr.make(name), frames.count > 0 ? frames.top.pointee.code.localNames : [])
        return error
    }

    @inline(never)
    func listIndexOutOfRange() -> PyError {
        indexError("list index out of range")
    }

    @inline(never)
    func starArgumentNotIterable(_ callee: Value, _ v: Value) -> PyError {
        typeError("\(calleeDescription(callee)) argument after * must be an iterable, not \(typeName(v))")
    }

    @inline(never)
    func doubleStarArgumentNotMapping(_ callee: Value, _ v: Value) -> PyError {
        typeError("\(calleeDescription(callee)) argument after ** must be a mapping, not \(typeName(v))")
    }

    @inline(never)
    func notAMapping(_ v: Value) -> PyError {
        typeError("'\(typeName(v))' object is not a mapping")
    }

    @inline(never)
    func keywordsMustBeStrings() -> PyError {
        typeError("keywords must be strings")
    }

    @inline(never)
    func duplicateKeywordArgument(_ callee: Value, _ name: PyStr) -> PyError {
        typeError("\(calleeDescription(callee)) got multiple values for keyword argument '\(name.string)'")
    }

    @inline(never)
    func notEnoughValuesToUnpack(expected: Int, got: Int) -> PyError {
        valueError("not enough values to unpack (expected at least \(expected), got \(got))")
    }

    @inline(never)
    func notAnIterator() -> PyError {
        typeError("not an iterator")
    }

    @inline(never)
    func noActiveException() -> PyError {
        PyError(.runtimeError, "No active exception to reraise")
    }

    /// A broken invariant of the compiled code (never expected): a SystemError, not a trap.
    @inline(never)
    func badBytecode(_ what: StaticString) -> PyError {
        PyError(.systemError, "bad bytecode: \(what)")
    }
}
