// The runtime side of `match`: which subjects sequence and mapping patterns accept, looking
// up a mapping pattern's keys, a class pattern's isinstance check and attribute extraction
// (`__match_args__`), and the `**rest` dict. Messages are CPython 3.11's.

extension VM {
    /// A sequence pattern accepts list, tuple, range and their subclasses, never str or dict.
    func isPatternSequence(_ v: Value) -> Bool {
        switch v {
        case .list, .tuple: return true
        case .str, .dict, .set, .none, .bool, .int, .big, .float: return false
        default:
            let t = typeOf(v)
            return t.isSubtype(of: .list) || t.isSubtype(of: .tuple) || t.isSubtype(of: .range)
        }
    }

    /// A mapping pattern accepts dict and its subclasses.
    func isPatternMapping(_ v: Value) -> Bool {
        if case .dict = v { return true }
        if case .instance = v { return typeOf(v).isSubtype(of: .dict) }
        return false
    }

    /// The values of a mapping pattern's keys as a tuple, or None when one is missing.
    func matchKeys(_ subject: Value, _ keys: Value) throws(PyError) -> Value {
        guard case .tuple(let kt) = keys, case .dict(let d) = subject.payloadOrSelf else { return .none }
        var values: [Value] = []
        values.reserveCapacity(kt.items.count)
        for (i, k) in kt.items.enumerated() {
            for j in 0..<i where try pyEquals(kt.items[j], k) {
                throw valueError("mapping pattern checks duplicate key (\(try repr(k).string))")
            }
            guard let v = try d.get(k) else { return .none }
            values.append(v)
        }
        return .tuple(PyTuple(values))
    }

    /// `**rest`: a new dict of the subject's items other than the pattern's keys.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws(PyError) -> Value {
        let rest = PyDict()
        if case .dict(let d) = subject.payloadOrSelf {
            for (k, v) in d.items { try rest.set(k, v) }
        }
        if case .tuple(let kt) = keys {
            for k in kt.items { _ = try rest.remove(k) }
        }
        return .dict(rest)
    }

    /// Builtin types whose single positional sub-pattern matches the subject itself
    /// (`case int(n):`), unless a class defines __match_args__.
    private func matchesSelf(_ t: PyType) -> Bool {
        for b in [PyType.bool, .int, .float, .str, .list, .tuple, .dict, .set, .frozenset] where t.isSubtype(of: b) {
            return true
        }
        return t.name == "bytes" || t.name == "bytearray"
    }

    /// A class pattern: isinstance, then the attributes its sub-patterns look at (positional
    /// ones through __match_args__), as a tuple; None when the subject does not match.
    func matchClass(_ subject: Value, _ cls: Value, _ names: Value, positional: Int) throws(PyError) -> Value {
        guard case .type(let t) = cls else { throw typeError("called match pattern must be a type") }
        guard try isInstance(subject, cls, fname: "isinstance") else { return .none }
        var attrs: [Value] = []
        var seen: [PyStr] = []
        if positional > 0 {
            var matchArgs: [Value] = []
            var matchSelf = false
            do throws(PyError) {
                let ma = try getAttr(cls, PyStr.make("__match_args__"))
                guard case .tuple(let tuple) = ma else {
                    throw typeError("\(t.name).__match_args__ must be a tuple (got \(typeName(ma)))")
                }
                matchArgs = tuple.items
            } catch {
                guard error.exc.type.isSubtype(of: .attributeError) else { throw error }
                matchSelf = matchesSelf(t)
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < positional {
                let plural = allowed == 1 ? "" : "s"
                throw typeError("\(t.name)() accepts \(allowed) positional sub-pattern\(plural) (\(positional) given)")
            }
            if matchSelf {
                attrs.append(subject)
            } else {
                for i in 0..<positional {
                    guard case .str(let name) = matchArgs[i] else {
                        throw typeError("__match_args__ elements must be strings (got \(typeName(matchArgs[i])))")
                    }
                    guard let v = try matchClassAttribute(subject, t, name, &seen) else { return .none }
                    attrs.append(v)
                }
            }
        }
        if case .tuple(let kt) = names {
            for case .str(let name) in kt.items {
                guard let v = try matchClassAttribute(subject, t, name, &seen) else { return .none }
                attrs.append(v)
            }
        }
        return .tuple(PyTuple(attrs))
    }

    /// One attribute for a class pattern: nil (no match) when the subject lacks it.
    private func matchClassAttribute(_ subject: Value, _ t: PyType, _ name: PyStr, _ seen: inout [PyStr]) throws(PyError) -> Value? {
        if seen.contains(where: { $0 === name || $0.bytes == name.bytes }) {
            throw typeError("\(t.name)() got multiple sub-patterns for attribute '\(name.string)'")
        }
        seen.append(name)
        do throws(PyError) {
            return try getAttr(subject, name)
        } catch {
            guard error.exc.type.isSubtype(of: .attributeError) else { throw error }
            return nil
        }
    }
}
