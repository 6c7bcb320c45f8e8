// `match` statements: each case's pattern compiles to straight-line tests on the operand
// stack. A pattern consumes its subject from the top of the stack; the values it captures
// stay on the stack (under whatever the pattern still has to examine) and are bound to their
// names only once the whole pattern has matched, so a failed case binds nothing (CPython
// 3.11's behaviour). A failed test jumps to a "fail-pop" label that pops exactly the items
// above the case's subject and goes on to the next case.

/// Compile-time state of one pattern (CPython's pattern_context).
struct PatternContext {
    /// Captured names; stores[0] sits nearest the top of the stack, later ones deeper.
    var stores: [String] = []
    var allowIrrefutable: Bool
    /// failPop[n]: pops n items, then fails the pattern.
    var failPop: [Int] = []
    /// Items above the captures that the pattern still needs (not counting its subject).
    var onTop = 0
    /// The pattern being compiled: compile errors point at the last one entered.
    var pos: SourcePos
}

extension Compiler {
    func compileMatch(_ u: CodeUnit, _ subject: Expr, _ cases: [MatchCase], _ pos: SourcePos) throws(SyntaxError) {
        try compileExpr(u, subject)
        let end = u.newLabel()
        let last = cases[cases.count - 1]
        // A trailing `case _:` needs no pattern code (and no copy of the subject before it).
        let hasDefault = cases.count > 1 && isWildcard(last.pattern)
        let compiled = cases.count - (hasDefault ? 1 : 0)
        let subjectDepth = u.depth
        for k in 0..<compiled {
            let c = cases[k]
            u.line = c.pattern.pos.line
            u.depth = subjectDepth
            // The last compiled case consumes the subject itself.
            let keepsSubject = k != compiled - 1
            if keepsSubject { u.emit(.dupTop) }
            var pc = PatternContext(allowIrrefutable: c.guardTest != nil || k == cases.count - 1, pos: c.pattern.pos)
            try compilePattern(u, c.pattern, &pc)
            for name in pc.stores { try compileStoreName(u, name) }
            if let g = c.guardTest {
                ensureFailPop(u, &pc, 0)
                try compileCondJump(u, g, ifFalse: pc.failPop[0])
            }
            if keepsSubject { u.emit(.popTop) }
            try compileBody(u, c.body)
            u.emitJump(.jump, end)
            u.line = c.pattern.pos.line
            emitFailPops(u, pc, baseDepth: keepsSubject ? subjectDepth : subjectDepth - 1)
        }
        if hasDefault {
            u.line = last.pattern.pos.line
            u.depth = subjectDepth
            if compiled == 0 { u.emit(.popTop) } else { u.depth = subjectDepth - 1 }
            if let g = last.guardTest { try compileCondJump(u, g, ifFalse: end) }
            try compileBody(u, last.body)
        }
        u.depth = subjectDepth - 1
        u.place(end)
    }

    private func isWildcard(_ p: Pattern) -> Bool {
        if case .capture(nil, nil) = p.kind { return true }
        return false
    }

    private func isStarWildcard(_ p: Pattern) -> Bool {
        if case .star(nil) = p.kind { return true }
        return false
    }

    private func patternError(_ msg: String, _ pc: PatternContext) -> SyntaxError {
        var e = SyntaxError(msg, line: Int(pc.pos.line), col: Int(pc.pos.col))
        e.showsSource = false
        return e
    }

    // MARK: fail labels

    private func ensureFailPop(_ u: CodeUnit, _ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count <= n { pc.failPop.append(u.newLabel()) }
    }

    /// Jumps (with `op`, which may pop a test result) to the label that undoes everything the
    /// pattern has pushed so far.
    private func jumpToFailPop(_ u: CodeUnit, _ pc: inout PatternContext, _ op: Opcode) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(u, &pc, pops)
        u.emitJump(op, pc.failPop[pops])
    }

    /// The fail-pop ladder: failPop[n] pops one item and falls into failPop[n - 1].
    private func emitFailPops(_ u: CodeUnit, _ pc: PatternContext, baseDepth: Int) {
        guard !pc.failPop.isEmpty else { return }
        var n = pc.failPop.count - 1
        u.depth = baseDepth + n
        while n > 0 {
            u.place(pc.failPop[n])
            u.emit(.popTop)
            n -= 1
        }
        u.place(pc.failPop[0])
    }

    /// Moves the top of the stack down under the next `count - 1` items.
    private func rotate(_ u: CodeUnit, _ count: Int) {
        switch count {
        case ..<2: break
        case 2: u.emit(.rotTwo)
        case 3: u.emit(.rotThree)
        case 4: u.emit(.rotFour)
        default: u.emit(.rotN, count)
        }
    }

    /// Keeps the value on top as a capture of `name` (or drops it for `_`).
    private func storeCapture(_ u: CodeUnit, _ name: String?, _ pc: inout PatternContext) throws(SyntaxError) {
        guard let name = name else { u.emit(.popTop); return }
        if name == "__debug__" { throw patternError("cannot assign to __debug__", pc) }
        if pc.stores.contains(name) { throw patternError("multiple assignments to name '\(name)' in pattern", pc) }
        rotate(u, pc.onTop + pc.stores.count + 1)
        pc.stores.append(name)
    }

    // MARK: patterns

    private func compilePattern(_ u: CodeUnit, _ p: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
        pc.pos = p.pos
        u.line = p.pos.line
        switch p.kind {
        case .value(let e):
            try compileExpr(u, e)
            u.line = p.pos.line
            u.emit(.compare, Int(CmpOp.eq.rawValue))
            jumpToFailPop(u, &pc, .popJumpIfFalse)
        case .singleton(let e):
            try compileExpr(u, e)
            u.emit(.compare, Int(CmpOp.is_.rawValue))
            jumpToFailPop(u, &pc, .popJumpIfFalse)
        case .capture(let inner, let name):
            guard let inner = inner else {
                if !pc.allowIrrefutable {
                    if let n = name { throw patternError("name capture '\(n)' makes remaining patterns unreachable", pc) }
                    throw patternError("wildcard makes remaining patterns unreachable", pc)
                }
                try storeCapture(u, name, &pc)
                return
            }
            // Keep a copy of the subject for the capture.
            pc.onTop += 1
            u.emit(.dupTop)
            try compilePattern(u, inner, &pc)
            pc.onTop -= 1
            try storeCapture(u, name, &pc)
        case .star(let name):
            try storeCapture(u, name, &pc)
        case .sequence(let items):
            try compileSequencePattern(u, items, &pc)
        case .mapping(let keys, let values, let rest):
            try compileMappingPattern(u, keys, values, rest, &pc)
        case .classPattern(let cls, let args, let keywords, let keywordPatterns):
            try compileClassPattern(u, p, cls, args, keywords, keywordPatterns, &pc)
        case .or(let alternatives):
            try compileOrPattern(u, alternatives, &pc)
        }
    }

    /// A pattern nested inside another: irrefutable ones are always allowed there.
    private func compileSubpattern(_ u: CodeUnit, _ p: Pattern, _ pc: inout PatternContext) throws(SyntaxError) {
        let saved = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try compilePattern(u, p, &pc)
        pc.allowIrrefutable = saved
    }

    private func compileSequencePattern(_ u: CodeUnit, _ items: [Pattern], _ pc: inout PatternContext) throws(SyntaxError) {
        let size = items.count
        var star = -1
        var onlyWildcards = true
        for (i, item) in items.enumerated() {
            if case .star = item.kind {
                if star >= 0 { throw patternError("multiple starred names in sequence pattern", pc) }
                star = i
                onlyWildcards = onlyWildcards && isStarWildcard(item)
            } else {
                onlyWildcards = onlyWildcards && isWildcard(item)
            }
        }
        // The subject stays on top through the type and length checks.
        pc.onTop += 1
        u.emit(.matchSequence)
        jumpToFailPop(u, &pc, .popJumpIfFalse)
        if star < 0 {
            u.emit(.getLen)
            u.emit(.loadSmallInt, size)
            u.emit(.compare, Int(CmpOp.eq.rawValue))
            jumpToFailPop(u, &pc, .popJumpIfFalse)
        } else if size > 1 {
            u.emit(.getLen)
            u.emit(.loadSmallInt, size - 1)
            u.emit(.compare, Int(CmpOp.ge.rawValue))
            jumpToFailPop(u, &pc, .popJumpIfFalse)
        }
        pc.onTop -= 1
        if onlyWildcards {
            u.emit(.popTop)
        } else if star >= 0 && isStarWildcard(items[star]) {
            // `[a, *_, b]`: index the subject instead of building the middle list.
            pc.onTop += 1
            for (i, item) in items.enumerated() where i != star && !isWildcard(item) {
                u.emit(.dupTop)
                if i < star {
                    u.emit(.loadSmallInt, i)
                } else {
                    u.emit(.getLen)
                    u.emit(.loadSmallInt, size - i)
                    u.emit(.binary, Int(BinOp.sub.rawValue))
                }
                u.emit(.binarySubscr)
                try compileSubpattern(u, item, &pc)
            }
            pc.onTop -= 1
            u.emit(.popTop)
        } else {
            if star < 0 {
                u.emit(.unpackSequence, size)
            } else {
                u.emit(.unpackEx, star | ((size - 1 - star) << 16))
            }
            pc.onTop += size
            for item in items {
                pc.onTop -= 1
                try compileSubpattern(u, item, &pc)
            }
        }
    }

    private func compileMappingPattern(_ u: CodeUnit, _ keys: [Expr], _ values: [Pattern], _ rest: String?,
                                       _ pc: inout PatternContext) throws(SyntaxError) {
        let size = keys.count
        pc.onTop += 1
        u.emit(.matchMapping)
        jumpToFailPop(u, &pc, .popJumpIfFalse)
        if size == 0 && rest == nil {
            pc.onTop -= 1
            u.emit(.popTop)
            return
        }
        if size > 0 {
            u.emit(.getLen)
            u.emit(.loadSmallInt, size)
            u.emit(.compare, Int(CmpOp.ge.rawValue))
            jumpToFailPop(u, &pc, .popJumpIfFalse)
        }
        // Literal keys may not repeat (attribute keys are checked when the pattern runs).
        let seen = PySet(frozen: false)
        for k in keys {
            guard let v = constantValue(k) else {
                if case .attribute = k.kind { continue }
                throw patternError("mapping pattern keys may only match literals and attribute lookups", pc)
            }
            let duplicate = (try? seen.contains(v)) ?? false
            if duplicate { throw patternError("mapping pattern checks duplicate key (\(constantRepr(v)))", pc) }
            try? seen.add(v)
        }
        for k in keys { try compileExpr(u, k) }
        u.emit(.buildTuple, size)
        u.emit(.matchKeys)                          // [subject, keys, values or None]
        pc.onTop += 2
        u.emit(.dupTop)
        u.emit(.loadNone)
        u.emit(.compare, Int(CmpOp.isNot.rawValue))
        jumpToFailPop(u, &pc, .popJumpIfFalse)
        u.emit(.unpackSequence, size)
        pc.onTop += size - 1
        for v in values {
            pc.onTop -= 1
            try compileSubpattern(u, v, &pc)
        }
        pc.onTop -= 2
        if let r = rest {
            u.emit(.copyDictWithoutKeys)            // [subject, keys] -> [rest]
            try storeCapture(u, r, &pc)
        } else {
            u.emit(.popTop)
            u.emit(.popTop)
        }
    }

    private func compileClassPattern(_ u: CodeUnit, _ p: Pattern, _ cls: Expr, _ args: [Pattern], _ keywords: [String],
                                     _ keywordPatterns: [Pattern], _ pc: inout PatternContext) throws(SyntaxError) {
        for (i, k) in keywords.enumerated() {
            if k == "__debug__" { throw patternError("cannot assign to __debug__", pc) }
            for j in (i + 1)..<keywords.count where keywords[j] == k {
                pc.pos = keywordPatterns[j].pos
                throw patternError("attribute name repeated in class pattern: \(k)", pc)
            }
        }
        try compileExpr(u, cls)
        u.line = p.pos.line
        u.emit(.loadConst, u.addConst(.tuple(PyTuple(keywords.map { .str(ctx.internedName($0)) }))))
        u.emit(.matchClass, args.count)             // [attributes or None]
        u.emit(.dupTop)
        u.emit(.loadNone)
        u.emit(.compare, Int(CmpOp.isNot.rawValue))
        pc.onTop += 1
        jumpToFailPop(u, &pc, .popJumpIfFalse)
        let total = args.count + keywords.count
        u.emit(.unpackSequence, total)
        pc.onTop += total - 1
        for sub in args + keywordPatterns {
            pc.onTop -= 1
            if isWildcard(sub) { u.emit(.popTop); continue }
            try compileSubpattern(u, sub, &pc)
        }
    }

    /// `p | q | r`: each alternative runs on its own copy of the subject; they must bind the
    /// same names, which are brought into the first alternative's stack order.
    private func compileOrPattern(_ u: CodeUnit, _ alternatives: [Pattern], _ pc: inout PatternContext) throws(SyntaxError) {
        let end = u.newLabel()
        let outer = pc
        let subjectDepth = u.depth
        var control: [String] = []
        for (i, alt) in alternatives.enumerated() {
            pc.stores = []
            pc.allowIrrefutable = i == alternatives.count - 1 && outer.allowIrrefutable
            pc.failPop = []
            pc.onTop = 0
            u.depth = subjectDepth
            u.emit(.dupTop)
            try compilePattern(u, alt, &pc)
            let n = pc.stores.count
            if i == 0 {
                control = pc.stores
            } else if n != control.count {
                throw patternError("alternative patterns bind different names", pc)
            } else if n > 0 {
                // Reorder the captures to control's order, fixing the deepest position first.
                var k = n - 1
                while k >= 0 {
                    guard let at = pc.stores.firstIndex(of: control[k]) else {
                        throw patternError("alternative patterns bind different names", pc)
                    }
                    if at != k {
                        // Rotating the top at+1 items down under the next k-at items puts
                        // control[k] at depth k and keeps the deeper ones in place.
                        let moved = Array(pc.stores[0...at])
                        pc.stores.removeFirst(at + 1)
                        pc.stores.insert(contentsOf: moved, at: k - at)
                        for _ in 0...at { rotate(u, k + 1) }
                    }
                    k -= 1
                }
            }
            u.emitJump(.jump, end)
            emitFailPops(u, pc, baseDepth: subjectDepth)
        }
        let lastPos = pc.pos
        pc = outer
        pc.pos = lastPos
        // No alternative matched: drop the subject and fail.
        u.depth = subjectDepth
        u.emit(.popTop)
        jumpToFailPop(u, &pc, .jump)
        u.place(end)
        u.depth = subjectDepth + control.count
        // Sink each capture under the subject, the items still needed and the earlier captures.
        let rotations = control.count + 1 + pc.onTop + pc.stores.count
        for name in control {
            rotate(u, rotations)
            if pc.stores.contains(name) { throw patternError("multiple assignments to name '\(name)' in pattern", pc) }
            pc.stores.append(name)
        }
        u.emit(.popTop)
    }

    /// repr() of a literal key for the duplicate-key error.
    private func constantRepr(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .float(let d): return formatFloatRepr(d)
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        case .str(let s):
            let text = s.string
            return text.contains("'") && !text.contains("\"") ? "\"\(text)\"" : "'\(text)'"
        case .object(let o) where o.isBytes:
            var out: [UInt8] = []
            unsafeDowncast(o, to: PyBytes.self).bytes.withUnsafeBufferPointer { appendBytesRepr($0, &out) }
            return String(decoding: out, as: UTF8.self)
        default: return "..."
        }
    }
}
