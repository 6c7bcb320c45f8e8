// The dispatch loop. Python-to-Python calls push a frame and continue in the same loop (no
// native recursion per Python call); exceptions unwind through each code object's table.

extension VM {
    /// Runs the top frame (and everything it calls) until it returns; returns its value.
    func execute() throws(PyError) -> Value {
        let entryCount = frames.count
        let frame = frames.top.pointee
        // The frame list and the callee slots keep code objects alive: no retain per switch.
        unowned(unsafe) var code = frame.code
        var ins = code.ins
        // The next instruction, as a pointer (ip = pc - ins where an index is needed).
        var pc = ins + frame.ip
        var locals = frame.locals
        var sp = locals + code.localCount
        unowned(unsafe) var cells = frame.cells
        var reraising = false

        // Before anything that may call back into Python, the running frame's ip and stack top
        // are saved into `frames` (a local closure for this confused the optimizer).

        while true {
            // An untyped do/catch: with `do throws(PyError)` here the release build miscompiled
            // the handler (Swift 6.3, crash on the first caught exception).
            do {
                while true {
                    let i = PackedInstruction(pc)
                    pc += 1
                    switch i.op {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        sp.deinitialize(count: 1)
                    case .dupTop:
                        sp.initialize(to: (sp - 1).pointee)
                        sp += 1
                    case .dupTopTwo:
                        sp.initialize(to: (sp - 2).pointee)
                        (sp + 1).initialize(to: (sp - 1).pointee)
                        sp += 2
                    case .rotTwo:
                        swap(&(sp - 1).pointee, &(sp - 2).pointee)
                    case .rotThree:
                        // [a, b, c] -> [c, a, b]
                        let c = (sp - 1).move()
                        (sp - 1).initialize(to: (sp - 2).move())
                        (sp - 2).initialize(to: (sp - 3).move())
                        (sp - 3).initialize(to: c)
                    case .rotFour:
                        let d = (sp - 1).move()
                        (sp - 1).initialize(to: (sp - 2).move())
                        (sp - 2).initialize(to: (sp - 3).move())
                        (sp - 3).initialize(to: (sp - 4).move())
                        (sp - 4).initialize(to: d)
                    case .loadConst:
                        sp.initialize(to: code.consts[Int(i.arg)])
                        sp += 1
                    case .loadSmallInt:
                        sp.initialize(to: .int(Int(i.arg)))
                        sp += 1
                    case .loadNone:
                        sp.initialize(to: .none)
                        sp += 1
                    case .loadTrue:
                        sp.initialize(to: .bool(true))
                        sp += 1
                    case .loadFalse:
                        sp.initialize(to: .bool(false))
                        sp += 1
                    case .loadFast:
                        let slot = locals + Int(i.arg)
                        if slot.pointee.isInlineNumber {
                            // bool/int/float: a plain 16-byte copy, no outlined copy function.
                            UnsafeMutableRawPointer(sp).copyMemory(from: slot, byteCount: MemoryLayout<Value>.size)
                        } else {
                            let v = slot.pointee
                            if case .undefined = v { throw unboundLocal(code.localNames[Int(i.arg)]) }
                            sp.initialize(to: v)
                        }
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        let slot = locals + Int(i.arg)
                        if slot.pointee.isHeapReference {
                            slot.pointee = sp.move()
                        } else {
                            slot.initialize(to: sp.move())     // nothing to release
                        }
                    case .deleteFast:
                        if case .undefined = locals[Int(i.arg)] { throw unboundLocal(code.localNames[Int(i.arg)]) }
                        locals[Int(i.arg)] = .undefined
                    case .loadDeref:
                        let v = cells.unsafelyUnwrapped.cells[Int(i.arg)].value
                        if case .undefined = v { throw unboundDeref(code, Int(i.arg)) }
                        sp.initialize(to: v)
                        sp += 1
                    case .storeDeref:
                        sp -= 1
                        cells.unsafelyUnwrapped.cells[Int(i.arg)].value = sp.move()
                    case .deleteDeref:
                        if case .undefined = cells.unsafelyUnwrapped.cells[Int(i.arg)].value { throw unboundDeref(code, Int(i.arg)) }
                        cells.unsafelyUnwrapped.cells[Int(i.arg)].value = .undefined
                    case .loadClosure:
                        sp.initialize(to: .object(PyCellRef(cells.unsafelyUnwrapped.cells[Int(i.arg)])))
                        sp += 1
                    case .loadGlobal:
                        let slot = Int(i.arg)
                        let global = globals + slot
                        if global.pointee.isInlineNumber {
                            UnsafeMutableRawPointer(sp).copyMemory(from: global, byteCount: MemoryLayout<Value>.size)
                        } else {
                            var v = global.pointee
                            if case .undefined = v {
                                v = program.builtinFallback[slot]
                                if case .undefined = v {
                                    throw nameNotDefined(slot)
                                }
                            }
                            sp.initialize(to: v)
                        }
                        sp += 1
                    case .storeGlobal:
                        sp -= 1
                        let global = globals + Int(i.arg)
                        if global.pointee.isHeapReference {
                            global.pointee = sp.move()
                        } else {
                            global.initialize(to: sp.move())   // nothing to release
                        }
                    case .deleteGlobal:
                        let slot = Int(i.arg)
                        if case .undefined = globals[slot] {
                            throw nameNotDefined(slot)
                        }
                        globals[slot] = .undefined
                    case .loadAttr:
                        let obj = (sp - 1).pointee
                        let r = try loadAttribute(obj, Int(i.arg), code)
                        (sp - 1).pointee = r
                    case .binary, .inplace:
                        // Small-int fast paths for the common operators (matched in place, no copies).
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee,
                           let r = smallIntResult(UInt8(truncatingIfNeeded: i.arg), x, y) {
                            // Both operands are inline ints: overwrite without releasing.
                            sp -= 1
                            (sp - 1).initialize(to: .int(r))
                            continue
                        }
                        sp -= 1
                        let bv = sp.move()
                        let av = (sp - 1).move()
                        sp -= 1
                        let r: Value
                        if i.op == .inplace {
                            r = try inplaceOp(BinOp(rawValue: UInt8(truncatingIfNeeded: i.arg)) ?? .add, av, bv)
                        } else {
                            r = try binaryOp(BinOp(rawValue: UInt8(truncatingIfNeeded: i.arg)) ?? .add, av, bv)
                        }
                        sp.initialize(to: r)
                        sp += 1
                    case .compare:
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee, i.arg <= 7 {
                            let result = smallIntComparison(UInt8(truncatingIfNeeded: i.arg), x, y)
                            // Inline ints: overwrite without releasing.
                            sp -= 1
                            (sp - 1).initialize(to: .bool(result))
                            continue
                        }
                        let op = CmpOp(rawValue: UInt8(truncatingIfNeeded: i.arg)) ?? .eq
                        let result = try compareOp(op, (sp - 2).pointee, (sp - 1).pointee)
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = .bool(result)
                    case .compareJumpIfFalse:
                        let taken: Bool
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee, i.a <= 7 {
                            taken = smallIntComparison(i.a, x, y)
                            sp -= 2             // inline ints: nothing to release
                        } else {
                            let op = CmpOp(rawValue: i.a) ?? .eq
                            taken = try compareOp(op, (sp - 2).pointee, (sp - 1).pointee)
                            sp -= 2
                            sp.deinitialize(count: 2)
                        }
                        pc = taken ? pc + 1 : ins + Int(i.arg)
                    case .binarySmallInt:
                        let y = Int(i.arg)
                        if case .int(let x) = (sp - 1).pointee, let r = smallIntResult(i.a, x, y) {
                            (sp - 1).initialize(to: .int(r))
                            pc += 1
                            continue
                        }
                        sp -= 1
                        let av = sp.move()
                        let op = BinOp(rawValue: i.a) ?? .add
                        let r = i.b == 0 ? try binaryOp(op, av, .int(y)) : try inplaceOp(op, av, .int(y))
                        sp.initialize(to: r)
                        sp += 1
                        pc += 1
                    case .unaryNeg:
                        (sp - 1).pointee = try unaryNegative((sp - 1).pointee)
                    case .unaryPos:
                        (sp - 1).pointee = try unaryPositive((sp - 1).pointee)
                    case .unaryInvert:
                        (sp - 1).pointee = try unaryInvert((sp - 1).pointee)
                    case .unaryNot:
                        (sp - 1).pointee = .bool(!(try truthy((sp - 1).pointee)))
                    case .binarySubscr:
                        let idx = (sp - 1).pointee
                        let obj = (sp - 2).pointee
                        let r: Value
                        if case .list(let l) = obj, case .int(let n) = idx {
                            let k = n < 0 ? n + l.items.count : n
                            if k < 0 || k >= l.items.count { throw listIndexOutOfRange() }
                            r = l.items[k]
                        } else {
                            r = try subscriptValue(obj, idx)
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                        (sp - 1).pointee = r
                    case .storeSubscr:
                        // [value, obj, index]
                        let idx = (sp - 1).pointee
                        let obj = (sp - 2).pointee
                        let value = (sp - 3).pointee
                        try storeSubscript(obj, idx, value)
                        sp -= 3
                        sp.deinitialize(count: 3)
                    case .deleteSubscr:
                        try deleteSubscript((sp - 2).pointee, (sp - 1).pointee)
                        sp -= 2
                        sp.deinitialize(count: 2)
                    case .buildSlice:
                        let n = Int(i.arg)
                        let step: Value = n == 3 ? (sp - 1).pointee : .none
                        let slice = PySlice(start: (sp - n).pointee, stop: (sp - n + 1).pointee, step: step)
                        sp -= n
                        sp.deinitialize(count: n)
                        sp.initialize(to: .object(slice))
                        sp += 1
                    case .buildList:
                        let n = Int(i.arg)
                        let items = Array(UnsafeBufferPointer(start: sp - n, count: n))
                        sp -= n
                        sp.deinitialize(count: n)
                        sp.initialize(to: .list(PyList(items)))
                        sp += 1
                    case .buildTuple:
                        let n = Int(i.arg)
                        let t = n == 0 ? PyTuple.empty : PyTuple(Array(UnsafeBufferPointer(start: sp - n, count: n)))
                        sp -= n
                        sp.deinitialize(count: n)
                        sp.initialize(to: .tuple(t))
                        sp += 1
                    case .buildSet:
                        let n = Int(i.arg)
                        let s = PySet()
                        for k in 0..<n { try s.add((sp - n + k).pointee) }
                        sp -= n
                        sp.deinitialize(count: n)
                        sp.initialize(to: .set(s))
                        sp += 1
                    case .buildMap:
                        let n = Int(i.arg)
                        let d = PyDict()
                        var k = 0
                        while k < n {
                            try d.set((sp - 2 * n + 2 * k).pointee, (sp - 2 * n + 2 * k + 1).pointee)
                            k += 1
                        }
                        sp -= 2 * n
                        sp.deinitialize(count: 2 * n)
                        sp.initialize(to: .dict(d))
                        sp += 1
                    case .buildString:
                        let n = Int(i.arg)
                        let joined = buildString(UnsafeBufferPointer(start: sp - n, count: n))
                        sp -= n
                        sp.deinitialize(count: n)
                        sp.initialize(to: .str(joined))
                        sp += 1
                    case .formatValue:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let flags = Int(i.arg)
                        var spec: PyStr? = nil
                        if flags & 4 != 0 {
                            sp -= 1
                            if case .str(let s) = sp.move() { spec = s }
                        }
                        var v = (sp - 1).pointee
                        switch flags & 3 {
                        case 1: v = .str(try str(v))
                        case 2: v = .str(try repr(v))
                        case 3: v = .str(try ascii(v))
                        default: break
                        }
                        if let s = spec, s.byteCount != 0 {
                            (sp - 1).pointee = .str(try formatValue(self, v, spec: s))
                        } else if case .str = v {
                            (sp - 1).pointee = v
                        } else {
                            (sp - 1).pointee = .str(try str(v))
                        }
                    case .listAppend:
                        sp -= 1
                        let v = sp.move()
                        if case .list(let l) = (sp - Int(i.arg)).pointee { l.items.append(v) }
                    case .setAdd:
                        sp -= 1
                        let v = sp.move()
                        if case .set(let s) = (sp - Int(i.arg)).pointee { try s.add(v) }
                    case .mapAdd:
                        sp -= 2
                        let k = sp.move()
                        let v = (sp + 1).move()
                        if case .dict(let d) = (sp - Int(i.arg)).pointee { try d.set(k, v) }
                    case .listExtend:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp -= 1
                        let v = sp.move()
                        if case .list(let l) = (sp - Int(i.arg & 0xFF)).pointee {
                            if case .list(let src) = v { l.items.append(contentsOf: src.items) } else {
                                if case .tuple(let t) = v { l.items.append(contentsOf: t.items) } else {
                                    if i.arg & 0x100 != 0, !isIterable(v) {
                                        // `f(*x)`: CPython names the callee (two slots below the value).
                                        throw starArgumentNotIterable((sp - 2).pointee, v)
                                    }
                                    l.items.append(contentsOf: try iterableToArray(v, forUnpack: true))
                                }
                            }
                        }
                    case .setUpdate:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp -= 1
                        let v = sp.move()
                        if case .set(let s) = (sp - Int(i.arg)).pointee {
                            if case .set(let src) = v { try s.merge(src) } else {
                                for x in try iterableToArray(v, forUnpack: true) { try s.add(x) }
                            }
                        }
                    case .dictUpdate, .dictMerge:
                        sp -= 1
                        let v = sp.move()
                        if case .dict(let d) = (sp - Int(i.arg)).pointee {
                            guard case .dict(let src) = v else {
                                if i.op == .dictMerge {
                                    throw doubleStarArgumentNotMapping((sp - 3).pointee, v)
                                }
                                throw notAMapping(v)
                            }
                            for (k, x) in src.items {
                                if i.op == .dictMerge {
                                    guard case .str(let ks) = k else { throw keywordsMustBeStrings() }
                                    if try d.contains(k) {
                                        throw duplicateKeywordArgument((sp - 3).pointee, ks)
                                    }
                                }
                                try d.set(k, x)
                            }
                        }
                    case .listToTuple:
                        if case .list(let l) = (sp - 1).pointee { (sp - 1).pointee = .tuple(PyTuple(l.items)) }
                    case .unpackSequence:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let n = Int(i.arg)
                        sp -= 1
                        let v = sp.move()
                        let items = try unpackItems(v, count: n)
                        var k = n - 1
                        while k >= 0 {
                            sp.initialize(to: items[k])
                            sp += 1
                            k -= 1
                        }
                    case .unpackEx:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let before = Int(i.arg & 0xFFFF), after = Int(i.arg >> 16)
                        sp -= 1
                        let v = sp.move()
                        let items = try iterableToArray(v, forUnpack: true)
                        if items.count < before + after {
                            throw notEnoughValuesToUnpack(expected: before + after, got: items.count)
                        }
                        var pushed: [Value] = Array(items[0..<before])
                        pushed.append(.list(PyList(Array(items[before..<(items.count - after)]))))
                        pushed.append(contentsOf: items[(items.count - after)...])
                        for v in pushed.reversed() {
                            sp.initialize(to: v)
                            sp += 1
                        }
                    case .jump:
                        pc = ins + Int(i.arg)
                    case .popJumpIfFalse:
                        sp -= 1
                        let v = sp.move()
                        switch v {
                        case .bool(let b): if !b { pc = ins + Int(i.arg) }
                        default: if !(try truthy(v)) { pc = ins + Int(i.arg) }
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        let v = sp.move()
                        switch v {
                        case .bool(let b): if b { pc = ins + Int(i.arg) }
                        default: if try truthy(v) { pc = ins + Int(i.arg) }
                        }
                    case .jumpIfFalseOrPop:
                        if !(try truthy((sp - 1).pointee)) { pc = ins + Int(i.arg) } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .jumpIfTrueOrPop:
                        if try truthy((sp - 1).pointee) { pc = ins + Int(i.arg) } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .getIter:
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = .object(try getIterator(v))
                    case .forIter:
                        guard case .object(let o) = (sp - 1).pointee else { throw notAnIterator() }
                        if let r = o as? RangeIterator {
                            if r.remaining > 0 {
                                let v = r.next
                                r.remaining &-= 1
                                r.next = v &+ r.step
                                sp.initialize(to: .int(v))
                                sp += 1
                                continue
                            }
                        } else if let li = o as? ListIterator {
                            if li.index < li.list.items.count {
                                sp.initialize(to: li.list.items[li.index])
                                li.index += 1
                                sp += 1
                                continue
                            }
                            li.index = Int.max / 2
                        } else {
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            if let v = try (o as! PyIterator).next(self) {
                                sp.initialize(to: v)
                                sp += 1
                                continue
                            }
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                        pc = ins + Int(i.arg)
                    case .call, .callKw:
                        if i.op == .call, let fnRef = (sp - Int(i.arg) - 1).pointee.unretainedFunction {
                            // Fast path: the arguments already sit where the callee's locals go. The
                            // callee slot keeps the function (and so its code and closure) alive, so
                            // nothing here is retained.
                            unowned(unsafe) let fn = fnRef.takeUnretainedValue()
                            unowned(unsafe) let c = fn.code
                            let argc = Int(i.arg)
                            if c.isSimple && argc == c.argCount {
                                let calleePtr = sp - argc - 1
                                frames.top.pointee.ip = pc - ins
                                frames.top.pointee.sp = calleePtr + 1
                                if frames.count >= Limits.recursionLimit { throw recursionError() }
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
                                unowned(unsafe) let closure = fn.closure
                                frames.append(Frame(code: c, ip: 0, locals: newLocals, sp: newLocals + c.localCount,
                                                    resultSlot: calleePtr, cells: closure, ownsCells: false,
                                                    chunk: chunk, function: fn))
                                code = c
                                ins = c.ins
                                pc = ins
                                locals = newLocals
                                sp = newLocals + c.localCount
                                cells = closure
                                continue
                            }
                        }
                        var argc = Int(i.arg)
                        var kwNames: [PyStr] = []
                        if i.op == .callKw {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                for case .str(let s) in t.items { kwNames.append(s) }
                            }
                        }
                        let calleePtr = sp - argc - 1
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        argc -= kwNames.count
                        if case .function(let fn) = calleePtr.pointee {
                            // General binding: build the locals, then enter the frame.
                            let args = Args(UnsafeBufferPointer(start: calleePtr + 1, count: argc + kwNames.count),
                                            positionalCount: argc, kwNames: kwNames)
                            let boundLocals = try bindArguments(fn, args)
                            (calleePtr + 1).deinitialize(count: argc + kwNames.count)
                            frames.top.pointee.sp = calleePtr + 1
                            try enterFrame(fn, boundLocals, at: calleePtr + 1, resultSlot: calleePtr)
                            let f = frames.top.pointee
                            code = f.code
                            ins = code.ins
                            pc = ins
                            locals = f.locals
                            sp = f.sp
                            cells = f.cells
                            continue
                        }
                        let args = Args(UnsafeBufferPointer(start: calleePtr + 1, count: argc + kwNames.count),
                                        positionalCount: argc, kwNames: kwNames)
                        let r = try callNonPython(calleePtr.pointee, args)
                        calleePtr.deinitialize(count: argc + kwNames.count + 1)
                        calleePtr.initialize(to: r)
                        sp = calleePtr + 1
                    case .callEx:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        var kwargs: PyDict? = nil
                        if i.arg == 1 {
                            sp -= 1
                            if case .dict(let d) = sp.move() { kwargs = d }
                        }
                        sp -= 1
                        let posValue = sp.move()
                        var positional: [Value] = []
                        if case .tuple(let t) = posValue { positional = t.items }
                        sp -= 1
                        let callee = sp.move()
                        var kwNames: [PyStr] = []
                        if let d = kwargs {
                            for (k, v) in d.items {
                                guard case .str(let s) = k else { throw keywordsMustBeStrings() }
                                kwNames.append(s)
                                positional.append(v)
                            }
                        }
                        frames.top.pointee.sp = sp
                        let argc = positional.count - kwNames.count
                        let r = try call(callee, positional, positionalCount: argc, kwNames: kwNames)
                        sp.initialize(to: r)
                        sp += 1
                    case .callMethod:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let argc = Int(i.arg & 0xFF)
                        let nkw = Int(i.a)
                        if nkw == 0, try callMethodInline(MethodName.table[Int(i.b)], argc, sp) {
                            // Done in place: the receiver slot holds the result.
                            sp -= argc
                            continue
                        }
                        var kwNames: [PyStr] = []
                        if nkw > 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                for case .str(let s) in t.items { kwNames.append(s) }
                            }
                        }
                        let total = argc + nkw
                        let recvPtr = sp - total - 1
                        frames.top.pointee.sp = sp
                        let args = Args(UnsafeBufferPointer(start: recvPtr + 1, count: total), positionalCount: argc,
                                        kwNames: kwNames)
                        let r = try callMethod(recvPtr.pointee, MethodName.table[Int(i.b)], args)
                        recvPtr.deinitialize(count: total + 1)
                        recvPtr.initialize(to: r)
                        sp = recvPtr + 1
                    case .makeFunction:
                        sp -= 1
                        guard case .object(let o) = sp.move(), let ref = o as? PyCodeRef else {
                            throw badBytecode("code object")
                        }
                        let flags = Int(i.arg)
                        var closure: CellList? = nil
                        if flags & 8 != 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                var cellItems = ContiguousArray<PyCell>()
                                for case .object(let c) in t.items { if let cr = c as? PyCellRef { cellItems.append(cr.cell) } }
                                if !cellItems.isEmpty { closure = CellList(cellItems) }
                            }
                        }
                        var kwDefaults: PyDict? = nil
                        if flags & 2 != 0 {
                            sp -= 1
                            if case .dict(let d) = sp.move() { kwDefaults = d }
                        }
                        var defaults: [Value] = []
                        if flags & 1 != 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() { defaults = t.items }
                        }
                        let fn = PyFunction(code: ref.code, defaults: defaults, kwDefaults: kwDefaults, closure: closure)
                        sp.initialize(to: .function(fn))
                        sp += 1
                    case .returnValue:
                        sp -= 1
                        let finished = frames.removeLast()
                        if finished.ownsCells { ownedCells.removeLast() }
                        if frames.count < entryCount {
                            let result = sp.move()
                            releaseValues(locals, sp - locals)
                            if let slot = finished.resultSlot { slot.deinitialize(count: 1) }
                            return result
                        }
                        if let slot = finished.resultSlot {
                            // The callee slot takes the result (moved, not copied); then the
                            // function it held is released.
                            let callee = slot.move()
                            slot.initialize(to: sp.move())   // (moveInitialize(count: 1) is a memmove call)
                            releaseValues(locals, sp - locals)
                            _ = consume callee
                        } else {
                            sp.deinitialize(count: 1)
                            releaseValues(locals, sp - locals)
                        }
                        let f = frames.top
                        code = f.pointee.code
                        ins = code.ins
                        pc = ins + f.pointee.ip
                        locals = f.pointee.locals
                        sp = f.pointee.sp
                        cells = f.pointee.cells
                        currentChunk = f.pointee.chunk
                    case .raise:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        switch i.arg {
                        case 0:
                            guard let h = handling else { throw noActiveException() }
                            reraising = true
                            throw PyError(h)
                        case 1:
                            sp -= 1
                            throw PyError(try makeException(sp.move()))
                        default:
                            sp -= 1
                            let causeValue = sp.move()
                            sp -= 1
                            let exc = try makeException(sp.move())
                            if case .none = causeValue {
                                exc.cause = nil
                            } else {
                                exc.cause = try makeException(causeValue)
                            }
                            exc.suppressContext = true
                            throw PyError(exc)
                        }
                    case .reraise:
                        sp -= 1
                        guard case .exception(let e) = sp.move() else { throw badBytecode("reraise") }
                        reraising = true
                        throw PyError(e)
                    case .pushExcInfo:
                        let exc = (sp - 1).move()
                        if let h = handling { (sp - 1).initialize(to: .exception(h)) } else {
                            (sp - 1).initialize(to: .none)
                        }
                        sp.initialize(to: exc)
                        sp += 1
                        if case .exception(let e) = exc { handling = e }
                    case .popExcept:
                        sp -= 1
                        if case .exception(let e) = sp.move() { handling = e } else { handling = nil }
                    case .popExceptAndReraise:
                        sp -= 1
                        let exc = sp.move()
                        sp -= 1
                        if case .exception(let e) = sp.move() { handling = e } else { handling = nil }
                        guard case .exception(let e) = exc else { throw badBytecode("reraise") }
                        reraising = true
                        throw PyError(e)
                    case .checkExcMatch:
                        sp -= 1
                        let t = sp.move()
                        guard case .exception(let e) = (sp - 1).pointee else { throw badBytecode("except") }
                        sp.initialize(to: .bool(try exceptionMatches(e, t)))
                        sp += 1
                    case .unsupported:
                        try raiseUnsupported(code.consts[Int(i.arg)], (sp - 1).pointee)
                    }
                }
            } catch {
                // Unwind: find a handler in this frame or pop frames until one is found.
                guard let pyError = error as? PyError else { throw badBytecode("unexpected error type") }
                let exc = pyError.exc
                var addEntry = !reraising
                reraising = false
                if let h = handling, h !== exc, exc.context == nil, !createsCycle(exc, h) { exc.context = h }
                while true {
                    let at = (pc - ins) - 1
                    if addEntry {
                        exc.traceback.append(TracebackEntry(function: code.name, line: code.lines[max(0, min(at, code.lines.count - 1))]))
                    }
                    addEntry = true
                    if let entry = findHandler(code, at) {
                        let target = locals + code.localCount + Int(entry.depth)
                        if sp > target {
                            target.deinitialize(count: sp - target)
                            sp = target
                        }
                        sp.initialize(to: .exception(exc))
                        sp += 1
                        pc = ins + Int(entry.handler)
                        break
                    }
                    // No handler here: drop the frame.
                    releaseValues(locals, sp - locals)
                    let finished = frames.removeLast()
                    if finished.ownsCells { ownedCells.removeLast() }
                    if frames.count < entryCount {
                        if let slot = finished.resultSlot { slot.deinitialize(count: 1) }
                        throw PyError(exc)
                    }
                    let f = frames.top.pointee
                    code = f.code
                    ins = code.ins
                    pc = ins + f.ip
                    locals = f.locals
                    sp = f.sp
                    cells = f.cells
                    currentChunk = f.chunk
                }
            }
        }
    }

    /// The hottest method calls done without building Args or going through the per-type
    /// method tables: `list.append(x)` and `dict.get(k[, default])`. On success the receiver
    /// slot (below the `argc` arguments at the top of the stack) holds the result, the
    /// arguments are released, and the caller drops them from the stack; false leaves the
    /// stack untouched for the general path.
    @inline(__always)
    private func callMethodInline(_ name: MethodName, _ argc: Int, _ sp: UnsafeMutablePointer<Value>) throws(PyError) -> Bool {
        let receiver = sp - argc - 1
        switch name {
        case .append:
            guard argc == 1, case .list(let l) = receiver.pointee,
                  l.items.count < Limits.maxSequenceLength else { return false }
            l.items.append((sp - 1).move())
            receiver.pointee = .none
            return true
        case .get:
            guard argc == 1 || argc == 2, case .dict(let d) = receiver.pointee else { return false }
            let found = try d.get((sp - argc).pointee)
            let result: Value = found ?? (argc == 2 ? (sp - 1).pointee : .none)
            (sp - argc).deinitialize(count: argc)
            receiver.pointee = result
            return true
        default:
            return false
        }
    }

    /// `x op y` for a CmpOp raw value up to isNot (eq ne lt le gt ge is isNot) on ints.
    @inline(__always)
    private func smallIntComparison(_ op: UInt8, _ x: Int, _ y: Int) -> Bool {
        switch op {
        case 0, 6: return x == y
        case 1, 7: return x != y
        case 2: return x < y
        case 3: return x <= y
        case 4: return x > y
        default: return x >= y
        }
    }

    /// `x op y` for the int operators the dispatch loop handles inline (+ - * // %), with
    /// Python's floor semantics; nil when the result needs the general path (overflow, zero
    /// divisor, other operators).
    @inline(__always)
    private func smallIntResult(_ op: UInt8, _ x: Int, _ y: Int) -> Int? {
        switch op {
        case BinOp.add.rawValue:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : r
        case BinOp.sub.rawValue:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : r
        case BinOp.mul.rawValue:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : r
        case BinOp.floordiv.rawValue:
            if y == 0 || (y == -1 && x == Int.min) { return nil }
            let q = x / y
            return (x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q
        case BinOp.mod.rawValue:
            if y == 0 || y == -1 { return y == 0 ? nil : 0 }
            let r = x % y
            return (r != 0 && (r < 0) != (y < 0)) ? r + y : r
        default:
            return nil
        }
    }

    /// Drops `count` values from `p` on, calling into the runtime only for heap references.
    @inline(__always)
    private func releaseValues(_ p: UnsafeMutablePointer<Value>, _ count: Int) {
        var k = 0
        while k < count {
            if (p + k).pointee.isHeapReference { (p + k).deinitialize(count: 1) }
            k &+= 1
        }
    }

    @inline(__always)
    private func findHandler(_ code: CodeObject, _ at: Int) -> ExceptionTableEntry? {
        for e in code.exceptionTable where at >= Int(e.start) && at < Int(e.end) && e.handler >= 0 {
            return e
        }
        return nil
    }

    private func createsCycle(_ exc: PyException, _ h: PyException) -> Bool {
        var c: PyException? = h
        var steps = 0
        while let x = c, steps < 10000 {
            if x === exc { return true }
            c = x.context
            steps += 1
        }
        return false
    }

    @inline(never)
    func unboundLocal(_ name: String) -> PyError {
        PyError(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    @inline(never)
    func unboundDeref(_ code: CodeObject, _ i: Int) -> PyError {
        if i < code.cellNames.count {
            return unboundLocal(code.cellNames[i])
        }
        let name = code.freeNames[i - code.cellNames.count]
        return PyError(.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    @inline(never)
    func recursionError() -> PyError {
        PyError(.recursionError, "maximum recursion depth exceeded")
    }
}
