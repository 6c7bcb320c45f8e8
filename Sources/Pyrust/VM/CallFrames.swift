// Entering Python frames from the dispatch loop without native recursion: plain calls, bound
// methods (self moved in below the arguments), class calls running __init__ as a frame, and
// generator functions (which make their generator instead of running).

extension Value {
    /// Values whose attributes are the builtin types' fixed methods (resolved by MethodName).
    @inline(__always) var isBuiltinAttributeReceiver: Bool {
        switch self {
        case .str, .list, .tuple, .dict, .set, .int, .big, .bool, .float, .none: return true
        case .object(let o): return isBuiltinAttributeObject(o)
        default: return false
        }
    }
}

/// The rarer objects whose attributes MethodName resolves (out of line: the dispatch loop
/// inlines the test above at every attribute site).
@inline(never) func isBuiltinAttributeObject(_ o: PyObject) -> Bool {
    return o.isBytes || o is PyRange || o is PyBigRange || o is PySlice || o is PyDictView || o is PyMappingProxy
}

extension VM {
    /// Pushes a frame for `fn` (held in `calleePtr`'s slot) with `argc` positional and
    /// `kwNames.count` keyword values above it; that slot receives the result. A generator
    /// function instead leaves its generator in the slot and returns false.
    @inline(never)
    func pushFunctionFrame(_ fn: PyFunction, _ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int, _ kwNames: [PyStr],
                           kind: FrameKind) throws(PyError) -> Bool {
        let c = fn.code
        frames.top.pointee.sp = calleePtr + 1
        if c.isSimple && kwNames.isEmpty && argc == c.argCount {
            try enteringCall(c.instructionCount)
            var newLocals = calleePtr + 1
            var chunk = currentChunk
            if let (nc, p) = try reserve(from: newLocals, needed: c.localCount + c.maxStack) {
                p.moveInitialize(from: newLocals, count: argc)
                newLocals = p
                chunk = nc
            }
            if c.localCount > argc {
                (newLocals + argc).initialize(repeating: .undefined, count: c.localCount - argc)
            }
            currentChunk = chunk
            frames.append(Frame(code: c, ip: 0, locals: newLocals, sp: newLocals + c.localCount, resultSlot: calleePtr,
                                cells: fn.closure, ownsCells: false, chunk: chunk, function: fn, kind: kind))
            return true
        }
        if kwNames.isEmpty && c.isSimple && argc < c.argCount, try pushDefaultsFrame(fn, calleePtr, argc, kind: kind) {
            return true
        }
        if try pushBoundFrame(fn, calleePtr, argc, kwNames, kind: kind) { return true }
        let total = argc + kwNames.count
        frames.top.pointee.sp = calleePtr + 1 + total
        let args = Args(UnsafeBufferPointer(start: calleePtr + 1, count: total), positionalCount: argc, kwNames: kwNames)
        let bound = try bindArguments(fn, args)
        // What can fail is checked while the arguments are still on the stack: an error
        // after they are released would have the unwinder release them a second time.
        if c.isGenerator {
            if kind == .initializer { throw typeError("__init__() should return None, not 'generator'") }
        } else {
            try enteringCall(c.instructionCount)
        }
        releaseValuesOutlined(calleePtr + 1, total)
        frames.top.pointee.sp = calleePtr + 1
        if c.isGenerator {
            calleePtr.pointee = makeGenerator(fn, bound)
            return false
        }
        try enterFrame(fn, bound, at: calleePtr + 1, resultSlot: calleePtr, kind: kind, counted: true)
        return true
    }

    /// pushFunctionFrame with callKw's constant tuple of keyword names: bound in place when
    /// possible, with no array of the names.
    @inline(never)
    func pushFunctionFrameKw(_ fn: PyFunction, _ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int, _ names: PyTuple,
                             kind: FrameKind) throws(PyError) -> Bool {
        frames.top.pointee.sp = calleePtr + 1
        if try pushBoundFrame(fn, calleePtr, argc, KeywordTupleNames(items: names.items), kind: kind) { return true }
        return try pushFunctionFrame(fn, calleePtr, argc, keywordNameArray(names), kind: kind)
    }

    /// The names of callKw's constant tuple as an array (the general call paths take one).
    func keywordNameArray(_ names: PyTuple) -> [PyStr] {
        var out: [PyStr] = []
        out.reserveCapacity(names.items.count)
        for case .str(let s) in names.items { out.append(s) }
        return out
    }

    /// [method][`total` args] -> [function][self][args], in place.
    @inline(__always)
    private func unpackMethod(_ calleePtr: UnsafeMutablePointer<Value>, _ total: Int, _ receiver: Value, _ fn: PyFunction) {
        var k = total
        while k >= 1 {
            (calleePtr + k + 1).initialize(to: (calleePtr + k).move())
            k -= 1
        }
        (calleePtr + 1).initialize(to: receiver)
        calleePtr.pointee = .function(fn)
    }

    /// callKw: [callee][positional][keyword values] with `names` popped. Python functions and
    /// methods of them bind in place; the rest go through callAt. True: a frame was pushed.
    @inline(never)
    func callKwAt(_ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int, _ names: PyTuple) throws(PyError) -> Bool {
        let total = argc + names.items.count
        switch calleePtr.pointee {
        case .function(let fn):
            return try pushFunctionFrameKw(fn, calleePtr, argc, names, kind: .normal)
        case .object(let o):
            if let m = o as? PyMethod, case .function(let fn) = m.function {
                // (the names' popped slot makes room for self)
                unpackMethod(calleePtr, total, m.receiver, fn)
                frames.top.pointee.sp = calleePtr + 2 + total
                return try pushFunctionFrameKw(fn, calleePtr, argc + 1, names, kind: .normal)
            }
        default: break
        }
        return try callAt(calleePtr, argc, keywordNameArray(names))
    }

    /// f(*x)'s x as the call's positional values (compiled without a list: callEx flag 2),
    /// with listExtend's error for a value that is not iterable.
    @inline(never)
    func starArguments(_ v: Value, callee: Value) throws(PyError) -> [Value] {
        if case .list(let l) = v { return l.items }
        if !isIterable(v) { throw starArgumentNotIterable(callee, v) }
        return try iterableToArray(v, forUnpack: true)
    }

    /// Resumes generator `g` in the dispatch loop (a for loop over it, or `yield from` it): its
    /// saved frame goes above `sp`, the caller's stack top (already saved in the caller's
    /// frame), with `sent` pushed as the value of the yield it was suspended at.
    @inline(never)
    func pushGeneratorFrame(_ g: PyGenerator, above sp: UnsafeMutablePointer<Value>, sent: Value, kind: FrameKind,
                            resultSlot: UnsafeMutablePointer<Value>?) throws(PyError) {
        try enteringCall(1)
        // The generator keeps its code alive: no retain/release per resume.
        unowned(unsafe) let gc = g.code
        var newLocals = sp
        var chunk = currentChunk
        if let (nc, p) = try reserve(from: sp, needed: gc.localCount + gc.maxStack + 1) {
            newLocals = p
            chunk = nc
        }
        let n = g.restore(to: newLocals)
        var gsp = newLocals + n
        if g.state == .suspended {
            gsp.initialize(to: sent)
            gsp += 1
        }
        g.state = .running
        currentChunk = chunk
        frames.append(Frame(code: gc, ip: g.ip, locals: newLocals, sp: gsp, resultSlot: resultSlot, cells: g.cells,
                            ownsCells: false, chunk: chunk, function: g.function, kind: kind, generator: g))
    }

    /// `f(*args, **kwargs)` where f is a Python function, a method of one, or an instance whose
    /// class's __call__ is one: binds the arguments and pushes its frame, whose result goes to
    /// `slot` (the caller's stack top). True: a frame was pushed (or, for a generator function,
    /// the generator is in `slot`). False: `callee` is something else, nothing was done.
    @inline(never)
    func pushCallExFrame(_ callee: Value, _ values: [Value], positionalCount: Int, kwNames: [PyStr],
                         slot: UnsafeMutablePointer<Value>) throws(PyError) -> Bool {
        let fn: PyFunction
        var receiver: Value? = nil
        switch callee {
        case .function(let f): fn = f
        case .object(let o):
            guard let m = o as? PyMethod, case .function(let f) = m.function else { return false }
            fn = f
            receiver = m.receiver
        case .instance(let inst):
            guard case .function(let f)? = inst.type.special(.call) else { return false }
            fn = f
            receiver = callee
        default: return false
        }
        let given = values.count + (receiver == nil ? 0 : 1)
        if !fn.code.isGenerator, chunks[currentChunk] + chunkSizes[currentChunk] - slot > given {
            // [function][receiver?][values] above the caller's stack top: the callee slot keeps
            // the function alive (a method's or instance's __call__ function included).
            slot.initialize(to: .function(fn))
            var p = slot + 1
            if let r = receiver {
                p.initialize(to: r)
                p += 1
            }
            for v in values {
                p.initialize(to: v)
                p += 1
            }
            frames.top.pointee.sp = p
            do throws(PyError) {
                if try !pushFunctionFrame(fn, slot, positionalCount + (receiver == nil ? 0 : 1), kwNames, kind: .normal) {
                    frames.top.pointee.sp = slot + 1
                }
            } catch {
                // Every path that fails leaves the values in place: they are above the loop's
                // stack top, so the unwinder would not release them.
                releaseValuesOutlined(slot, 1 + given)
                frames.top.pointee.sp = slot
                throw error
            }
            return true
        }
        var all = values
        if let r = receiver { all.insert(r, at: 0) }
        let count = all.count
        let buf = UnsafeMutableBufferPointer<Value>.allocate(capacity: max(count, 1))
        _ = buf.initialize(from: all)
        defer {
            buf.baseAddress?.deinitialize(count: count)
            buf.deallocate()
        }
        let args = Args(UnsafeBufferPointer(start: buf.baseAddress, count: count),
                        positionalCount: positionalCount + (receiver == nil ? 0 : 1), kwNames: kwNames)
        let bound = try bindArguments(fn, args)
        if fn.code.isGenerator {
            slot.initialize(to: makeGenerator(fn, bound))
            frames.top.pointee.sp = slot + 1
            return true
        }
        slot.initialize(to: callee)
        frames.top.pointee.sp = slot + 1
        do throws(PyError) {
            try enterFrame(fn, bound, at: slot + 1, resultSlot: slot)
        } catch {
            frames.top.pointee.sp = slot
            dropValue(slot)
            throw error
        }
        return true
    }

    /// The __init__ to run as a frame when calling user class `t` needs nothing else (no
    /// metaclass __call__, no __new__, plain instances).
    @inline(__always)
    func initializerFastPath(_ t: PyType) -> PyFunction? {
        guard t.kind == .instance, t.builtinBase == nil, !t.isAbstract, t.special(.newMethod) == nil else { return nil }
        if let m = t.metatype, m.special(.call) != nil { return nil }
        if case .function(let f)? = t.special(.initMethod) { return f }
        return nil
    }

    /// Calls the callable in `calleePtr`'s slot with the `argc` positional and `kwNames.count`
    /// keyword values above it. True: a frame was pushed (the loop switches to it). False: the
    /// call is done and its result is in the callee slot (the new stack top).
    @inline(never)
    func callAt(_ calleePtr: UnsafeMutablePointer<Value>, _ argc: Int, _ kwNames: [PyStr]) throws(PyError) -> Bool {
        let total = argc + kwNames.count
        switch calleePtr.pointee {
        case .function(let fn):
            return try pushFunctionFrame(fn, calleePtr, argc, kwNames, kind: .normal)
        case .object(let o):
            if let m = o as? PyMethod, case .function(let fn) = m.function {
                unpackMethod(calleePtr, total, m.receiver, fn)
                return try pushFunctionFrame(fn, calleePtr, argc + 1, kwNames, kind: .normal)
            }
        case .instance(let inst):
            if case .function(let fn)? = inst.type.special(.call) {
                // An instance whose class defines __call__ as a plain function (functools'
                // wrappers, user callables): [instance][args] -> [__call__][instance][args], run
                // as a frame of this loop (no native recursion per call).
                let receiver = calleePtr.pointee
                var k = total
                while k >= 1 {
                    (calleePtr + k + 1).initialize(to: (calleePtr + k).move())
                    k -= 1
                }
                (calleePtr + 1).initialize(to: receiver)
                calleePtr.pointee = .function(fn)
                return try pushFunctionFrame(fn, calleePtr, argc + 1, kwNames, kind: .normal)
            }
        case .type(let t) where t.isHeapType:
            if let initFn = initializerFastPath(t) {
                // [class][args] -> [instance][__init__][instance][args]: __init__ runs as a frame whose
                // result slot is its own function slot; the instance stays below as the call's value.
                let inst = Value.instance(PyInstance(t))
                var k = total
                while k >= 1 {
                    (calleePtr + k + 2).initialize(to: (calleePtr + k).move())
                    k -= 1
                }
                (calleePtr + 2).initialize(to: inst)
                (calleePtr + 1).initialize(to: .function(initFn))
                calleePtr.pointee = inst
                frames.top.pointee.sp = calleePtr + 3 + total
                return try pushFunctionFrame(initFn, calleePtr + 1, argc + 1, kwNames, kind: .initializer)
            }
            if total == 0, t.kind == .instance, t.builtinBase == nil, !t.isAbstract, t.special(.initMethod) == nil, t.special(.newMethod) == nil,
               t.metatype?.special(.call) == nil {
                calleePtr.pointee = .instance(PyInstance(t))
                return false
            }
        default: break
        }
        let args = Args(UnsafeBufferPointer(start: calleePtr + 1, count: total), positionalCount: argc, kwNames: kwNames)
        let r = try callNonPython(calleePtr.pointee, args)
        releaseValuesOutlined(calleePtr, total + 1)
        calleePtr.initialize(to: r)
        return false
    }
}
