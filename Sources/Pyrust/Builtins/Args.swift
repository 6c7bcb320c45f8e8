// Arguments as builtin functions and methods receive them: a borrowed view of the VM stack.

struct Args {
    /// Positional values first, then one value per keyword name.
    let values: UnsafeBufferPointer<Value>
    let positionalCount: Int
    /// Keyword names for the trailing values; empty when the call had none.
    let kwNames: [PyStr]

    init(_ values: UnsafeBufferPointer<Value>, positionalCount: Int, kwNames: [PyStr] = []) {
        self.values = values
        self.positionalCount = positionalCount
        self.kwNames = kwNames
    }

    @inline(__always) var count: Int { positionalCount }
    @inline(__always) subscript(i: Int) -> Value { values[i] }
    @inline(__always) var hasKeywords: Bool { !kwNames.isEmpty }

    /// The keyword argument called `name`, if given.
    func keyword(_ name: String) -> Value? {
        if kwNames.isEmpty { return nil }
        for (i, k) in kwNames.enumerated() where k.equals(name) {
            return values[positionalCount + i]
        }
        return nil
    }

    // The names are autoclosures: callers interpolate them, and only an error needs them.

    /// CPython's "f() takes no keyword arguments" check.
    func noKeywords(_ fname: @autoclosure () -> String) throws(PyError) {
        if !kwNames.isEmpty { throw typeError("\(fname())() takes no keyword arguments") }
    }

    /// Rejects keywords other than `allowed`, with CPython's wording. (`allowed` is only built
    /// when keywords were given: most calls pass none.)
    @inline(__always)
    func onlyKeywords(_ fname: String, _ allowed: @autoclosure () -> [String]) throws(PyError) {
        if kwNames.isEmpty { return }
        try rejectKeywords(fname, except: allowed())
    }

    private func rejectKeywords(_ fname: String, except allowed: [String]) throws(PyError) {
        for k in kwNames where !allowed.contains(k.string) {
            throw typeError("'\(k.string)' is an invalid keyword argument for \(fname)()")
        }
    }

    /// Checks the positional count the way CPython's argument clinic words it.
    func expect(_ fname: @autoclosure () -> String, min: Int, max: Int) throws(PyError) {
        let n = positionalCount
        if n >= min && n <= max { return }
        let fname = fname()
        if min == max {
            if min == 0 { throw typeError("\(fname)() takes no arguments (\(n) given)") }
            if min == 1 { throw typeError("\(fname)() takes exactly one argument (\(n) given)") }
            throw typeError("\(fname) expected \(min) arguments, got \(n)")
        }
        if n < min { throw typeError("\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
        throw typeError("\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}
