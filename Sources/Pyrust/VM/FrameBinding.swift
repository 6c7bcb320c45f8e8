// Binding a call's arguments straight from the value stack into the callee frame's locals:
// keywords matched against the code's parameter names (str objects, pointer compare first),
// defaults copied from the function, *args/**kwargs built only when the callee has them. No
// argument array, no keyword dictionary for named parameters. Anything that would raise goes
// to the general binder (Calls.swift), which words CPython's errors.

/// Keyword names of a call, however the call site holds them.
protocol KeywordNameList {
    var nameCount: Int { get }
    func name(_ k: Int) -> PyStr?
}

extension Array: KeywordNameList where Element == PyStr {
    @inline(__always) var nameCount: Int { count }
    @inline(__always) func name(_ k: Int) -> PyStr? { self[k] }
}

/// callKw's constant tuple of names, read without building an array of them.
struct KeywordTupleNames: KeywordNameList {
    let items: [Value]
    @inline(__always) var nameCount: Int { items.count }
    @inline(__always) func name(_ k: Int) -> PyStr? {
        if case .str(let s) = items[k] { return s }
        return nil
    }
}

extension VM {
    /// Tries to push a frame for `fn` (in `calleePtr`'s slot) with `argc` positional values and
    /// one value per name in `names` above it, binding them in place. False: nothing was done
    /// (the call needs the general binder: it raises, or the function is a generator, or its
    /// signature is too wide for the bit masks here).
    @inline(never)
    func pushBoundFrame<N: KeywordNameList>(_ fn: PyFunction, _ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int,
                                            _ names: N, kind: FrameKind) throws(PyError) -> Bool {
        let c = fn.code
        let nkw = names.nameCount
        let nPos = c.argCount
        let nParams = nPos + c.kwOnlyCount
        if c.isGenerator || nParams > 64 || nkw > 8 || c.parameterNames.count != nParams { return false }
        if argc > nPos && !c.hasVarargs { return false }
        let total = argc + nkw
        let src = calleePtr + 1
        // Pass 1: where each keyword goes, checked before anything moves. `slots` packs one
        // byte per keyword (0xFF: into **kwargs).
        let direct = min(argc, nPos)
        var filled: UInt64 = direct == 64 ? ~0 : (UInt64(1) << UInt64(direct)) &- 1
        var slots: UInt64 = 0
        var extra = 0
        if nkw > 0 {
            let params = c.parameterNames
            for k in 0..<nkw {
                guard let key = names.name(k) else { return false }
                var slot = -1
                var j = c.posOnlyCount
                while j < nParams {
                    if params[j] === key { slot = j; break }
                    j += 1
                }
                if slot < 0 {
                    j = c.posOnlyCount
                    while j < nParams {
                        if params[j].sameBytes(key) { slot = j; break }
                        j += 1
                    }
                }
                if slot >= 0 {
                    let bit = UInt64(1) << UInt64(slot)
                    if filled & bit != 0 { return false }
                    filled |= bit
                    slots |= UInt64(slot) << UInt64(8 * k)
                } else {
                    if !c.hasVarkw { return false }
                    // A repeated extra name: the general binder reports it.
                    for e in 0..<k where (slots >> UInt64(8 * e)) & 0xFF == 0xFF {
                        if let other = names.name(e), other.equals(key) { return false }
                    }
                    slots |= UInt64(0xFF) << UInt64(8 * k)
                    extra += 1
                }
            }
        }
        let defaults = fn.defaults
        let firstDefault = nPos - defaults.count
        if direct < firstDefault {
            for i in direct..<firstDefault where filled & (UInt64(1) << UInt64(i)) == 0 { return false }
        }
        if nParams > nPos {
            for i in nPos..<nParams where filled & (UInt64(1) << UInt64(i)) == 0 {
                guard let d = fn.kwDefaults, d.getStr(c.parameterNames[i]) != nil else { return false }
            }
        }
        // Things that can fail, while the arguments are still on the stack (the unwinder
        // releases them): the call limits, a new stack chunk, the **kwargs dict.
        frames.top.pointee.sp = src + total
        try enteringCall(c.instructionCount)
        let span = max(c.localCount, total)
        var locals = src
        var chunk = currentChunk
        var moved = false
        if let (nc, p) = try reserve(from: src, needed: max(c.localCount + c.maxStack, span + nkw)) {
            locals = p
            chunk = nc
            moved = true
        }
        var kwDict: PyDict? = nil
        if c.hasVarkw {
            let d = PyDict()
            if extra > 0 {
                for k in 0..<nkw where (slots >> UInt64(8 * k)) & 0xFF == 0xFF {
                    if let key = names.name(k) { try d.set(.str(key), src[argc + k]) }
                }
            }
            kwDict = d
        }
        var varargs: PyTuple? = nil
        if c.hasVarargs {
            if argc > nPos {
                var items: [Value] = []
                items.reserveCapacity(argc - nPos)
                for i in nPos..<argc { items.append((src + i).move()) }
                varargs = PyTuple(items)
            } else {
                varargs = PyTuple.empty
            }
        }
        // Pass 2: nothing below fails. The caller's stack now ends at the callee slot.
        frames.top.pointee.sp = src
        let scratch = locals + span
        if nkw > 0 { scratch.moveInitialize(from: src + argc, count: nkw) }
        if moved && direct > 0 { locals.moveInitialize(from: src, count: direct) }
        if c.localCount > direct {
            (locals + direct).initialize(repeating: .undefined, count: c.localCount - direct)
        }
        var next = nParams
        if let t = varargs {
            (locals + next).initialize(to: .tuple(t))
            next += 1
        }
        if let d = kwDict { (locals + next).initialize(to: .dict(d)) }
        for k in 0..<nkw {
            let slot = Int((slots >> UInt64(8 * k)) & 0xFF)
            if slot == 0xFF {
                (scratch + k).deinitialize(count: 1)   // the dict holds its own reference
            } else {
                (locals + slot).initialize(to: (scratch + k).move())
            }
        }
        if direct < nPos {
            defaults.withUnsafeBufferPointer { dv in
                var i = max(direct, firstDefault)
                while i < nPos {
                    if filled & (UInt64(1) << UInt64(i)) == 0 { (locals + i).initialize(to: dv[i - firstDefault]) }
                    i += 1
                }
            }
        }
        if nParams > nPos {
            for i in nPos..<nParams where filled & (UInt64(1) << UInt64(i)) == 0 {
                if let d = fn.kwDefaults, let v = d.getStr(c.parameterNames[i]) { (locals + i).initialize(to: v) }
            }
        }
        var cells = fn.closure
        var ownsCells = false
        if !c.cellNames.isEmpty {
            cells = makeFrameCells(fn, locals)
            ownsCells = true
        }
        currentChunk = chunk
        frames.append(Frame(code: c, ip: 0, locals: locals, sp: locals + c.localCount, resultSlot: calleePtr,
                            cells: cells, ownsCells: ownsCells, chunk: chunk, function: fn, kind: kind))
        return true
    }

    /// A plain function (no *args, **kwargs, keyword-only parameters or cells) called with
    /// `argc` positional values, fewer than its parameters: the rest come from its defaults.
    /// False when the defaults do not cover them (the general path raises); nothing was done.
    @inline(never)
    func pushDefaultsFrame(_ fn: PyFunction, _ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int,
                           kind: FrameKind = .normal) throws(PyError) -> Bool {
        let c = fn.code
        let nPos = c.argCount
        return try fn.defaults.withUnsafeBufferPointer { (dv: UnsafeBufferPointer<Value>) throws(PyError) -> Bool in
            let firstDefault = nPos - dv.count
            if argc < firstDefault { return false }
            // The arguments stay on the caller's stack until nothing can fail.
            frames.top.pointee.sp = calleePtr + 1 + argc
            try enteringCall(c.instructionCount)
            var newLocals = calleePtr + 1
            var chunk = currentChunk
            if let (nc, p) = try reserve(from: newLocals, needed: c.localCount + c.maxStack) {
                p.moveInitialize(from: newLocals, count: argc)
                newLocals = p
                chunk = nc
            }
            frames.top.pointee.sp = calleePtr + 1
            var i = argc
            while i < nPos {
                (newLocals + i).initialize(to: dv[i - firstDefault])
                i += 1
            }
            if c.localCount > nPos {
                (newLocals + nPos).initialize(repeating: .undefined, count: c.localCount - nPos)
            }
            currentChunk = chunk
            frames.append(Frame(code: c, ip: 0, locals: newLocals, sp: newLocals + c.localCount, resultSlot: calleePtr,
                                cells: fn.closure, ownsCells: false, chunk: chunk, function: fn, kind: kind))
            return true
        }
    }

    /// A frame's own captured variables get fresh cells (parameters start filled), followed by
    /// its closure's; kept on `ownedCells` until the frame returns.
    func makeFrameCells(_ fn: PyFunction, _ locals: UnsafeMutablePointer<Value>) -> CellList {
        let c = fn.code
        var list = ContiguousArray<PyCell>()
        list.reserveCapacity(c.cellCount)
        for slot in c.cellParamSlots {
            list.append(PyCell(slot >= 0 ? locals[Int(slot)] : .undefined))
        }
        if let closure = fn.closure { list.append(contentsOf: closure.cells) }
        let made = CellList.forFrame(list)
        ownedCells.append(made)
        return made
    }
}
