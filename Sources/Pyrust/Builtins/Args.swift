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

extension Args {
    /// Binds arguments the way CPython's argument clinic does for a function whose parameters
    /// are `names` (the first `required` of them required, the ones from `positional` on
    /// keyword-only; every one may be given by keyword), with its messages and their order.
    /// Optional parameters not given are nil.
    func bind(_ fname: String, _ names: [String], required: Int, positional: Int? = nil) throws(PyError) -> [Value?] {
        let maxPositional = positional ?? names.count
        if count > maxPositional && maxPositional < names.count {
            throw typeError("\(fname)() takes at most \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(count) given)")
        }
        let total = count + kwNames.count
        if total > names.count {
            throw typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(total) given)")
        }
        var out: [Value?] = []
        out.reserveCapacity(names.count)
        for i in 0..<names.count { out.append(i < count ? self[i] : nil) }
        var leftover = false
        for (k, kname) in kwNames.enumerated() {
            if let slot = names.firstIndex(where: { kname.equals($0) }), slot >= count {
                out[slot] = values[count + k]
            } else {
                leftover = true
            }
        }
        for i in 0..<required where out[i] == nil {
            throw typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        if leftover {
            for kname in kwNames {
                guard let slot = names.firstIndex(where: { kname.equals($0) }) else {
                    throw typeError("'\(kname.string)' is an invalid keyword argument for \(fname)()")
                }
                if slot < count {
                    throw typeError("argument for \(fname)() given by name ('\(names[slot])') and position (\(slot + 1))")
                }
            }
        }
        return out
    }
}

// CPython's other argument-checking wordings, for the modules written in Swift.
extension Args {
    /// CPython's _PyArg_CheckPositional ("cycle expected 1 argument, got 2").
    func checkPositional(_ fname: String, min: Int, max: Int) throws(PyError) {
        let n = count
        if n < min {
            throw typeError("\(fname) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw typeError("\(fname) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }
}
