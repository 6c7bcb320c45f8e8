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
        var sp = frame.sp
        unowned(unsafe) var cells = frame.cells
        var reraising = false

        // Before anything that may call back into Python, the running frame's ip and stack top
        // are saved into `frames` (a local closure for this confused the optimizer).

        while true {
            // An untyped do/catch: with `do throws(PyError)` here the release build miscompiled
            // the handler (Swift 6.3, crash on the first caught exception).
            do {
                if let e = pendingThrow {
                    pendingThrow = nil
                    throw PyError(e)
                }
                while true {
                    let i = PackedInstruction(pc)
                    pc += 1
                    switch i.op {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        dropValue(sp)
                        if pendingCloseCount != 0 {
                            // A generator dropped here may need its finally run now.
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            runPendingCloses()
                        }
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
                        let c = code.consts + Int(i.arg)
                        copyValueBits(sp, c)
                        if c.pointee.isHeapReference { retainPayload(c) }
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
                        if slot.pointee.isHeapReference {
                            // A 16-byte copy plus one retain: the generic copy is an outlined call.
                            copyValueBits(sp, slot)
                            retainPayload(slot)
                        } else {
                            if case .undefined = slot.pointee { throw unboundLocal(code.localNames[Int(i.arg)]) }
                            copyValueBits(sp, slot)
                        }
                        sp += 1
                    case .loadFastAttr, .loadFastStoreAttr:
                        // `self.x` / `self.x = v` with a cached slot: the instance is read in place
                        // from the local (no retain, no push). Otherwise this is a plain loadFast
                        // and the loadAttr/storeAttr that follows does the work.
                        let slot = locals + Int(i.arg)
                        if case .instance = slot.pointee {
                            let objBits = UnsafeRawPointer(slot).load(as: UInt.self)
                            unowned(unsafe) let inst = Unmanaged<PyInstance>.fromOpaque(
                                UnsafeRawPointer(bitPattern: objBits).unsafelyUnwrapped).takeUnretainedValue()
                            if inst.dict == nil {
                                let k = AttributeCache(pc + 1).slotIndex(forTag: inst.type.slotTag)
                                if k >= 0 && k < inst.slotCount {
                                    let field = inst.slotBase.unsafelyUnwrapped + k
                                    if i.op == .loadFastAttr {
                                        copyValueBits(sp, field)
                                        if field.pointee.isHeapReference { retainPayload(field) }
                                        sp += 1
                                    } else {
                                        let oldIsHeap = field.pointee.isHeapReference
                                        let oldBits = UnsafeRawPointer(field).load(as: UInt.self)
                                        sp -= 1
                                        copyValueBits(field, sp)
                                        if oldIsHeap { releaseObject(oldBits) }
                                    }
                                    pc += 1 + attributeCacheWords
                                    continue
                                }
                            }
                        }
                        if slot.pointee.isHeapReference {
                            copyValueBits(sp, slot)
                            retainPayload(slot)
                        } else {
                            if case .undefined = slot.pointee { throw unboundLocal(code.localNames[Int(i.arg)]) }
                            copyValueBits(sp, slot)
                        }
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        let slot = locals + Int(i.arg)
                        if slot.pointee.isHeapReference {
                            slot.pointee = sp.move()
                            if pendingCloseCount != 0 {
                                // A generator dropped here may need its finally run now.
                                frames.top.pointee.ip = pc - ins
                                frames.top.pointee.sp = sp
                                runPendingCloses()
                            }
                        } else {
                            copyValueBits(slot, sp)     // a move; nothing to release
                        }
                    case .deleteFast:
                        if case .undefined = locals[Int(i.arg)] { throw unboundLocal(code.localNames[Int(i.arg)]) }
                        locals[Int(i.arg)] = .undefined
                        if pendingCloseCount != 0 {
                            // A generator dropped here may need its finally run now.
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            runPendingCloses()
                        }
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
                        if global.pointee.isHeapReference {
                            copyValueBits(sp, global)
                            retainPayload(global)
                        } else if global.pointee.isInlineNumber {
                            copyValueBits(sp, global)
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
                            if pendingCloseCount != 0 {
                                // A generator dropped here may need its finally run now.
                                frames.top.pointee.ip = pc - ins
                                frames.top.pointee.sp = sp
                                runPendingCloses()
                            }
                        } else {
                            copyValueBits(global, sp)   // a move; nothing to release
                        }
                    case .deleteGlobal:
                        let slot = Int(i.arg)
                        if case .undefined = globals[slot] {
                            throw nameNotDefined(slot)
                        }
                        globals[slot] = .undefined
                        if pendingCloseCount != 0 {
                            // A generator dropped here may need its finally run now.
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            runPendingCloses()
                        }
                    case .loadModuleGlobal:
                        sp.initialize(to: try loadModuleGlobal(Int(i.arg)))
                        sp += 1
                    case .storeModuleGlobal:
                        sp -= 1
                        try storeModuleGlobal(Int(i.arg), sp.move())
                    case .deleteModuleGlobal:
                        try deleteModuleGlobal(Int(i.arg))
                    case .importName:
                        guard case .str(let name) = code.consts[Int(i.arg)] else { throw badBytecode("import name") }
                        // Building a module runs Python code above this frame.
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp.initialize(to: try importModule(name, leaf: i.b == 1))
                        sp += 1
                    case .importFrom:
                        guard case .str(let name) = code.consts[Int(i.arg)] else { throw badBytecode("import name") }
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp.initialize(to: try importFrom((sp - 1).pointee, name))
                        sp += 1
                    case .loadAttr:
                        let cache = AttributeCache(pc)
                        let top = sp - 1
                        if case .instance = top.pointee {
                            // The instance is read through the stack's reference (no retain of
                            // our own): every path below is done with it before that reference goes.
                            let objBits = UnsafeRawPointer(top).load(as: UInt.self)
                            unowned(unsafe) let inst = Unmanaged<PyInstance>.fromOpaque(
                                UnsafeRawPointer(bitPattern: objBits).unsafelyUnwrapped).takeUnretainedValue()
                            if inst.dict == nil {
                                let tag = inst.type.versionTag
                                let k = cache.slotIndex(forTag: inst.type.slotTag)
                                if k >= 0 && k < inst.slotCount {
                                    // The attribute replaces the instance: copy and retain it first,
                                    // then release the instance.
                                    let src = inst.slotBase.unsafelyUnwrapped + k
                                    copyValueBits(top, src)
                                    if src.pointee.isHeapReference { retainPayload(src) }
                                    releaseObject(objBits)
                                    pc += attributeCacheWords
                                    continue
                                }
                                if cache.tag == tag {
                            switch cache.kind {
                            case AttributeCache.Kind.classValue.rawValue:
                                (sp - 1).pointee = cache.value
                                pc += attributeCacheWords
                                continue
                            case AttributeCache.Kind.method.rawValue:
                                let receiver = Value.instance(inst)
                                (sp - 1).pointee = .object(PyMethod(function: cache.value, receiver: receiver))
                                pc += attributeCacheWords
                                continue
                            case AttributeCache.Kind.slotsField.rawValue, AttributeCache.Kind.tupleField.rawValue:
                                if let v = cachedFieldValue(inst, cache) {
                                    (sp - 1).pointee = v
                                    pc += attributeCacheWords
                                    continue
                                }
                            case AttributeCache.Kind.propertyGet.rawValue:
                                // [obj] -> [getter][obj]: the getter's frame returns into obj's slot.
                                if let fnRef = cache.unretainedFunction {
                                    pc += attributeCacheWords
                                    frames.top.pointee.ip = pc - ins
                                    let calleePtr = sp - 1
                                    sp.initialize(to: calleePtr.move())
                                    unowned(unsafe) let fn = fnRef.takeUnretainedValue()
                                    calleePtr.initialize(to: .function(fn))
                                    sp += 1
                                    if try pushFunctionFrame(fn, calleePtr, 1, [], kind: .normal) {
                                        let f = frames.top
                                        code = f.pointee.code
                                        ins = code.ins
                                        pc = ins + f.pointee.ip
                                        locals = f.pointee.locals
                                        sp = f.pointee.sp
                                        cells = f.pointee.cells
                                        currentChunk = f.pointee.chunk
                                    } else {
                                        sp = calleePtr + 1
                                    }
                                    continue
                                }
                            default: break
                            }
                                }
                            }
                        }
                        if case .type = top.pointee, cache.kind == AttributeCache.Kind.typeValue.rawValue {
                            // `C.name`, a plain class value: the class is read through the stack's reference.
                            let typeBits = UnsafeRawPointer(top).load(as: UInt.self)
                            unowned(unsafe) let t = Unmanaged<PyType>.fromOpaque(
                                UnsafeRawPointer(bitPattern: typeBits).unsafelyUnwrapped).takeUnretainedValue()
                            if cache.tag == t.versionTag {
                                top.pointee = cache.value
                                pc += attributeCacheWords
                                continue
                            }
                        }
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let obj = (sp - 1).pointee
                        guard case .str(let name) = code.consts[Int(i.arg)] else { throw badBytecode("attribute name") }
                        let r: Value
                        if i.b != 0, !obj.hasUserType, obj.isBuiltinAttributeReceiver {
                            r = try loadAttribute(obj, Int(i.b) - 1, code)
                        } else {
                            r = try getAttr(obj, name)
                            if case .instance(let inst) = obj {
                                fillLoadCache(cache, inst, name)
                            } else if case .type(let t) = obj {
                                fillTypeLoadCache(cache, t, name, r)
                            }
                        }
                        (sp - 1).pointee = r
                        pc += attributeCacheWords
                    case .storeAttr:
                        // [value, obj]
                        let cache = AttributeCache(pc)
                        if case .instance = (sp - 1).pointee {
                            let objBits = UnsafeRawPointer(sp - 1).load(as: UInt.self)
                            unowned(unsafe) let inst = Unmanaged<PyInstance>.fromOpaque(
                                UnsafeRawPointer(bitPattern: objBits).unsafelyUnwrapped).takeUnretainedValue()
                            if inst.dict == nil {
                                let k = cache.slotIndex(forTag: inst.type.slotTag)
                                if k >= 0 && k < inst.slotCount {
                                    // Move the value in; then release the old value and the instance.
                                    let dst = inst.slotBase.unsafelyUnwrapped + k
                                    let oldIsHeap = dst.pointee.isHeapReference
                                    let oldBits = UnsafeRawPointer(dst).load(as: UInt.self)
                                    sp -= 2
                                    copyValueBits(dst, sp)
                                    if oldIsHeap { releaseObject(oldBits) }
                                    releaseObject(objBits)
                                    pc += attributeCacheWords
                                    continue
                                }
                                if k == inst.slotCount && k < inst.type.layoutKeys.count {
                                    sp -= 2
                                    inst.appendSlot(sp.move())
                                    releaseObject(objBits)
                                    pc += attributeCacheWords
                                    continue
                                }
                            }
                        }
                        if cache.kind == AttributeCache.Kind.slotsField.rawValue, case .instance(let inst) = (sp - 1).pointee {
                            let k = cachedSlotsFieldIndex(inst, cache)
                            if k >= 0 {
                                sp -= 2
                                inst.slotValues[k] = sp.move()
                                dropValue(sp + 1)
                                pc += attributeCacheWords
                                continue
                            }
                        }
                        if case .instance(let inst) = (sp - 1).pointee, cache.tag == inst.type.versionTag,
                           inst.dict == nil, cache.kind == AttributeCache.Kind.propertySet.rawValue,
                           let fnRef = cache.unretainedFunction {
                            // [value, obj] -> [setter][obj][value], run as a frame whose result is dropped.
                            pc += attributeCacheWords
                            frames.top.pointee.ip = pc - ins
                            let base = sp - 2
                            let value = base.move()
                            (base + 2).initialize(to: value)
                            unowned(unsafe) let fn = fnRef.takeUnretainedValue()
                            base.initialize(to: .function(fn))
                            sp += 1
                            if try pushFunctionFrame(fn, base, 2, [], kind: .discardResult) {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            } else {
                                dropValue(base)
                                sp = base
                            }
                            continue
                        }
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        guard case .str(let name) = code.consts[Int(i.arg)] else { throw badBytecode("attribute name") }
                        let obj = (sp - 1).pointee
                        try setAttr(obj, name, (sp - 2).pointee)
                        if case .instance(let inst) = obj { fillStoreCache(cache, inst, name) }
                        sp -= 2
                        dropValue(sp); dropValue(sp + 1)
                        pc += attributeCacheWords
                    case .deleteAttr:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        guard case .str(let name) = code.consts[Int(i.arg)] else { throw badBytecode("attribute name") }
                        try delAttr((sp - 1).pointee, name)
                        sp -= 1
                        dropValue(sp)
                    case .cache:
                        break
                    case .loadName:
                        guard case .str(let name) = code.consts[Int(i.b)] else { throw badBytecode("class namespace") }
                        let found = try classNamespaceGet(locals.pointee, name, ip: pc - ins, sp: sp)
                        if let v = found {
                            sp.initialize(to: v)
                        } else if frames.top.pointee.function?.namespace != nil {
                            // A class body in a module written in Python: its module's globals.
                            sp.initialize(to: try loadModuleGlobal(Int(i.arg)))
                        } else {
                            let slot = Int(i.arg)
                            var v = globals[slot]
                            if case .undefined = v {
                                v = program.builtinFallback[slot]
                                if case .undefined = v { throw nameNotDefined(slot) }
                            }
                            sp.initialize(to: v)
                        }
                        sp += 1
                    case .storeName:
                        if case .dict(let ns) = locals.pointee {
                            sp -= 1
                            try ns.set(code.consts[Int(i.arg)], sp.move())
                        } else {
                            // A __setitem__ written in Python runs above this frame's stack.
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            sp -= 1
                            let v = sp.move()
                            try storeSubscript(locals.pointee, code.consts[Int(i.arg)], v)
                        }
                    case .deleteName:
                        let removed: Bool
                        if case .dict(let ns) = locals.pointee {
                            removed = try ns.remove(code.consts[Int(i.arg)]) != nil
                        } else {
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            removed = try namespaceDelete(locals.pointee, code.consts[Int(i.arg)])
                        }
                        if !removed {
                            if frames.top.pointee.function?.namespace != nil {
                                throw PyError(.nameError, "name '\((try? str(code.consts[Int(i.arg)]).string) ?? "?")' is not defined")
                            }
                            throw nameNotDefined(Int(i.b))
                        }
                    case .loadClassDeref:
                        guard case .str(let name) = code.consts[Int(i.b)] else { throw badBytecode("class namespace") }
                        let found = try classNamespaceGet(locals.pointee, name, ip: pc - ins, sp: sp)
                        if let v = found {
                            sp.initialize(to: v)
                        } else {
                            let v = cells.unsafelyUnwrapped.cells[Int(i.arg)].value
                            if case .undefined = v { throw unboundDeref(code, Int(i.arg)) }
                            sp.initialize(to: v)
                        }
                        sp += 1
                    case .binary, .inplace:
                        // Small-int fast paths for the common operators (matched in place, no copies).
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee,
                           let r = smallIntResult(UInt8(truncatingIfNeeded: i.arg), x, y) {
                            // Both operands are inline ints: overwrite without releasing.
                            sp -= 1
                            (sp - 1).initialize(to: .int(r))
                            continue
                        }
                        if let r = floatFastResult(UInt8(truncatingIfNeeded: i.arg), sp - 2, sp - 1) {
                            // + - * / on floats (or a float and a small int): inline values.
                            sp -= 1
                            (sp - 1).initialize(to: .float(r))
                            continue
                        }
                        if UInt8(truncatingIfNeeded: i.arg) == BinOp.add.rawValue, appendStrToLocal(pc, locals, sp) {
                            // `s += t; s = ...` fused (StrAppendToLocal.swift): both popped, store done.
                            sp -= 2
                            pc += 1
                            continue
                        }
                        if UInt8(truncatingIfNeeded: i.arg) == BinOp.add.rawValue, let r = strConcatenation(sp - 2, sp - 1) {
                            sp -= 1
                            dropValue(sp)
                            dropValue(sp - 1)
                            (sp - 1).initialize(to: .str(r))
                            continue
                        }
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
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
                        if let t = strEquality(UInt8(truncatingIfNeeded: i.arg), sp - 2, sp - 1) {
                            sp -= 1
                            dropValue(sp)
                            dropValue(sp - 1)
                            (sp - 1).initialize(to: .bool(t))
                            continue
                        }
                        let op = CmpOp(rawValue: UInt8(truncatingIfNeeded: i.arg)) ?? .eq
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let result: Value
                        if i.arg <= 5, (sp - 2).pointee.hasUserType || (sp - 1).pointee.hasUserType {
                            result = try richCompare(op, (sp - 2).pointee, (sp - 1).pointee)
                        } else {
                            result = .bool(try compareOp(op, (sp - 2).pointee, (sp - 1).pointee))
                        }
                        sp -= 1
                        dropValue(sp)
                        (sp - 1).pointee = result
                    case .compareJumpIfFalse:
                        let taken: Bool
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee, i.a <= 7 {
                            taken = smallIntComparison(i.a, x, y)
                            sp -= 2             // inline ints: nothing to release
                        } else if let t = strEquality(i.a, sp - 2, sp - 1) {
                            taken = t
                            sp -= 2
                            dropValue(sp); dropValue(sp + 1)
                        } else if i.a <= 5, let t = floatComparison(i.a, sp - 2, sp - 1) {
                            taken = t
                            sp -= 2             // inline numbers: nothing to release
                        } else {
                            let op = CmpOp(rawValue: i.a) ?? .eq
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            taken = try compareOp(op, (sp - 2).pointee, (sp - 1).pointee)
                            sp -= 2
                            dropValue(sp); dropValue(sp + 1)
                        }
                        pc = taken ? pc + 1 : ins + Int(i.arg)
                    case .binarySmallInt:
                        let y = Int(i.arg)
                        if case .int(let x) = (sp - 1).pointee, let r = smallIntResult(i.a, x, y) {
                            (sp - 1).initialize(to: .int(r))
                            pc += 1
                            continue
                        }
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp -= 1
                        let av = sp.move()
                        let op = BinOp(rawValue: i.a) ?? .add
                        let r = i.b == 0 ? try binaryOp(op, av, .int(y)) : try inplaceOp(op, av, .int(y))
                        sp.initialize(to: r)
                        sp += 1
                        pc += 1
                    case .unaryNeg:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        (sp - 1).pointee = try unaryNegative((sp - 1).pointee)
                    case .unaryPos:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        (sp - 1).pointee = try unaryPositive((sp - 1).pointee)
                    case .unaryInvert:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        (sp - 1).pointee = try unaryInvert((sp - 1).pointee)
                    case .unaryNot:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
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
                            frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        r = try subscriptValue(obj, idx)
                        }
                        sp -= 1
                        dropValue(sp)
                        (sp - 1).pointee = r
                    case .storeSubscr:
                        // [value, obj, index]
                        let idx = (sp - 1).pointee
                        let obj = (sp - 2).pointee
                        let value = (sp - 3).pointee
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        try storeSubscript(obj, idx, value)
                        sp -= 3
                        releaseValuesOutlined(sp, 3)
                    case .deleteSubscr:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        try deleteSubscript((sp - 2).pointee, (sp - 1).pointee)
                        sp -= 2
                        dropValue(sp); dropValue(sp + 1)
                    case .buildSlice:
                        let n = Int(i.arg)
                        let step: Value = n == 3 ? (sp - 1).pointee : .none
                        let slice = PySlice(start: (sp - n).pointee, stop: (sp - n + 1).pointee, step: step)
                        sp -= n
                        releaseValuesOutlined(sp, n)
                        sp.initialize(to: .object(slice))
                        sp += 1
                    case .buildList:
                        let n = Int(i.arg)
                        sp -= n
                        sp.initialize(to: .list(PyList(movedToArray(sp, n))))
                        sp += 1
                    case .buildTuple:
                        let n = Int(i.arg)
                        sp -= n
                        // The items move from the stack into the tuple: no retain and release each.
                        let t = n == 0 ? PyTuple.empty : PyTuple(movedToArray(sp, n))
                        sp.initialize(to: .tuple(t))
                        sp += 1
                    case .buildSet:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let n = Int(i.arg)
                        let s = PySet()
                        for k in 0..<n { try s.add((sp - n + k).pointee) }
                        sp -= n
                        releaseValuesOutlined(sp, n)
                        sp.initialize(to: .set(s))
                        sp += 1
                    case .buildMap:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let n = Int(i.arg)
                        let d = PyDict()
                        var k = 0
                        while k < n {
                            try d.set((sp - 2 * n + 2 * k).pointee, (sp - 2 * n + 2 * k + 1).pointee)
                            k += 1
                        }
                        sp -= 2 * n
                        releaseValuesOutlined(sp, 2 * n)
                        sp.initialize(to: .dict(d))
                        sp += 1
                    case .buildString:
                        let n = Int(i.arg)
                        let joined = buildString(UnsafeBufferPointer(start: sp - n, count: n))
                        sp -= n
                        releaseValuesOutlined(sp, n)
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
                            // An empty spec still goes through a class's own __format__.
                            (sp - 1).pointee = .str(try formatValue(self, v, spec: PyStr.empty))
                        }
                    case .listAppend:
                        sp -= 1
                        let v = sp.move()
                        if case .list(let l) = (sp - Int(i.arg)).pointee { l.items.append(v) }
                    case .setAdd:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp -= 1
                        let v = sp.move()
                        if case .set(let s) = (sp - Int(i.arg)).pointee { try s.add(v) }
                    case .mapAdd:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
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
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        sp -= 1
                        let v = sp.move()
                        if case .dict(let d) = (sp - Int(i.arg)).pointee {
                            let items: [(key: Value, value: Value)]
                            if case .dict(let src) = v.payloadOrSelf {
                                items = src.items
                            } else if i.op == .dictMerge, let viaKeys = try mergeItemsViaKeys(v, into: d, callee: (sp - 3).pointee) {
                                items = viaKeys
                            } else if i.op == .dictUpdate, let viaKeys = try mappingItemsViaKeys(v) {
                                items = viaKeys
                            } else {
                                if i.op == .dictMerge {
                                    throw doubleStarArgumentNotMapping((sp - 3).pointee, v)
                                }
                                throw notAMapping(v)
                            }
                            for (k, x) in items {
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
                        if case .tuple(let t) = v, t.items.count == n {
                            // The common case: the tuple's items, no array of their own.
                            var k = n - 1
                            while k >= 0 {
                                sp.initialize(to: t.items[k])
                                sp += 1
                                k -= 1
                            }
                            continue
                        }
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
                        let items: [Value]
                        do throws(PyError) {
                            items = try iterableToArray(v, forUnpack: false)
                        } catch {
                            // `a, *b = 5`: CPython's unpacking message, not the display one.
                            if error.exc.type === PyType.typeError, !v.hasUserType || userSpecial(v, .iter) == nil,
                               (try? getIterator(v)) == nil {
                                throw typeError("cannot unpack non-iterable \(typeName(v)) object")
                            }
                            throw error
                        }
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
                    case .jumpBack:
                        // A loop's back-edge: charge the loop's length (see RunLimits.swift).
                        ticksLeft &-= Int(i.b)
                        if ticksLeft < 0 {
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            try limitsReached()
                        }
                        pc = ins + Int(i.arg)
                    case .popJumpIfFalse:
                        sp -= 1
                        let v = sp.move()
                        switch v {
                        case .bool(let b): if !b { pc = ins + Int(i.arg) }
                        default:
                            frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        if !(try truthy(v)) { pc = ins + Int(i.arg) }
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        let v = sp.move()
                        switch v {
                        case .bool(let b): if b { pc = ins + Int(i.arg) }
                        default:
                            frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        if try truthy(v) { pc = ins + Int(i.arg) }
                        }
                    case .jumpIfFalseOrPop:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        if !(try truthy((sp - 1).pointee)) { pc = ins + Int(i.arg) } else {
                            sp -= 1
                            dropValue(sp)
                        }
                    case .jumpIfTrueOrPop:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        if try truthy((sp - 1).pointee) { pc = ins + Int(i.arg) } else {
                            sp -= 1
                            dropValue(sp)
                        }
                    case .getIter:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = .object(try getIterator(v))
                    case .forIter:
                        guard case .object = (sp - 1).pointee else { throw notAnIterator() }
                        // The stack slot keeps the iterator alive: borrowed, with exact-class checks
                        // and unchecked downcasts, so an item costs no retain, release or cast call.
                        unowned(unsafe) let o = Unmanaged<PyObject>.fromOpaque(UnsafeRawPointer(bitPattern:
                            UnsafeRawPointer(sp - 1).load(as: UInt.self)).unsafelyUnwrapped).takeUnretainedValue()
                        let oClass = ObjectIdentifier(type(of: o))
                        if oClass == ObjectIdentifier(RangeIterator.self) {
                            unowned(unsafe) let r = unsafeDowncast(o, to: RangeIterator.self)
                            if r.remaining > 0 {
                                let v = r.next
                                r.remaining &-= 1
                                r.next = v &+ r.step
                                sp.initialize(to: .int(v))
                                sp += 1
                                continue
                            }
                        } else if oClass == ObjectIdentifier(ListIterator.self) {
                            unowned(unsafe) let li = unsafeDowncast(o, to: ListIterator.self)
                            if li.index < li.list.items.count {
                                sp.initialize(to: li.list.items[li.index])
                                li.index += 1
                                sp += 1
                                continue
                            }
                            li.index = Int.max / 2
                        } else if oClass == ObjectIdentifier(StrIterator.self) {
                            unowned(unsafe) let si = unsafeDowncast(o, to: StrIterator.self)
                            if let c = si.nextCharacter() {
                                sp.initialize(to: .str(c))
                                sp += 1
                                continue
                            }
                        } else if oClass == ObjectIdentifier(PyGenerator.self),
                                  unsafeDowncast(o, to: PyGenerator.self).state == .suspended
                                    || unsafeDowncast(o, to: PyGenerator.self).state == .created {
                            let g = unsafeDowncast(o, to: PyGenerator.self)
                            // Resume the generator in this loop: its frame goes above the iterator.
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            try pushGeneratorFrame(g, above: sp, sent: .none, kind: .generatorInline, resultSlot: sp)
                            let f = frames.top
                            code = f.pointee.code
                            ins = code.ins
                            pc = ins + f.pointee.ip
                            locals = f.pointee.locals
                            sp = f.pointee.sp
                            cells = f.pointee.cells
                            continue
                        } else {
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            // Only iterators reach forIter (getIter made them): a flag check and an
                            // unchecked downcast instead of a dynamic cast per item.
                            guard o.isIterator else { throw notAnIterator() }
                            unowned(unsafe) let it = unsafeDowncast(o, to: PyIterator.self)
                            var exhausted = false
                            let nextIns = PackedInstruction(pc)
                            if nextIns.op == .unpackSequence && nextIns.arg == 2 {
                                switch try nextPair(it, into: sp) {
                                case .pair:
                                    sp += 2
                                    pc += 1
                                    continue
                                case .done: exhausted = true
                                case .notApplicable: break
                                }
                            }
                            if !exhausted, let v = try it.next(self) {
                                sp.initialize(to: v)
                                sp += 1
                                continue
                            }
                        }
                        sp -= 1
                        dropValue(sp)
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
                            if c.isSimple && argc < c.argCount {
                                // Trailing parameters from the defaults (FrameBinding.swift).
                                let calleePtr = sp - argc - 1
                                frames.top.pointee.ip = pc - ins
                                if try pushDefaultsFrame(fn, calleePtr, argc) {
                                    let f = frames.top
                                    code = f.pointee.code
                                    ins = code.ins
                                    pc = ins
                                    locals = f.pointee.locals
                                    sp = f.pointee.sp
                                    cells = f.pointee.cells
                                    currentChunk = f.pointee.chunk
                                    continue
                                }
                            }
                        }
                        if i.op == .call, let bRef = (sp - Int(i.arg) - 1).pointee.unretainedBuiltin {
                            // A builtin or Swift-module function with positional arguments only:
                            // called straight on the stack (no keyword array, no dispatch on the
                            // callee's kind). The callee slot keeps it alive: no retain here.
                            unowned(unsafe) let b = bRef.takeUnretainedValue()
                            let argc = Int(i.arg)
                            let calleePtr = sp - argc - 1
                            // len() and isinstance() on the common cases, without the generic call.
                            if let r = quickBuiltin(b.id, calleePtr + 1, argc) {
                                releaseValues(calleePtr, argc + 1)
                                calleePtr.initialize(to: r)
                                sp = calleePtr + 1
                                continue
                            }
                            frames.top.pointee.ip = pc - ins
                            frames.top.pointee.sp = sp
                            let args = Args(UnsafeBufferPointer(start: calleePtr + 1, count: argc), positionalCount: argc)
                            let r: Value
                            if let f = b.native { r = try f(self, args) } else { r = try callBuiltin(b.id, args) }
                            releaseValuesOutlined(calleePtr, argc + 1)
                            calleePtr.initialize(to: r)
                            sp = calleePtr + 1
                            continue
                        }
                        var argc = Int(i.arg)
                        var kwNames: PyTuple? = nil
                        if i.op == .callKw {
                            sp -= 1
                            if case .tuple(let t) = sp.move() { kwNames = t }
                        }
                        let calleePtr = sp - argc - 1
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        argc -= kwNames?.items.count ?? 0
                        let pushed: Bool
                        if let t = kwNames { pushed = try callKwAt(calleePtr, argc, t) } else { pushed = try callAt(calleePtr, argc, []) }
                        if pushed {
                            do {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            }
                        } else {
                            sp = calleePtr + 1
                        }
                    case .callEx:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        var kwargs: PyDict? = nil
                        if i.arg & 1 != 0 {
                            sp -= 1
                            let kv = sp.move()
                            if case .dict(let d) = kv { kwargs = d } else if i.arg & 4 != 0 {
                                kwargs = try doubleStarArgument(kv, callee: (sp - 2).pointee)
                            }
                        }
                        sp -= 1
                        let posValue = sp.move()
                        var positional: [Value] = []
                        if case .tuple(let t) = posValue { positional = t.items } else if i.arg & 2 != 0 {
                            positional = try starArguments(posValue, callee: (sp - 1).pointee)
                        }
                        sp -= 1
                        let callee = sp.move()
                        var kwNames: [PyStr] = []
                        if let d = kwargs {
                            // Sized once: no regrowth per keyword.
                            positional.reserveCapacity(positional.count + d.count)
                            kwNames.reserveCapacity(d.count)
                            for (k, v) in d.items {
                                guard case .str(let s) = k else { throw keywordsMustBeStrings() }
                                kwNames.append(s)
                                positional.append(v)
                            }
                        }
                        frames.top.pointee.sp = sp
                        let argc = positional.count - kwNames.count
                        // Python code runs as a frame of this loop, as for a plain call.
                        if try pushCallExFrame(callee, positional, positionalCount: argc, kwNames: kwNames, slot: sp) {
                            let f = frames.top
                            code = f.pointee.code
                            ins = code.ins
                            pc = ins + f.pointee.ip
                            locals = f.pointee.locals
                            sp = f.pointee.sp
                            cells = f.pointee.cells
                            currentChunk = f.pointee.chunk
                            continue
                        }
                        let r = try call(callee, positional, positionalCount: argc, kwNames: kwNames)
                        sp.initialize(to: r)
                        sp += 1
                    case .callMethod:
                        let cache = AttributeCache(pc)
                        pc += attributeCacheWords
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let argc = Int(i.arg & 0xFF)
                        let nkw = Int(i.a)
                        let recvPtr = sp - argc - nkw - (nkw > 0 ? 1 : 0) - 1
                        if cache.kind == AttributeCache.Kind.method.rawValue, case .instance = recvPtr.pointee,
                           methodCacheHits(recvPtr, cache), let fnRef = cache.unretainedFunction {
                            // [recv][args] -> [function][recv][args]: a plain call with self first
                            // (values moved as raw words: nothing is retained or released).
                            var names: PyTuple? = nil
                            if nkw > 0 {
                                sp -= 1
                                if case .tuple(let t) = sp.move() { names = t }
                            }
                            var k = argc + nkw
                            while k >= 0 {
                                copyValueBits(recvPtr + k + 1, recvPtr + k)
                                k -= 1
                            }
                            unowned(unsafe) let fn = fnRef.takeUnretainedValue()
                            recvPtr.initialize(to: .function(fn))
                            sp += 1
                            let pushed: Bool
                            if let t = names {
                                pushed = try pushFunctionFrameKw(fn, recvPtr, argc + 1, t, kind: .normal)
                            } else {
                                pushed = try pushFunctionFrame(fn, recvPtr, argc + 1, [], kind: .normal)
                            }
                            if pushed {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            } else {
                                sp = recvPtr + 1
                            }
                            continue
                        }
                        if i.b != 0, recvPtr.pointee.isBuiltinAttributeReceiver {
                            let method = MethodName.tableBase[Int(i.b) - 1]
                            if nkw == 0, try callMethodInline(method, argc, sp) {
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
                            frames.top.pointee.sp = sp
                            let args = Args(UnsafeBufferPointer(start: recvPtr + 1, count: total), positionalCount: argc,
                                            kwNames: kwNames)
                            let r = try callMethod(recvPtr.pointee, method, args)
                            releaseValuesOutlined(recvPtr, total + 1)
                            recvPtr.initialize(to: r)
                            sp = recvPtr + 1
                            continue
                        }
                        var kwNames: [PyStr] = []
                        if nkw > 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                for case .str(let s) in t.items { kwNames.append(s) }
                            }
                        }
                        guard case .str(let name) = code.consts[Int(i.arg >> 8)] else { throw badBytecode("method name") }
                        let receiver = recvPtr.pointee
                        if case .object(let o) = receiver, o.pyType === PyType.module,
                           case .builtin(let b) = try moduleGetAttr(unsafeDowncast(o, to: PyModule.self), name),
                           let native = b.native {
                            // math.sqrt(x): the Swift function reads its arguments on the stack.
                            let total = argc + kwNames.count
                            let r = try native(self, Args(UnsafeBufferPointer(start: recvPtr + 1, count: total),
                                                          positionalCount: argc, kwNames: kwNames))
                            releaseValuesOutlined(recvPtr, total + 1)
                            recvPtr.initialize(to: r)
                            sp = recvPtr + 1
                            continue
                        }
                        if case .object(let o) = receiver, let sup = o as? PySuper, let fn = superPlainMethod(sup, name) {
                            // super().m(args): [super][args] -> [m][self][args], no bound method.
                            let total = argc + kwNames.count
                            var k = total
                            while k >= 1 {
                                (recvPtr + k + 1).initialize(to: (recvPtr + k).move())
                                k -= 1
                            }
                            (recvPtr + 1).initialize(to: sup.object)
                            recvPtr.pointee = .function(fn)
                            sp += 1
                            frames.top.pointee.sp = sp
                            if try pushFunctionFrame(fn, recvPtr, argc + 1, kwNames, kind: .normal) {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            } else {
                                sp = recvPtr + 1
                            }
                            continue
                        }
                        let attr = try getAttr(receiver, name)
                        if case .instance(let inst) = receiver { fillLoadCache(cache, inst, name) }
                        recvPtr.pointee = attr
                        frames.top.pointee.sp = sp
                        if try callAt(recvPtr, argc, kwNames) {
                            let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                        } else {
                            sp = recvPtr + 1
                        }
                    case .callSuperMethod:
                        frames.top.pointee.ip = pc - ins
                        let argc = Int(i.arg & 0xFF)
                        let nkw = Int(i.a)
                        var kwNames: [PyStr] = []
                        if nkw > 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                for case .str(let s) in t.items { kwNames.append(s) }
                            }
                        }
                        frames.top.pointee.sp = sp
                        let total = argc + nkw
                        let base = sp - total - 3                    // [super][cls][self][args]
                        guard case .str(let name) = code.consts[Int(i.arg >> 8)] else { throw badBytecode("method name") }
                        if let fn = superMethodFastPath(base, name) {
                            // [super][cls][self][args] -> [m][self][args]
                            dropValue(base)
                            dropValue(base + 1)
                            var k = 0
                            while k <= total {
                                copyValueBits(base + 1 + k, base + 2 + k)
                                k += 1
                            }
                            base.initialize(to: .function(fn))
                            sp -= 1
                            if try pushFunctionFrame(fn, base, argc + 1, kwNames, kind: .normal) {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            } else {
                                sp = base + 1
                            }
                            continue
                        }
                        // General path: make the super object, look the name up, call it.
                        let sup = try call(base.pointee, [(base + 1).pointee, (base + 2).pointee])
                        let attr = try getAttr(sup, name)
                        dropValue(base)
                        dropValue(base + 1)
                        dropValue(base + 2)
                        base.initialize(to: attr)
                        var k = 0
                        while k < total {
                            copyValueBits(base + 1 + k, base + 3 + k)
                            k += 1
                        }
                        sp = base + 1 + total
                        frames.top.pointee.sp = sp
                        if try callAt(base, argc, kwNames) {
                            let f = frames.top
                            code = f.pointee.code
                            ins = code.ins
                            pc = ins + f.pointee.ip
                            locals = f.pointee.locals
                            sp = f.pointee.sp
                            cells = f.pointee.cells
                            currentChunk = f.pointee.chunk
                        } else {
                            sp = base + 1
                        }
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
                                if !cellItems.isEmpty { closure = CellList.forFrame(cellItems) }
                            }
                        }
                        var annotations: PyDict? = nil
                        if flags & 4 != 0 {
                            sp -= 1
                            if case .dict(let d) = sp.move() { annotations = d }
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
                        fn.annotations = annotations
                        if let outer = frames.top.pointee.function, let ns = outer.namespace { fn.namespace = ns }
                        sp.initialize(to: .function(fn))
                        sp += 1
                    case .returnValue:
                        sp -= 1
                        let finished = frames.removeLast()
                        if finished.ownsCells { ownedCells.removeLast() }
                        if finished.kind != .normal {
                            let result = sp.move()
                            releaseValues(locals, sp - locals)
                            switch finished.kind {
                            case .generatorFromSwift:
                                finished.generator?.state = .finished
                                lastExitYielded = false
                                if frames.count < entryCount { return result }
                            case .generatorInline, .generatorYieldFrom:
                                finished.generator?.state = .finished
                            case .initializer, .discardResult:
                                if let slot = finished.resultSlot { dropValue(slot) }
                            case .normal:
                                break
                            }
                            let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            if finished.kind == .generatorInline {
                                // The caller's for loop ends: drop the generator, jump to the loop's exit.
                                sp -= 1
                                dropValue(sp)
                                pc = ins + Int(PackedInstruction(pc - 1).arg)
                            } else if finished.kind == .initializer {
                                sp -= 1
                                if !result.isNone { throw typeError("__init__() should return None, not '\(typeName(result))'") }
                            } else if finished.kind == .discardResult {
                                sp -= 1
                            } else if finished.kind == .generatorYieldFrom {
                                // The subgenerator's return value is the value of `yield from`.
                                (sp - 1).pointee = result
                            }
                            continue
                        }
                        if frames.count < entryCount {
                            let result = sp.move()
                            releaseValues(locals, sp - locals)
                            if let slot = finished.resultSlot { dropValue(slot) }
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
                            dropValue(sp)
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
                        // A generator the returning frame dropped may need its finally run now
                        // (the caller's ip and stack top are saved in its frame).
                        if pendingCloseCount != 0 { runPendingCloses() }
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
                                exc.cause = try makeCause(causeValue)
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
                    case .yieldValue, .yieldFrom:
                        var v: Value
                        var resumeAt = pc - ins
                        if i.op == .yieldValue {
                            sp -= 1
                            v = sp.move()
                        } else {
                            frames.top.pointee.ip = pc - ins
                            sp -= 1
                            let sent = sp.move()
                            frames.top.pointee.sp = sp
                            if case .object(let o) = (sp - 1).pointee, let sg = o as? PyGenerator,
                               sg.state == .suspended || (sg.state == .created && sent.isNone) {
                                // Resume the subgenerator in this loop, above the delegating frame:
                                // its yields pass through the delegator (see below), its return
                                // value replaces it on the delegator's stack.
                                try pushGeneratorFrame(sg, above: sp, sent: sent, kind: .generatorYieldFrom, resultSlot: nil)
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                continue
                            }
                            let (r, yielded) = try yieldFromStep((sp - 1).pointee, sent)
                            if !yielded {
                                (sp - 1).pointee = r
                                continue
                            }
                            v = r
                            resumeAt -= 1       // resuming sends the next value into the subiterator
                        }
                        var f = frames.top.pointee
                        guard let g = f.generator else { throw badBytecode("yield outside a generator frame") }
                        g.save(from: locals, count: sp - locals, ip: resumeAt)
                        g.state = .suspended
                        frames.removeLast()
                        while f.kind == .generatorYieldFrom {
                            // A subgenerator run by `yield from`: the delegating generator yields the
                            // value on, suspended at its yieldFrom (resuming resumes the subgenerator).
                            let d = frames.top.pointee
                            guard let dg = d.generator else { throw badBytecode("yield from outside a generator frame") }
                            dg.save(from: d.locals, count: d.sp - d.locals, ip: d.ip - 1)
                            dg.state = .suspended
                            frames.removeLast()
                            f = d
                        }
                        if f.kind == .generatorFromSwift {
                            lastExitYielded = true
                            return v
                        }
                        do {
                            let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                        }
                        sp.initialize(to: v)
                        sp += 1
                        _ = consume v
                    case .getYieldFromIter:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let v = (sp - 1).pointee
                        if case .object(let o) = v, o is PyGenerator { break }
                        (sp - 1).pointee = .object(try getIterator(v))
                    case .beforeWith:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let manager = (sp - 1).pointee
                        guard let enter = userSpecial(manager, .enter) else {
                            throw typeError("'\(typeName(manager))' object does not support the context manager protocol")
                        }
                        guard let exit = userSpecial(manager, .exit) else {
                            throw typeError("'\(typeName(manager))' object does not support the context manager protocol (missed __exit__ method)")
                        }
                        (sp - 1).pointee = try descriptorGet(exit, manager, typeOf(manager), Special.names[Special.exit.rawValue])
                        if let fn = isPlainFunction(enter, argc: 1) {
                            // [exit] -> [exit][__enter__][manager]: __enter__ runs as a frame and its
                            // result lands in its own slot.
                            sp.initialize(to: .function(fn))
                            (sp + 1).initialize(to: manager)
                            let calleePtr = sp
                            sp += 2
                            if try pushFunctionFrame(fn, calleePtr, 1, [], kind: .normal) {
                                let f = frames.top
                                code = f.pointee.code
                                ins = code.ins
                                pc = ins + f.pointee.ip
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                cells = f.pointee.cells
                                currentChunk = f.pointee.chunk
                            } else {
                                sp = calleePtr + 1
                            }
                            continue
                        }
                        let entered = try callSpecial(enter, manager, [])
                        sp.initialize(to: entered)
                        sp += 1
                    case .withExit:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        if case .object(let o) = (sp - 1).pointee, let m = o as? PyMethod {
                            if let fn = isPlainFunction(m.function, argc: 4) {
                                // [exit] -> [__exit__][self][None][None][None], run as a frame whose
                                // result is dropped.
                                let calleePtr = sp - 1
                                let receiver = m.receiver
                                calleePtr.pointee = .function(fn)
                                (calleePtr + 1).initialize(to: receiver)
                                (calleePtr + 2).initialize(repeating: .none, count: 3)
                                sp = calleePtr + 5
                                if try pushFunctionFrame(fn, calleePtr, 4, [], kind: .discardResult) {
                                    let f = frames.top
                                    code = f.pointee.code
                                    ins = code.ins
                                    pc = ins + f.pointee.ip
                                    locals = f.pointee.locals
                                    sp = f.pointee.sp
                                    cells = f.pointee.cells
                                    currentChunk = f.pointee.chunk
                                } else {
                                    dropValue(calleePtr)
                                    sp = calleePtr
                                }
                                continue
                            }
                        }
                        _ = try call((sp - 1).pointee, [.none, .none, .none])
                        sp -= 1
                        dropValue(sp)
                    case .withExceptStart:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let exc = (sp - 1).pointee
                        let r = try call((sp - 3).pointee, [.type(typeOf(exc)), exc, .object(PyTracebackObject())])
                        let suppress = try truthy(r)
                        sp.initialize(to: .bool(suppress))
                        sp += 1
                    case .rotN:
                        // [a, b, ..., top] -> [top, a, b, ...] over the top arg items
                        let n = Int(i.arg)
                        let top = (sp - 1).move()
                        (sp - n + 1).moveInitialize(from: sp - n, count: n - 1)
                        (sp - n).initialize(to: top)
                    case .matchSequence:
                        sp.initialize(to: .bool(isPatternSequence((sp - 1).pointee)))
                        sp += 1
                    case .matchMapping:
                        sp.initialize(to: .bool(isPatternMapping((sp - 1).pointee)))
                        sp += 1
                    case .getLen:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let n = try length((sp - 1).pointee)
                        sp.initialize(to: .int(n))
                        sp += 1
                    case .matchKeys:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let values = try matchKeys((sp - 2).pointee, (sp - 1).pointee)
                        sp.initialize(to: values)
                        sp += 1
                    case .copyDictWithoutKeys:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let rest = try copyDictWithoutKeys((sp - 2).pointee, (sp - 1).pointee)
                        sp -= 1
                        dropValue(sp)
                        (sp - 1).pointee = rest
                    case .matchClass:
                        frames.top.pointee.ip = pc - ins
                        frames.top.pointee.sp = sp
                        let attrs = try matchClass((sp - 3).pointee, (sp - 2).pointee, (sp - 1).pointee,
                                                   positional: Int(i.arg))
                        sp -= 2
                        dropValue(sp); dropValue(sp + 1)
                        (sp - 1).pointee = attrs
                    case .buildClass:
                        frames.top.pointee.ip = pc - ins
                        var kwNames: [PyStr] = []
                        if i.a > 0 {
                            sp -= 1
                            if case .tuple(let t) = sp.move() {
                                for case .str(let s) in t.items { kwNames.append(s) }
                            }
                        }
                        frames.top.pointee.sp = sp
                        let nb = Int(i.arg)
                        let total = 2 + nb + kwNames.count
                        let base = sp - total
                        guard case .str(let name) = base[1] else { throw badBytecode("class name") }
                        let bases = Array(UnsafeBufferPointer(start: base + 2, count: nb))
                        var keywords: [(PyStr, Value)] = []
                        for (k, n) in kwNames.enumerated() { keywords.append((n, base[2 + nb + k])) }
                        let cls = try buildClass(body: base[0], name: name, bases: bases, keywords: keywords)
                        releaseValuesOutlined(base, total)
                        base.initialize(to: cls)
                        sp = base + 1
                    }
                }
            } catch {
                // Unwind: find a handler in this frame or pop frames until one is found.
                guard let pyError = error as? PyError else { throw badBytecode("unexpected error type") }
                var exc = pyError.exc
                var addEntry = !reraising
                reraising = false
                if let h = handling, h !== exc, exc.context == nil, !createsCycle(exc, h) { exc.context = h }
                while true {
                    let at = (pc - ins) - 1
                    if addEntry && !code.isLibraryCode {
                        let k = max(0, min(at, code.lines.count - 1))
                        exc.traceback.append(TracebackEntry(function: code.name, line: code.lines[k],
                                                            position: k < code.positions.count ? code.positions[k] : 0,
                                                            fileName: code.fileName))
                    }
                    addEntry = true
                    if !exc.isLimit, let entry = findHandler(code, at) {
                        let target = locals + code.localCount + Int(entry.depth)
                        if sp > target {
                            releaseValuesOutlined(target, sp - target)
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
                    if let g = finished.generator {
                        g.state = .finished
                        if exc.type.isSubtype(of: .stopIteration) {
                            // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                            let converted = PyException(.runtimeError, "generator raised StopIteration")
                            converted.cause = exc
                            converted.context = exc
                            converted.suppressContext = true
                            exc = converted
                        }
                    }
                    if frames.count < entryCount {
                        if let slot = finished.resultSlot { dropValue(slot) }
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
            releaseValuesOutlined(sp - argc, argc)
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

    /// An inline number as a Double when the conversion is exact (floats; ints below 2**53).
    @inline(__always)
    private func exactDouble(_ v: UnsafeMutablePointer<Value>) -> Double? {
        switch v.pointee {
        case .float(let d): return d
        case .int(let i): return i.magnitude < (1 << 53) ? Double(i) : nil
        default: return nil
        }
    }

    /// `x op y` for + - * / when one operand is a float and the other a float or a small int
    /// (or / on two small ints): what CPython computes, with no call. nil: the general path.
    @inline(never)
    private func floatFastResult(_ op: UInt8, _ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) -> Double? {
        guard op <= BinOp.truediv.rawValue, let x = exactDouble(a), let y = exactDouble(b) else { return nil }
        if case .int = a.pointee, case .int = b.pointee, op != BinOp.truediv.rawValue { return nil }
        switch op {
        case BinOp.add.rawValue: return x + y
        case BinOp.sub.rawValue: return x - y
        case BinOp.mul.rawValue: return x * y
        default: return y == 0 ? nil : x / y
        }
    }

    /// `x == y` / `x != y` (op 0 or 1) on two strs, byte-wise; nil for other operators or
    /// values (.str is always an exact str: subclass instances are .instance).
    @inline(__always)
    private func strEquality(_ op: UInt8, _ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) -> Bool? {
        guard op <= 1, case .str(let x) = a.pointee, case .str(let y) = b.pointee else { return nil }
        return x.equalsInLine(y) != (op == 1)
    }

    /// `x + y` / `x += y` on two strs: the concatenation (an empty side gives the other str);
    /// nil for other values, or a result over the length limit (the general path raises).
    @inline(__always)
    private func strConcatenation(_ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) -> PyStr? {
        guard case .str(let x) = a.pointee, case .str(let y) = b.pointee else { return nil }
        if x.byteCount == 0 { return y }
        if y.byteCount == 0 { return x }
        let (total, overflow) = x.count.addingReportingOverflow(y.count)
        if overflow || total > Limits.maxSequenceLength { return nil }
        return PyStr.concatenation(x, y)
    }

    /// `< <= > >= == !=` between inline numbers that convert exactly (at least one float).
    @inline(never)
    private func floatComparison(_ op: UInt8, _ a: UnsafeMutablePointer<Value>, _ b: UnsafeMutablePointer<Value>) -> Bool? {
        guard let x = exactDouble(a), let y = exactDouble(b) else { return nil }
        switch op {
        case 0: return x == y
        case 1: return x != y
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
            return smallIntBitResult(op, x, y)
        }
    }

    /// `& | ^ << >>` on small ints (outlined: the arithmetic above stays inline in the loop).
    @inline(never)
    private func smallIntBitResult(_ op: UInt8, _ x: Int, _ y: Int) -> Int? {
        switch op {
        case BinOp.bitand.rawValue: return x & y
        case BinOp.bitor.rawValue: return x | y
        case BinOp.bitxor.rawValue: return x ^ y
        case BinOp.rshift.rawValue:
            if y < 0 { return nil }
            return y >= Int.bitWidth ? (x < 0 ? -1 : 0) : x >> y
        case BinOp.lshift.rawValue:
            if y < 0 || y >= Int.bitWidth - 1 { return nil }
            let r = x << y
            return r >> y == x ? r : nil
        default:
            return nil
        }
    }

    /// Copies a Value's 16 bytes: a copy of a bool/int/float, or a move of any value (the
    /// source then counts as uninitialized). copyMemory and the generic initialize/move are
    /// outlined calls in this function; two 8-byte loads and stores are not.
    @inline(__always)
    private func copyValueBits(_ dst: UnsafeMutablePointer<Value>, _ src: UnsafePointer<Value>) {
        let s = UnsafeRawPointer(src), d = UnsafeMutableRawPointer(dst)
        d.storeBytes(of: s.load(as: UInt64.self), as: UInt64.self)
        d.storeBytes(of: s.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
    }

    /// f(**m) with an object that has keys(): duplicates are found before a value is read,
    /// non-str keys after (as CPython orders it). Kept out of execute(): a closure there that
    /// captured the loop's registers would put them in a heap box for every run.
    @inline(never)
    private func doubleStarArgument(_ v: Value, callee: Value) throws(PyError) -> PyDict {
        // f(**x) compiled without a dict of the call's own (callEx bit 2) and x not an exact
        // dict: the dict dictMerge would have made, with its errors.
        let d = PyDict()
        let items: [(key: Value, value: Value)]
        if case .dict(let src) = v.payloadOrSelf {
            items = src.items
        } else if let viaKeys = try mergeItemsViaKeys(v, into: d, callee: callee) {
            items = viaKeys
        } else {
            throw doubleStarArgumentNotMapping(callee, v)
        }
        for (k, x) in items {
            guard case .str(let ks) = k else { throw keywordsMustBeStrings() }
            if try d.contains(k) { throw duplicateKeywordArgument(callee, ks) }
            try d.set(k, x)
        }
        return d
    }

    @inline(never)
    private func mergeItemsViaKeys(_ v: Value, into d: PyDict, callee: Value) throws(PyError) -> [(key: Value, value: Value)]? {
        try mappingItemsViaKeys(v, check: { (k) throws(PyError) in
            if case .str(let ks) = k, try d.contains(k) { throw self.duplicateKeywordArgument(callee, ks) }
        })
    }

    /// super().name with `super` the builtin, `__class__` a class and self an instance of it:
    /// the plain function found after __class__ in self's MRO (nil: take the general path).
    private func superMethodFastPath(_ base: UnsafeMutablePointer<Value>, _ name: PyStr) -> PyFunction? {
        guard case .type(let s) = base.pointee, s === PyType.superType,
              case .type(let start) = (base + 1).pointee, case .instance(let inst) = (base + 2).pointee else { return nil }
        let t = inst.type
        guard t.isSubtype(of: start) else { return nil }
        var k = 0
        while k < t.mroCount, t.mroEntry(k) !== start { k += 1 }
        k += 1
        while k < t.mroCount {
            guard let d = t.mroEntry(k).dict else { return nil }
            if let v = d.getStr(name) {
                if case .function(let f) = v { return f }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Whether a method-call cache entry applies to the instance in `recv` (read through the
    /// stack's reference, without retaining it).
    @inline(__always)
    private func methodCacheHits(_ recv: UnsafeMutablePointer<Value>, _ cache: AttributeCache) -> Bool {
        let bits = UnsafeRawPointer(recv).load(as: UInt.self)
        unowned(unsafe) let inst = Unmanaged<PyInstance>.fromOpaque(
            UnsafeRawPointer(bitPattern: bits).unsafelyUnwrapped).takeUnretainedValue()
        return cache.tag == inst.type.versionTag && inst.dict == nil
    }

    /// Retains the object a heap-reference value holds (every heap case's payload is one
    /// native Swift object reference in the value's first word), non-atomically (NonatomicRC.swift).
    @inline(__always)
    private func retainPayload(_ p: UnsafePointer<Value>) {
        let bits = UnsafeRawPointer(p).load(as: UInt.self)
        _ = pyrustNonatomicRetain(UnsafeMutableRawPointer(bitPattern: bits).unsafelyUnwrapped)
    }

    /// Releases the object whose address a heap-reference value held.
    @inline(__always)
    private func releaseObject(_ bits: UInt) {
        pyrustNonatomicRelease(UnsafeMutableRawPointer(bitPattern: bits).unsafelyUnwrapped)
    }

    /// Drops one value (leaving the memory uninitialized), calling into the runtime only for a
    /// heap reference: deinitialize(count:) goes through the generic swift_arrayDestroy.
    @inline(__always)
    func dropValue(_ p: UnsafeMutablePointer<Value>) {
        // Every heap case holds one native Swift object in the first word: one release,
        // instead of the enum's outlined destroy (a switch over the cases).
        if p.pointee.isHeapReference { releaseObject(UnsafeRawPointer(p).load(as: UInt.self)) }
    }

    /// The `n` values at `p` moved into a new array (the stack slots are left uninitialized).
    @inline(never)
    func movedToArray(_ p: UnsafeMutablePointer<Value>, _ n: Int) -> [Value] {
        // reserveCapacity + append stay specialized (see ArrayFill.swift: the count-taking
        // initializers look the storage metadata up on every call).
        var out: [Value] = []
        out.reserveCapacity(n)
        var k = 0
        while k < n {
            out.append((p + k).move())
            k &+= 1
        }
        return out
    }

    /// releaseValues for the less hot places: keeps the dispatch loop's code smaller.
    @inline(never)
    func releaseValuesOutlined(_ p: UnsafeMutablePointer<Value>, _ count: Int) {
        releaseValues(p, count)
    }

    /// Drops `count` values from `p` on, calling into the runtime only for heap references.
    @inline(__always)
    func releaseValues(_ p: UnsafeMutablePointer<Value>, _ count: Int) {
        var k = 0
        while k < count {
            dropValue(p + k)
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
