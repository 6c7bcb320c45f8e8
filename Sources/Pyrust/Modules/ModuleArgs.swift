// Argument binding for library modules written in Swift, with CPython's words for errors:
// `clinicArgs` for functions CPython writes in C with Argument Clinic (math.isclose,
// math.prod), `pythonArgs` for functions CPython writes in Python (random.randint).

extension Args {
    /// CPython's _PyArg_UnpackKeywords: `names` are the parameters that may be passed by
    /// keyword, after `posOnly` positional-only ones; `minPos`/`maxPos` bound the positional
    /// count (parameters from `maxPos` on are keyword-only). Returns one slot per parameter
    /// (nil: not given).
    func clinic(_ fname: String, posOnly: Int, names: [String], minPos: Int, maxPos: Int) throws(PyError) -> [Value?] {
        let nargs = positionalCount
        let nkw = kwNames.count
        let maxArgs = posOnly + names.count
        var out = [Value?](repeating: nil, count: maxArgs)
        if nkw == 0 && minPos <= nargs && nargs <= maxPos {
            for i in 0..<nargs { out[i] = values[i] }
            return out
        }
        if nargs + nkw > maxArgs {
            throw typeError("\(fname)() takes at most \(maxArgs) \(nargs == 0 ? "keyword " : "")argument\(maxArgs == 1 ? "" : "s") (\(nargs + nkw) given)")
        }
        if nargs > maxPos {
            if maxPos == 0 { throw typeError("\(fname)() takes no positional arguments") }
            throw typeError("\(fname)() takes \(minPos < maxPos ? "at most" : "exactly") \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(nargs) given)")
        }
        let minPosOnly = Swift.min(posOnly, minPos)
        if nargs < minPosOnly {
            throw typeError("\(fname)() takes \(minPosOnly < maxPos ? "at least" : "exactly") \(minPosOnly) positional argument\(minPosOnly == 1 ? "" : "s") (\(nargs) given)")
        }
        for i in 0..<nargs { out[i] = values[i] }
        var remaining = nkw
        if nargs < maxArgs {
            for i in Swift.max(nargs, posOnly)..<maxArgs {
                let name = names[i - posOnly]
                let v = keyword(name)
                out[i] = v
                if v != nil {
                    remaining -= 1
                } else if i < minPos {
                    throw typeError("\(fname)() missing required argument '\(name)' (pos \(i + 1))")
                }
            }
        }
        if remaining > 0 {
            if nargs > posOnly {
                for i in posOnly..<nargs where keyword(names[i - posOnly]) != nil {
                    throw typeError("argument for \(fname)() given by name ('\(names[i - posOnly])') and position (\(i + 1))")
                }
            }
            for k in kwNames where !names.contains(k.string) {
                throw typeError("'\(k.string)' is an invalid keyword argument for \(fname)()")
            }
            throw typeError("invalid keyword argument for \(fname)()")
        }
        return out
    }

    /// Binds like a Python `def qualname(self, <names>)` called as a bound method (so counts in
    /// messages include self): the first `names.count - defaults` are required, the rest
    /// default to nil here; `kwOnly` names follow `*` (optional). Returns the slots in order
    /// names + kwOnly.
    func python(_ qualname: String, _ names: [String], required: Int, kwOnly: [String] = []) throws(PyError) -> [Value?] {
        let nPos = names.count
        var out = [Value?](repeating: nil, count: nPos + kwOnly.count)
        let given = positionalCount
        for i in 0..<Swift.min(given, nPos) { out[i] = values[i] }
        for (k, kname) in kwNames.enumerated() {
            let key = kname.string
            let v = values[positionalCount + k]
            var slot = -1
            if let j = names.firstIndex(of: key) { slot = j } else if let j = kwOnly.firstIndex(of: key) { slot = nPos + j }
            if slot < 0 { throw typeError("\(qualname)() got an unexpected keyword argument '\(key)'") }
            if out[slot] != nil { throw typeError("\(qualname)() got multiple values for argument '\(key)'") }
            out[slot] = v
        }
        if given > nPos {
            let takes = required == nPos ? "\(nPos + 1) positional argument\(nPos + 1 == 1 ? "" : "s")"
                : "from \(required + 1) to \(nPos + 1) positional arguments"
            var kwGiven = 0
            for j in 0..<kwOnly.count where out[nPos + j] != nil { kwGiven += 1 }
            let g = given + 1
            if kwGiven > 0 {
                throw typeError("\(qualname)() takes \(takes) but \(g) positional argument\(g == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given")
            }
            throw typeError("\(qualname)() takes \(takes) but \(g) \(g == 1 ? "was" : "were") given")
        }
        var missing: [String] = []
        for i in 0..<required where out[i] == nil { missing.append(names[i]) }
        if !missing.isEmpty {
            let quoted = missing.map { "'\($0)'" }
            let list: String
            if quoted.count == 1 { list = quoted[0] } else if quoted.count == 2 { list = "\(quoted[0]) and \(quoted[1])" }
            else { list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1] }
            throw typeError("\(qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return out
    }
}
