// Calling: binding arguments to parameters with CPython's error messages, entering frames,
// and calling from Swift (builtins that call back into Python).

import CPyrustSupport

extension VM {
    /// Binds call arguments to a function's local slots (parameters first), applying defaults,
    /// *args and **kwargs.
    func bindArguments(_ fn: PyFunction, _ args: Args) throws(PyError) -> [Value] {
        let c = fn.code
        var locals = filledArray(.undefined as Value, count: c.localCount)
        let nPos = c.argCount
        let given = args.positionalCount
        let name = fn.qualname
        // Positional
        let direct = min(given, nPos)
        for i in 0..<direct { locals[i] = args[i] }
        if given > nPos && c.hasVarargs {
            locals[nPos + c.kwOnlyCount] = .tuple(PyTuple(Array(args.values[nPos..<given])))
        } else if c.hasVarargs {
            locals[nPos + c.kwOnlyCount] = .tuple(PyTuple.empty)
        }
        // Keywords (before the positional count is checked: CPython reports a keyword that
        // repeats a positional argument first)
        var kwDict: PyDict? = nil
        if c.hasVarkw {
            let d = PyDict()
            kwDict = d
            locals[nPos + c.kwOnlyCount + (c.hasVarargs ? 1 : 0)] = .dict(d)
        }
        for (k, kname) in args.kwNames.enumerated() {
            let value = args.values[args.positionalCount + k]
            let key = kname.string
            var slot = -1
            for j in c.posOnlyCount..<(nPos + c.kwOnlyCount) where c.localNames[j] == key {
                slot = j
                break
            }
            if slot < 0 {
                if let d = kwDict {
                    if try d.contains(.str(kname)) {
                        throw typeError("\(name)() got multiple values for argument '\(key)'")
                    }
                    try d.set(.str(kname), value)
                    continue
                }
                if c.localNames.prefix(c.posOnlyCount).contains(key) {
                    // All of them, in parameter order (CPython's positional_only_passed_as_keyword).
                    let given = args.kwNames.map { $0.string }
                    let names = c.localNames.prefix(c.posOnlyCount).filter { given.contains($0) }
                    throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(names.joined(separator: ", "))'")
                }
                throw typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
            if case .undefined = locals[slot] {
                locals[slot] = value
            } else {
                throw typeError("\(name)() got multiple values for argument '\(key)'")
            }
        }
        if given > nPos && !c.hasVarargs {
            let required = nPos - fn.defaults.count
            let takes: String
            if fn.defaults.isEmpty {
                takes = "\(nPos) positional argument\(nPos == 1 ? "" : "s")"
            } else {
                takes = "from \(required) to \(nPos) positional arguments"
            }
            var kwGiven = 0
            for k in args.kwNames where c.localNames.prefix(nPos + c.kwOnlyCount).contains(k.string) { kwGiven += 1 }
            if kwGiven > 0 {
                throw typeError("\(name)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given")
            }
            throw typeError("\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
        }
        // Defaults and missing arguments
        let firstDefault = nPos - fn.defaults.count
        var missing: [String] = []
        for i in 0..<nPos {
            if case .undefined = locals[i] {
                if i >= firstDefault {
                    locals[i] = fn.defaults[i - firstDefault]
                } else {
                    missing.append(c.localNames[i])
                }
            }
        }
        if !missing.isEmpty {
            throw typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
        }
        var missingKw: [String] = []
        for i in nPos..<(nPos + c.kwOnlyCount) {
            if case .undefined = locals[i] {
                if let d = fn.kwDefaults, let v = d.getStr(PyStr.make(c.localNames[i])) {
                    locals[i] = v
                } else {
                    missingKw.append(c.localNames[i])
                }
            }
        }
        if !missingKw.isEmpty {
            throw typeError("\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(listNames(missingKw))")
        }
        return locals
    }

    private func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        if quoted.count == 1 { return quoted[0] }
        if quoted.count == 2 { return "\(quoted[0]) and \(quoted[1])" }
        return quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
    }

    /// Pushes a frame for `fn` whose locals start at `at` (moving to a new chunk if needed).
    func enterFrame(_ fn: PyFunction, _ boundLocals: [Value], at: UnsafeMutablePointer<Value>,
                    resultSlot: UnsafeMutablePointer<Value>?, kind: FrameKind = .normal,
                    counted: Bool = false) throws(PyError) {
        let c = fn.code
        if !counted { try enteringCall(c.instructionCount) }
        var locals = at
        var chunk = currentChunk
        if let (nc, p) = try reserve(from: at, needed: c.localCount + c.maxStack) {
            locals = p
            chunk = nc
        }
        for (i, v) in boundLocals.enumerated() { (locals + i).initialize(to: v) }
        var cells = fn.closure
        var ownsCells = false
        if !c.cellNames.isEmpty {
            cells = makeFrameCells(fn, locals)
            ownsCells = true
        }
        currentChunk = chunk
        frames.append(Frame(code: c, ip: 0, locals: locals, sp: locals + c.localCount, resultSlot: resultSlot,
                            cells: cells, ownsCells: ownsCells, chunk: chunk, function: fn, kind: kind))
    }

    /// Calls any callable from Swift: used by builtins (key functions, map, ...) and callEx.
    func call(_ callee: Value, _ args: Args) throws(PyError) -> Value {
        if case .function(let fn) = callee {
            if fn.code.isGenerator { return makeGenerator(fn, try bindArguments(fn, args)) }
            nativeDepth += 1
            defer { nativeDepth -= 1 }
            if nativeDepth > Limits.nativeCallDepth || pyrust_stack_exhausted() != 0 { throw recursionError() }
            let bound = try bindArguments(fn, args)
            // Place the callee and its frame above the caller's saved stack top.
            let top = frames.last.map { $0.sp } ?? chunks[0]
            var slot = top
            if let (nc, p) = try reserve(from: top, needed: 1 + fn.code.localCount + fn.code.maxStack) {
                slot = p
                currentChunk = nc
            }
            slot.initialize(to: callee)
            let savedChunk = frames.last?.chunk ?? 0
            defer { currentChunk = savedChunk }
            try enterFrame(fn, bound, at: slot + 1, resultSlot: slot)
            return try execute()
        }
        return try callNonPython(callee, args)
    }

    /// Whether `callPlain` can call `f` with `argc` arguments.
    @inline(__always) func isPlainFunction(_ f: Value, argc: Int) -> PyFunction? {
        guard case .function(let fn) = f, fn.code.isSimple, fn.code.argCount == argc, argc <= 4 else { return nil }
        return fn
    }

    /// Calls a plain Python function (simple signature, exactly `argc` positional arguments)
    /// from Swift with no argument array or binding pass: the arguments go straight into the
    /// new frame's locals. Special methods (__add__, __eq__, __exit__, ...) come here.
    @inline(never)
    func callPlain(_ fn: PyFunction, _ argc: Int, _ a0: Value, _ a1: Value = .undefined, _ a2: Value = .undefined,
                   _ a3: Value = .undefined) throws(PyError) -> Value {
        let c = fn.code
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > Limits.nativeCallDepth || pyrust_stack_exhausted() != 0 { throw recursionError() }
        try enteringCall(c.instructionCount)
        let top = frames.last.map { $0.sp } ?? chunks[0]
        var slot = top
        let savedChunk = frames.last?.chunk ?? 0
        if let (nc, p) = try reserve(from: top, needed: 1 + c.localCount + c.maxStack) {
            slot = p
            currentChunk = nc
        }
        defer { currentChunk = savedChunk }
        slot.initialize(to: .function(fn))
        let locals = slot + 1
        locals.initialize(to: a0)
        if argc > 1 { (locals + 1).initialize(to: a1) }
        if argc > 2 { (locals + 2).initialize(to: a2) }
        if argc > 3 { (locals + 3).initialize(to: a3) }
        if c.localCount > argc { (locals + argc).initialize(repeating: .undefined, count: c.localCount - argc) }
        frames.append(Frame(code: c, ip: 0, locals: locals, sp: locals + c.localCount, resultSlot: slot,
                            cells: fn.closure, ownsCells: false, chunk: currentChunk, function: fn, kind: .normal))
        return try execute()
    }

    func call(_ callee: Value, _ args: [Value]) throws(PyError) -> Value {
        return try call(callee, args, positionalCount: args.count, kwNames: [])
    }

    /// Calls with arguments held in an array (positional values, then keyword values).
    func call(_ callee: Value, _ values: [Value], positionalCount: Int, kwNames: [PyStr]) throws(PyError) -> Value {
        let buf = UnsafeMutableBufferPointer<Value>.allocate(capacity: max(values.count, 1))
        _ = buf.initialize(from: values)
        defer {
            buf.baseAddress?.deinitialize(count: values.count)
            buf.deallocate()
        }
        return try call(callee, Args(UnsafeBufferPointer(start: buf.baseAddress, count: values.count),
                                     positionalCount: positionalCount, kwNames: kwNames))
    }

    /// Calls a builtin function, type, bound method or exception class.
    func callNonPython(_ callee: Value, _ args: Args) throws(PyError) -> Value {
        switch callee {
        case .builtin(let b):
            if let f = b.native { return try f(self, args) }
            return try callBuiltin(b.id, args)
        case .type(let t):
            if t.isHeapType || t.metatype != nil { return try constructHeap(t, args) }
            return try construct(t, args)
        case .object(let o):
            if o.isNativeCallable { return try o.nativeCall(self, args) }
            if let m = o as? PyMethod {
                return try callWithSelf(m.function, m.receiver, args)
            }
            if let m = o as? PyBoundMethod {
                return try callMethod(m.receiver, m.name, args)
            }
            if let m = o as? PyUnboundMethod {
                return try callUnbound(m, args)
            }
            if let m = o as? PyPayloadMethod {
                return try callPayloadMethod(m, args)
            }
            if let m = o as? PyNativeMethod { return try callNative(m, args) }
            if let m = o as? PyGeneratorMethod { return try callGeneratorMethod(m, args) }
            if let sm = o as? PyStaticMethod { return try call(sm.function, args) }
            if let g = o as? PyGenericAlias { return try call(.type(g.origin), args) }
            if let dc = o as? PyDescriptorCall { return try callDescriptor(dc, args) }
            if let pc = o as? PyPropertyCopier {
                try args.expect(pc.which, min: 1, max: 1)
                let p = pc.property
                let f = args[0]
                let copy = PyProperty(getter: pc.which == "getter" ? f : p.getter, setter: pc.which == "setter" ? f : p.setter,
                                      deleter: pc.which == "deleter" ? f : p.deleter, doc: p.doc)
                copy.name = p.name
                return .object(copy)
            }
        case .function:
            return try call(callee, args)
        case .instance, .exception:
            if let f = userSpecial(callee, .call) { return try callWithSelf(f, callee, args) }
        default: break
        }
        throw typeError("'\(typeName(callee))' object is not callable")
    }

    /// `receiver.name(args)` for the builtin types.
    func callMethod(_ receiver: Value, _ name: MethodName, _ args: Args) throws(PyError) -> Value {
        let result: Value?
        switch receiver {
        case .str(let s): result = try callStrMethod(self, s, name, args)
        case .list(let l): result = try callListMethod(self, l, name, args)
        case .tuple(let t): result = try callTupleMethod(self, t, name, args)
        case .dict(let d): result = try callDictMethod(self, d, name, args)
        case .set(let s): result = try callSetMethod(self, s, name, args)
        case .int, .big, .bool: result = try callIntMethod(receiver, name, args)
        case .float(let d): result = try callFloatMethod(d, name, args)
        case .object(let o) where o.isBytes:
            result = try callBytesMethod(self, unsafeDowncast(o, to: PyBytes.self), name, args)
        case .object(let o) where o is PyMappingProxy:
            let d = (o as! PyMappingProxy).dict
            switch name {
            case .keys, .values, .items, .get, .copy: result = try callDictMethod(self, d, name, args)
            default: result = nil
            }
        case .object(let o) where name == .indices && o is PySlice:
            try args.noKeywords("indices")
            try args.expect("indices", min: 1, max: 1)
            let n = try indexValue(args[0], what: "slice")
            if n < 0 { throw valueError("length should not be negative") }
            let r = try resolveSlice(o as! PySlice, length: n)
            return .tuple(PyTuple([.int(r.start), .int(r.stop), .int(r.step)]))
        case .object(let o) where name == .count || name == .index:
            guard let parts = rangeParts(o) else { fallthrough }
            return try callRangeMethod(o, parts, name, args)
        default:
            if case .type(let t) = receiver, !t.isHeapType, let method = typeMethod(t, name) { return try method(self, args) }
            let attr = try getAttr(receiver, PyStr.make(name.rawValue))
            return try call(attr, args)
        }
        if let r = result { return r }
        throw attributeError("'\(typeName(receiver))' object has no attribute '\(name.rawValue)'")
    }

    func callable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .type: return true
        case .object(let o):
            return o.isNativeCallable || o is PyBoundMethod || o is PyUnboundMethod || o is PyMethod || o is PyNativeMethod
                || o is PyGeneratorMethod || o is PyStaticMethod || o is PyPropertyCopier || o is PyGenericAlias
                || o is PyDescriptorCall
        case .instance, .exception: return userSpecial(v, .call) != nil
        default: return false
        }
    }

    /// How CPython names a callee in call-site errors: `__main__.f()`, `print()`.
    func calleeDescription(_ callee: Value) -> String {
        switch callee {
        case .function(let f): return "\(f.moduleName).\(f.qualname)()"
        case .builtin(let b): return b.moduleName.map { "\($0).\(b.name)()" } ?? "\(b.name)()"
        case .type(let t) where t.isHeapType: return "\(t.displayName)()"
        case .type(let t): return "\(t.name)()"
        case .object(let o) where o is PyMethod:
            if case .function(let f) = (o as! PyMethod).function { return "\(f.moduleName).\(f.qualname)()" }
            return "\(typeName(callee)) object()"
        default: return "\(typeName(callee)) object()"
        }
    }

    func isIterable(_ v: Value) -> Bool {
        switch v {
        case .list, .tuple, .str, .dict, .set: return true
        case .object(let o): return o.isIterator || o.isBytes || o is PyRange || o is PyBigRange || o is PyDictView
        case .instance, .exception: return userSpecial(v, .iter) != nil || userSpecial(v, .getitem) != nil
        default: return false
        }
    }
}
