// Making, resuming, throwing into and closing generators.

import CPyrustSupport

extension VM {
    /// Calling a generator function: the frame is set up but does not run.
    func makeGenerator(_ fn: PyFunction, _ locals: [Value]) -> Value {
        let c = fn.code
        var cells = fn.closure
        if !c.cellNames.isEmpty {
            var list = ContiguousArray<PyCell>()
            list.reserveCapacity(c.cellCount)
            for slot in c.cellParamSlots {
                list.append(PyCell(slot >= 0 && Int(slot) < locals.count ? locals[Int(slot)] : .undefined))
            }
            if let closure = fn.closure { list.append(contentsOf: closure.cells) }
            cells = CellList.forFrame(list)
        }
        return .object(PyGenerator(function: fn, locals: locals, cells: cells))
    }

    /// Runs a generator until it yields (returns the value, true) or returns (value, false).
    /// `exc` is raised inside it at the point where it is suspended (gen.throw()).
    func resumeGenerator(_ g: PyGenerator, _ sent: Value, _ exc: PyException?, pushSent: Bool = true) throws(PyError) -> (Value, Bool) {
        var exc = exc
        switch g.state {
        case .running:
            throw valueError("generator already executing")
        case .finished:
            if let e = exc { throw PyError(e) }
            return (.none, false)
        case .created:
            if let e = exc {
                g.state = .finished
                g.dropSaved()
                throw PyError(e)
            }
            if !sent.isNone { throw typeError("can't send non-None value to a just-started generator") }
        case .suspended:
            break
        }
        var pushSent = pushSent
        if let e = exc, g.ip < g.code.instructionCount, g.code.ins[g.ip].op == .yieldFrom, let sub = g.savedTop {
            // Suspended in `yield from`: the subiterator gets the exception first.
            if e.type.isSubtype(of: .generatorExit) {
                if case .object(let o) = sub, let sg = o as? PyGenerator { try closeGenerator(sg) }
            } else if case .object(let o) = sub, let sg = o as? PyGenerator {
                do throws(PyError) {
                    let (v, yielded) = try resumeGenerator(sg, .none, e)
                    if yielded { return (v, true) }
                    g.replaceSavedTop(v)
                    g.ip += 1
                    exc = nil
                    pushSent = false
                } catch {
                    exc = error.exc
                }
            }
        }
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > Limits.nativeCallDepth || pyrust_stack_exhausted() != 0 { throw recursionError() }
        try enteringCall(1)
        // The exception being handled is the caller's again once the generator suspends or
        // ends (one that yields inside an except block must not leak its exception out).
        let callerHandling = handling
        defer { handling = callerHandling }
        let top = frames.last.map { $0.sp } ?? chunks[0]
        let savedChunk = frames.last?.chunk ?? 0
        defer { currentChunk = savedChunk }
        var locals = top
        // The generator keeps its code alive: no retain/release per resume.
        unowned(unsafe) let gc = g.code
        if let (nc, p) = try reserve(from: top, needed: gc.localCount + gc.maxStack + 1) {
            locals = p
            currentChunk = nc
        }
        let n = g.restore(to: locals)
        var sp = locals + n
        if g.state == .suspended && exc == nil && pushSent {
            sp.initialize(to: sent)
            sp += 1
        }
        frames.append(Frame(code: gc, ip: g.ip, locals: locals, sp: sp, resultSlot: nil, cells: g.cells,
                            ownsCells: false, chunk: currentChunk, function: g.function, kind: .generatorFromSwift,
                            generator: g))
        g.state = .running
        pendingThrow = exc
        let r = try execute()
        let yielded = lastExitYielded
        lastExitYielded = false
        return (r, yielded)
    }

    /// gen.close(): GeneratorExit inside; a generator that yields instead is an error.
    /// This thread's VM when it is running Python code that a dropped generator's close may
    /// join (nil between runs and while a run is being torn down).
    static func acceptingCloses() -> VM? {
        guard pyrust_support_run_registry() != nil, let vm = ContextState.currentVM(), vm.closesAllowed else { return nil }
        return vm
    }

    func enqueueClose(_ g: PyGenerator) {
        pendingCloses.append(g)
        pendingCloseCount = pendingCloses.count
    }

    /// Closes the generators dropped since the last safe point. What their close raises is
    /// dropped (CPython prints it to stderr as "Exception ignored in ...").
    @inline(never)
    func runPendingCloses() {
        while !pendingCloses.isEmpty {
            let g = pendingCloses.removeFirst()
            pendingCloseCount = pendingCloses.count
            let savedHandling = handling
            try? closeGenerator(g)
            handling = savedHandling
        }
    }

    func closeGenerator(_ g: PyGenerator) throws(PyError) {
        switch g.state {
        case .finished: return
        case .created:
            g.state = .finished
            g.dropSaved()
            return
        default: break
        }
        do throws(PyError) {
            let (_, yielded) = try resumeGenerator(g, .none, PyException(.generatorExit, args: []))
            if yielded { throw PyError(.runtimeError, "generator ignored GeneratorExit") }
        } catch {
            let t = error.exc.type
            if t.isSubtype(of: .generatorExit) || t.isSubtype(of: .stopIteration) { return }
            throw error
        }
    }

    /// StopIteration carrying a generator's return value.
    func stopIteration(_ value: Value) -> PyError {
        PyError(PyException(.stopIteration, args: value.isNone ? [] : [value]))
    }

    /// gen.send / throw / close / __next__ (and __next__ / __iter__ of builtin iterators).
    func callGeneratorMethod(_ m: PyGeneratorMethod, _ args: Args) throws(PyError) -> Value {
        guard let g = m.iterator as? PyGenerator else {
            switch m.name {
            case "__iter__": return .object(m.iterator)
            default:
                try args.expect(m.name, min: 0, max: 0)
                if let v = try m.iterator.next(self) { return v }
                throw PyError(PyException(.stopIteration, args: []))
            }
        }
        switch m.name {
        case "send":
            try args.expect("send", min: 1, max: 1)
            let (v, yielded) = try resumeGenerator(g, args[0], nil)
            if yielded { return v }
            throw stopIteration(v)
        case "__next__":
            let (v, yielded) = try resumeGenerator(g, .none, nil)
            if yielded { return v }
            throw stopIteration(v)
        case "__iter__":
            return .object(g)
        case "throw":
            try args.expect("throw", min: 1, max: 3)
            let e: PyException
            switch args[0] {
            case .exception(let x): e = x
            case .type(let t) where t.isException:
                let v: Value = args.count > 1 ? args[1] : .none
                if case .exception(let x) = v { e = x } else {
                    let made = try call(.type(t), v.isNone ? [] : [v])
                    guard case .exception(let x) = made else {
                        throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(typeName(made))")
                    }
                    e = x
                }
            default:
                throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(args[0]))")
            }
            let (v, yielded) = try resumeGenerator(g, .none, e)
            if yielded { return v }
            throw stopIteration(v)
        case "close":
            try args.expect("close", min: 0, max: 0)
            try closeGenerator(g)
            return .none
        default:
            throw attributeError("'generator' object has no attribute '\(m.name)'")
        }
    }

    /// The yield-from subiterator step: sends `sent` into `sub`; (value, true) when it
    /// yielded, (return value, false) when it finished.
    func yieldFromStep(_ sub: Value, _ sent: Value) throws(PyError) -> (Value, Bool) {
        if case .object(let o) = sub {
            if let sg = o as? PyGenerator { return try resumeGenerator(sg, sent, nil) }
            if sent.isNone, let it = o as? PyIterator {
                if let v = try it.next(self) { return (v, true) }
                return (.none, false)
            }
        }
        do throws(PyError) {
            let r: Value
            if sent.isNone {
                if let v = try instanceNext(sub) { return (v, true) }
                return (.none, false)
            } else {
                r = try call(try getAttr(sub, PyStr.make("send")), [sent])
            }
            return (r, true)
        } catch {
            if error.exc.type.isSubtype(of: .stopIteration) {
                return (error.exc.args.first ?? .none, false)
            }
            throw error
        }
    }
}
