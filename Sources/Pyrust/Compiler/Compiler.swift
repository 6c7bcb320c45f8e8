// AST -> bytecode. One CodeUnit per module/function/lambda/comprehension; names resolved
// through the symbol table; globals become program-wide slots.

/// What the compiler hands the VM: the module code and the global slot table.
final class ProgramCode {
    let module: CodeObject
    let globalNames: [String]
    /// For each global slot, the builtin of that name (or .undefined): the fallback when unset.
    let builtinFallback: [Value]
    init(module: CodeObject, globalNames: [String], builtinFallback: [Value]) {
        self.module = module
        self.globalNames = globalNames
        self.builtinFallback = builtinFallback
    }

    /// What an idle VM points at between runs.
    static func makeEmpty() -> ProgramCode { ProgramCode(
        module: CodeObject(name: "<module>", qualname: "<module>", instructions: [Instruction(op: .loadNone), Instruction(op: .returnValue)],
                           lines: [1, 1], constants: [], exceptionTable: [], localNames: [], cellNames: [], freeNames: [],
                           cellParamSlots: [], maxStack: 1, firstLine: 1, argCount: 0, posOnlyCount: 0, kwOnlyCount: 0,
                           hasVarargs: false, hasVarkw: false),
        globalNames: [], builtinFallback: []) }
}

/// Program-wide compile state shared by all code units.
final class CompileContext {
    /// One PyStr per attribute/class-body name in the program: the VM's lookups then compare
    /// pointers before bytes.
    private var names: [String: PyStr] = [:]

    func internedName(_ name: String) -> PyStr {
        if let s = names[name] { return s }
        let s = PyStr.make(name)
        names[name] = s
        return s
    }

    /// Global slot numbers by name: a linear search while there are few (cheaper than hashing
    /// Strings), a dictionary once there are many.
    private var globalSlots: [String: Int]? = nil
    /// Compiling a module written in Python: globals are its namespace's (the module-global opcodes).
    var isModuleNamespace = false
    /// Code compiled by exec/eval/compile(): the file name its traceback entries show.
    var stringFileName: String? = nil
    @inline(__always) var loadGlobalOp: Opcode { isModuleNamespace ? .loadModuleGlobal : .loadGlobal }
    @inline(__always) var storeGlobalOp: Opcode { isModuleNamespace ? .storeModuleGlobal : .storeGlobal }
    @inline(__always) var deleteGlobalOp: Opcode { isModuleNamespace ? .deleteModuleGlobal : .deleteGlobal }
    private(set) var globalNames: [String] = []
    /// Interactive mode: module-level expression statements pass their value to this builtin
    /// (which prints its repr, as the REPL's sys.displayhook); nil otherwise.
    var displayHook: Value? = nil
    var moduleUnit: ObjectIdentifier? = nil
    var scopes: [ObjectIdentifier: Scope] = [:]
    private static let linearSearchLimit = 16

    /// A session's earlier global table: these names keep their slots (listed first).
    func presetGlobals(_ names: [String]) {
        for n in names { _ = globalSlot(n) }
    }

    func globalSlot(_ name: String) -> Int {
        if let table = globalSlots {
            if let s = table[name] { return s }
        } else if let s = globalNames.firstIndex(of: name) {
            return s
        }
        let s = globalNames.count
        globalNames.append(name)
        if globalSlots != nil {
            globalSlots![name] = s
        } else if globalNames.count > CompileContext.linearSearchLimit {
            var table: [String: Int] = [:]
            for (i, n) in globalNames.enumerated() { table[n] = i }
            globalSlots = table
        }
        return s
    }
}

private enum Block {
    case loop(breakLabel: Int, continueLabel: Int, isFor: Bool)
    case withExit           // inside a with body: [bound __exit__] on the stack
    case handler            // inside an except body: [previous exception] on the stack
    case finallyBody([Stmt]) // inside a try that has a finally clause
    case finallyHandler     // inside the exceptional copy of a finally body: [prev, exc]
}

private struct Label { var position: Int = -1 }

final class CodeUnit {
    let ctx: CompileContext
    let scope: Scope
    let name: String
    let qualname: String
    var instructions: [Instruction] = []
    var lines: [Int32] = []
    /// Per instruction, the span of the expression it belongs to (SourceSpan.pack; 0 for
    /// statement-level code), for the ~~^^ markers of a script's traceback.
    var positions: [UInt64] = []
    /// The span of the expression being compiled now.
    var position: UInt64 = 0
    var constants: [Value] = []
    var constIndexByInt: [Int: Int] = [:]
    /// Keyed by UTF-8 bytes: Swift String equality is canonical equivalence ('é' == 'e\u{301}').
    var constIndexByStr: [StrBytes: Int] = [:]
    var exceptionTable: [ExceptionTableEntry] = []
    var line: Int32 = 1
    fileprivate var blocks: [Block] = []
    fileprivate var labels: [Label] = []
    /// (instruction index, label id) pairs to patch once labels are placed.
    var fixups: [(Int, Int)] = []
    /// Static operand stack depth at the current point (for exception-table depths).
    var depth = 0

    init(ctx: CompileContext, scope: Scope, name: String, qualname: String) {
        self.ctx = ctx
        self.scope = scope
        self.name = name
        self.qualname = qualname
        // Room for a short snippet up front: growing from empty reallocates several times.
        instructions.reserveCapacity(16)
        lines.reserveCapacity(16)
    }

    // MARK: emission

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int = 0, a: UInt8 = 0, b: UInt16 = 0) -> Int {
        instructions.append(Instruction(op: op, a: a, b: b, arg: Int32(truncatingIfNeeded: arg)))
        lines.append(line)
        positions.append(position)
        depth += stackEffect(op, arg: arg, a: a, jump: false)
        return instructions.count - 1
    }

    /// Replaces the last two instructions, both loadSmallInt, by one load of `a op b` for
    /// + - * when that does not overflow. The caller guarantees each was a whole operand.
    func foldSmallInts(_ op: BinOp) -> Bool {
        let n = instructions.count
        let a = instructions[n - 2], b = instructions[n - 1]
        guard a.op == .loadSmallInt && b.op == .loadSmallInt else { return false }
        let x = Int(a.arg), y = Int(b.arg)
        let result: Int
        switch op {
        case .add: result = x + y           // Int32 operands: cannot overflow Int
        case .sub: result = x - y
        case .mul: result = x * y
        default: return false
        }
        // The two loads become one (removeLast(2) goes through the general replaceSubrange).
        instructions.removeLast()
        lines.removeLast()
        positions.removeLast()
        depth -= 1
        if result >= Int(Int32.min) && result <= Int(Int32.max) {
            instructions[n - 2] = Instruction(op: .loadSmallInt, arg: Int32(result))
        } else {
            instructions[n - 2] = Instruction(op: .loadConst, arg: Int32(addConst(.int(result))))
        }
        return true
    }

    /// Emits an attribute instruction and the inline-cache words that follow it.
    func emitWithCache(_ op: Opcode, _ arg: Int, a: UInt8 = 0, b: UInt16 = 0) {
        emit(op, arg, a: a, b: b)
        for _ in 0..<attributeCacheWords { emit(.cache) }
    }

    func newLabel() -> Int {
        labels.append(Label())
        return labels.count - 1
    }

    func place(_ label: Int) { labels[label].position = instructions.count }

    func emitJump(_ op: Opcode, _ label: Int) {
        let i = emit(op, 0)
        fixups.append((i, label))
    }

    func addConst(_ v: Value) -> Int {
        switch v {
        case .int(let i):
            if let k = constIndexByInt[i] { return k }
            constants.append(v)
            constIndexByInt[i] = constants.count - 1
        case .str(let s):
            let key = s.bytes
            if let k = constIndexByStr[key] { return k }
            constants.append(v)
            constIndexByStr[key] = constants.count - 1
        default:
            constants.append(v)
        }
        return constants.count - 1
    }

    func finish(firstLine: Int32, argCount: Int, posOnlyCount: Int, kwOnlyCount: Int, hasVarargs: Bool,
                hasVarkw: Bool, doc: String? = nil) throws(SyntaxError) -> CodeObject {
        for (i, l) in fixups {
            instructions[i].arg = Int32(labels[l].position)
        }
        if constants.count > 60000 || instructions.count > Int(Int32.max / 2) {
            throw SyntaxError("too many constants or instructions in one function", line: Int(firstLine), col: 1)
        }
        let cellParamSlots: [Int32] = scope.cells.map { n in
            if let i = scope.params.firstIndex(of: n) { return Int32(i) }
            return -1
        }
        let maxStack = computeMaxStack()
        fusePairs()
        markBackEdges()
        let code = CodeObject(name: name, qualname: qualname, instructions: instructions, lines: lines,
                          positions: positions,
                          constants: constants, exceptionTable: exceptionTable, localNames: scope.locals,
                          cellNames: scope.cells, freeNames: scope.frees, cellParamSlots: cellParamSlots,
                          maxStack: maxStack, firstLine: firstLine, argCount: argCount,
                          posOnlyCount: posOnlyCount, kwOnlyCount: kwOnlyCount, hasVarargs: hasVarargs,
                          hasVarkw: hasVarkw, isGenerator: scope.isGenerator, doc: doc,
                          parameterNames: scope.locals.prefix(argCount + kwOnlyCount).map { ctx.internedName($0) })
        code.isLibraryCode = ctx.isModuleNamespace && ctx.stringFileName == nil
        code.fileName = ctx.stringFileName
        return code
    }

    /// Backward jumps become jumpBack carrying the loop's length, which the run limits charge
    /// per iteration without the VM working it out (RunLimits.swift).
    private func markBackEdges() {
        for k in instructions.indices where instructions[k].op == .jump && Int(instructions[k].arg) <= k {
            let span = k - Int(instructions[k].arg) + 1
            instructions[k] = Instruction(op: .jumpBack, a: 0, b: UInt16(min(span, Int(UInt16.max))),
                                          arg: instructions[k].arg)
        }
    }

    /// Peephole pass: an instruction followed by one it commonly pairs with (on the same line) is
    /// rewritten as the fused form, which does both and skips the second: one dispatch fewer.
    private func fusePairs() {
        // Only instruction i is rewritten at step i, so pair (i + 1, i + 2) still reads originals.
        var i = 0
        while i + 1 < instructions.count {
            let first = instructions[i], second = instructions[i + 1]
            if lines[i] == lines[i + 1] {
                // The fused instruction fails where its second half would have (the attribute,
                // the operator), except for a comparison (the jump cannot fail).
                if first.op == .compare && second.op == .popJumpIfFalse {
                    instructions[i] = Instruction(op: .compareJumpIfFalse, a: UInt8(truncatingIfNeeded: first.arg),
                                                  arg: second.arg)
                } else if first.op == .loadFast && second.op == .loadAttr {
                    instructions[i] = Instruction(op: .loadFastAttr, arg: first.arg)
                    positions[i] = positions[i + 1]     // it fails where the attribute load would
                } else if first.op == .loadFast && second.op == .storeAttr {
                    instructions[i] = Instruction(op: .loadFastStoreAttr, arg: first.arg)
                    positions[i] = positions[i + 1]
                } else if first.op == .loadSmallInt && (second.op == .binary || second.op == .inplace) {
                    positions[i] = positions[i + 1]
                    instructions[i] = Instruction(op: .binarySmallInt, a: UInt8(truncatingIfNeeded: second.arg),
                                                  b: second.op == .inplace ? 1 : 0, arg: first.arg)
                }
            }
            i += 1
        }
    }

    /// Worst-case operand stack depth, by abstract interpretation over all paths.
    private func computeMaxStack() -> Int {
        let n = instructions.count
        var maxDepth = 0
        if exceptionTable.isEmpty && fixups.isEmpty {
            // Straight-line code (no jumps, no handlers): one pass.
            var d = 0
            for ins in instructions {
                d += stackEffect(ins.op, arg: Int(ins.arg), a: ins.a, jump: false)
                maxDepth = max(maxDepth, d)
            }
            return maxDepth + 2
        }
        var entry = [Int](repeating: -1, count: n + 1)
        var work: [Int] = []
        work.reserveCapacity(16)
        entry[0] = 0
        work.append(0)
        for e in exceptionTable {
            let h = Int(e.handler), d = Int(e.depth) + 1
            if h >= 0 && h <= n && entry[h] < d {
                entry[h] = d
                work.append(h)
            }
        }
        var steps = 0
        while let i = work.popLast() {
            steps += 1
            if steps > 50 * (n + 1) { break }   // cannot happen for structured code; stay bounded anyway
            if i >= n { continue }
            let ins = instructions[i]
            let d = entry[i]
            maxDepth = max(maxDepth, d)
            let fall = d + stackEffect(ins.op, arg: Int(ins.arg), a: ins.a, jump: false)
            maxDepth = max(maxDepth, fall)
            var target = -1, targetDepth = 0, fallsThrough = true
            switch ins.op {
            case .jump, .jumpBack:
                target = Int(ins.arg); targetDepth = d; fallsThrough = false
            case .popJumpIfFalse, .popJumpIfTrue, .forIter:
                target = Int(ins.arg); targetDepth = d - 1
            case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
                target = Int(ins.arg); targetDepth = d
            case .returnValue, .raise, .reraise, .popExceptAndReraise, .unsupported:
                fallsThrough = false
            case .yieldFrom:
                // Re-executes itself while the subiterator yields: [iter, value] stays two deep.
                break
            default:
                break
            }
            if target >= 0 && target <= n && entry[target] < targetDepth {
                entry[target] = targetDepth
                work.append(target)
            }
            if fallsThrough && i + 1 <= n && entry[i + 1] < fall {
                entry[i + 1] = fall
                work.append(i + 1)
            }
        }
        return maxDepth + 2
    }
}

/// Net stack effect of an instruction on the fall-through path.
private func stackEffect(_ op: Opcode, arg: Int, a: UInt8, jump: Bool) -> Int {
    switch op {
    case .nop, .rotTwo, .rotThree, .rotFour, .unaryNeg, .unaryPos, .unaryInvert, .unaryNot, .jump, .jumpBack, .getIter,
         .formatValue where arg & 4 == 0, .listToTuple, .loadAttr, .unsupported, .cache, .deleteName, .yieldValue,
         .getYieldFromIter:
        return 0
    case .storeAttr: return -2
    case .deleteAttr: return -1
    case .loadName, .loadClassDeref: return 1
    case .storeName: return -1
    case .buildClass: return 1 - (2 + arg + Int(a) + (a > 0 ? 1 : 0))
    case .yieldFrom: return -1
    case .beforeWith: return 1
    case .withExit: return -1
    case .withExceptStart: return 1
    case .rotN: return 0
    case .matchSequence, .matchMapping, .getLen, .matchKeys: return 1
    case .matchClass: return -2
    case .copyDictWithoutKeys: return -1
    case .formatValue: return -1
    case .popTop: return -1
    case .dupTop: return 1
    case .dupTopTwo: return 2
    case .loadConst, .loadSmallInt, .loadNone, .loadTrue, .loadFalse, .loadFast, .loadDeref, .loadClosure, .loadGlobal,
         .loadFastAttr, .loadFastStoreAttr:
        return 1
    case .storeFast, .storeDeref, .storeGlobal, .storeModuleGlobal: return -1
    case .deleteFast, .deleteDeref, .deleteGlobal, .deleteModuleGlobal: return 0
    case .loadModuleGlobal, .importName, .importFrom: return 1
    case .binary, .inplace, .compare, .binarySubscr: return -1
    case .binarySmallInt: return 0
    case .compareJumpIfFalse: return -2
    case .storeSubscr: return -3
    case .deleteSubscr: return -2
    case .buildSlice: return 1 - arg
    case .buildList, .buildTuple, .buildSet, .buildString: return 1 - arg
    case .buildMap: return 1 - 2 * arg
    case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return -1
    case .mapAdd: return -2
    case .unpackSequence: return arg - 1
    case .unpackEx: return (arg & 0xFFFF) + (arg >> 16)
    case .popJumpIfFalse, .popJumpIfTrue: return -1
    case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return -1
    case .forIter: return 1
    case .call: return -arg
    case .callKw: return -arg - 1
    case .callEx: return -(1 + (arg & 1))
    case .callMethod: return -(arg & 0xFF) - Int(a) - (a > 0 ? 1 : 0)
    case .callSuperMethod: return -2 - (arg & 0xFF) - Int(a) - (a > 0 ? 1 : 0)
    case .makeFunction:
        var n = 0
        if arg & 1 != 0 { n += 1 }
        if arg & 2 != 0 { n += 1 }
        if arg & 4 != 0 { n += 1 }
        if arg & 8 != 0 { n += 1 }
        return -n
    case .returnValue: return -1
    case .raise: return -arg
    case .reraise: return -1
    case .pushExcInfo: return 1
    case .popExcept: return -1
    case .popExceptAndReraise: return -2
    case .checkExcMatch: return 0
    }
}

/// What a program's last expression statement does: its value is the run's value (.program,
/// the library's default), nothing (.script, as `python3 file.py`), or every module-level
/// expression statement's value is printed (.interactive, as the REPL).
enum CompileMode {
    case program, script, interactive
}

struct Compiler {
    let ctx = CompileContext()

    /// `moduleName`: compiling a module written in Python (its globals live in its namespace).
    /// `fileName`: code compiled by exec/eval/compile() (its tracebacks name this file).
    static func compile(_ module: Module, moduleName: String? = nil, mode: CompileMode = .program,
                        globalPrefix: [String] = [], fileName: String? = nil) throws(SyntaxError) -> ProgramCode {
        var builder = SymbolTableBuilder()
        let moduleScope = try builder.build(module)
        let c = Compiler()
        c.ctx.scopes = builder.scopes
        c.ctx.isModuleNamespace = moduleName != nil
        c.ctx.stringFileName = fileName
        if !globalPrefix.isEmpty { c.ctx.presetGlobals(globalPrefix) }
        let unit = CodeUnit(ctx: c.ctx, scope: moduleScope, name: "<module>", qualname: "<module>")
        if mode == .interactive {
            c.ctx.displayHook = .builtin(InteractiveDisplay.makeHook())
            c.ctx.moduleUnit = ObjectIdentifier(unit)
        }
        let body = module.body
        try c.setupAnnotations(unit, body, SourcePos(line: 1, col: 0))
        if mode == .program, let last = body.last, case .expr(let e) = last.kind {
            try c.compileBody(unit, Array(body.dropLast()))
            unit.line = last.pos.line
            try c.compileExpr(unit, e)
            unit.emit(.returnValue)
        } else {
            try c.compileBody(unit, body)
            unit.emit(.loadNone)
            unit.emit(.returnValue)
        }
        let code = try unit.finish(firstLine: 1, argCount: 0, posOnlyCount: 0, kwOnlyCount: 0, hasVarargs: false,
                                   hasVarkw: false)
        let fallback = c.ctx.globalNames.map { Builtins.lookup($0) ?? .undefined }
        return ProgramCode(module: code, globalNames: c.ctx.globalNames, builtinFallback: fallback)
    }

    // MARK: statements

    /// 2 or 3 when `target = value` is a swap-like assignment: a tuple display of that many
    /// plain values into a tuple or list target of as many unstarred items.
    private func swapCount(_ target: Expr, _ value: Expr) -> Int? {
        guard case .tuple(let values) = value.kind, values.count == 2 || values.count == 3 else { return nil }
        let targets: [Expr]
        switch target.kind {
        case .tuple(let ts), .list(let ts): targets = ts
        default: return nil
        }
        guard targets.count == values.count else { return nil }
        for e in values { if case .starred = e.kind { return nil } }
        for t in targets { if case .starred = t.kind { return nil } }
        return values.count
    }

    func compileBody(_ u: CodeUnit, _ body: [Stmt]) throws(SyntaxError) {
        for s in body { try compileStmt(u, s) }
    }

    /// A compile-time error: CPython shows no source line for these.
    private func error(_ msg: String, _ pos: SourcePos) -> SyntaxError {
        var e = SyntaxError(msg, line: Int(pos.line), col: Int(pos.col))
        e.showsSource = false
        return e
    }

    /// A feature pyrust does not implement yet: shown with the source line so the user sees where.
    private func unsupported(_ feature: String, _ pos: SourcePos) -> SyntaxError {
        let verb = feature.hasSuffix("s") ? "are" : "is"
        return SyntaxError("\(feature) \(verb) not supported by pyrust yet", line: Int(pos.line), col: Int(pos.col))
    }

    func compileStmt(_ u: CodeUnit, _ s: Stmt) throws(SyntaxError) {
        u.line = s.pos.line
        u.position = SourceSpan.pack(statement: s.pos)
        switch s.kind {
        case .expr(let e):
            if let hook = ctx.displayHook, ctx.moduleUnit == ObjectIdentifier(u) {
                // The REPL shows every module-level expression statement's value.
                u.emit(.loadConst, u.addConst(hook))
                try compileExpr(u, e)
                u.emit(.call, 1)
                u.emit(.popTop)
            } else {
                try compileExpr(u, e)
                u.emit(.popTop)
            }
        case .assign(let targets, let value):
            if targets.count == 1, let n = swapCount(targets[0], value) {
                // `a, b = b, a` and `a, b, c = c, a, b`: the values are reordered on the stack
                // and stored left to right, with no tuple built (as CPython compiles them).
                guard case .tuple(let items) = value.kind else { break }
                for e in items { try compileExpr(u, e) }
                u.emit(n == 2 ? .rotTwo : .rotThree)
                if n == 3 { u.emit(.rotTwo) }
                guard case .tuple(let ts) = targets[0].kind else {
                    if case .list(let ls) = targets[0].kind { for t in ls { try compileStore(u, t) } }
                    break
                }
                for t in ts { try compileStore(u, t) }
                break
            }
            try compileExpr(u, value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { u.emit(.dupTop) }
                try compileStore(u, t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(u, target, op, value, s.pos)
        case .annAssign(let target, let annotation, let value):
            if let v = value {
                try compileExpr(u, v)
                try compileStore(u, target)
            }
            try compileAnnotation(u, target, annotation)
        case .ifStmt(let test, let body, let orElse):
            let elseL = u.newLabel(), end = u.newLabel()
            try compileCondJump(u, test, ifFalse: elseL)
            try compileBody(u, body)
            if !orElse.isEmpty { u.emitJump(.jump, end) }
            u.place(elseL)
            try compileBody(u, orElse)
            u.place(end)
        case .whileStmt(let test, let body, let orElse):
            let top = u.newLabel(), elseL = u.newLabel(), end = u.newLabel()
            u.place(top)
            try compileCondJump(u, test, ifFalse: elseL)
            u.blocks.append(.loop(breakLabel: end, continueLabel: top, isFor: false))
            try compileBody(u, body)
            u.blocks.removeLast()
            u.line = s.pos.line
            u.emitJump(.jump, top)
            u.place(elseL)
            try compileBody(u, orElse)
            u.place(end)
        case .forStmt(let target, let iter, let body, let orElse):
            let top = u.newLabel(), exit = u.newLabel(), end = u.newLabel()
            try compileExpr(u, iter)
            u.line = s.pos.line
            u.emit(.getIter)
            u.place(top)
            u.emitJump(.forIter, exit)
            try compileStore(u, target)
            u.blocks.append(.loop(breakLabel: end, continueLabel: top, isFor: true))
            try compileBody(u, body)
            u.blocks.removeLast()
            u.line = s.pos.line
            u.emitJump(.jump, top)
            u.place(exit)
            u.depth -= 1   // forIter popped the iterator on exhaustion
            try compileBody(u, orElse)
            u.place(end)
        case .breakStmt:
            try compileLoopExit(u, s, isBreak: true)
        case .continueStmt:
            try compileLoopExit(u, s, isBreak: false)
        case .pass:
            break
        case .returnStmt(let value):
            if u.scope.kind == .module { throw error("'return' outside function", s.pos) }
            if let v = value { try compileExpr(u, v) } else { u.emit(.loadNone) }
            try unwindBlocksForReturn(u)
            u.line = s.pos.line
            u.emit(.returnValue)
        case .functionDef(let fd):
            if fd.isAsync { throw unsupported("async functions", s.pos) }
            for d in fd.decorators { try compileExpr(u, d) }
            guard let scope = ctx.scopes[ObjectIdentifier(s)] else { throw error("internal: no scope", s.pos) }
            u.line = s.pos.line
            try compileFunction(u, scope: scope, name: fd.name, params: fd.params, pos: s.pos,
                                doc: docstring(fd.body)) { (inner) throws(SyntaxError) in
                try self.compileBody(inner, fd.body)
                inner.emit(.loadNone)
                inner.emit(.returnValue)
            }
            for _ in fd.decorators { u.emit(.call, 1) }
            try compileStoreName(u, fd.name)
        case .classDef(let cd):
            try compileClass(u, s, cd)
        case .with(let items, let body):
            try compileWith(u, items, 0, body, s.pos)
        case .match(let subject, let cases):
            try compileMatch(u, subject, cases, s.pos)
        case .global, .nonlocal:
            break
        case .assert(let test, let msg):
            let end = u.newLabel()
            try compileExpr(u, test)
            u.emitJump(.popJumpIfTrue, end)
            // CPython places a failed assert whose test is a comparison at the comparison (the
            // traceback's markers go there), any other at the whole statement.
            if case .compare = test.kind { u.position = SourceSpan.pack(test) }
            u.emit(.loadConst, u.addConst(.type(.assertionError)))
            if let m = msg {
                try compileExpr(u, m)
                u.emit(.call, 1)
            }
            u.emit(.raise, 1)
            u.place(end)
        case .del(let targets):
            for t in targets { try compileDelete(u, t) }
        case .tryStmt(let body, let handlers, let orElse, let fin):
            if fin.isEmpty {
                try compileTryExcept(u, body, handlers, orElse)
            } else {
                try compileTryFinally(u, body, handlers, orElse, fin)
            }
        case .raise(let exc, let cause):
            if let e = exc {
                try compileExpr(u, e)
                if let c = cause {
                    try compileExpr(u, c)
                    u.emit(.raise, 2)
                } else {
                    u.emit(.raise, 1)
                }
            } else {
                u.emit(.raise, 0)
            }
        case .importModules(let aliases):
            for a in aliases {
                u.emit(.importName, u.addConst(.str(PyStr.make(a.name))), b: a.asName != nil ? 1 : 0)
                try compileStoreName(u, a.asName ?? String(a.name.split(separator: ".")[0]))
            }
        case .importFrom(let module, let level, let names):
            let full = String(repeating: ".", count: level) + module
            u.emit(.importName, u.addConst(.str(PyStr.make(full))), b: 1)
            if names.isEmpty && level == 0 {
                // `import *`: the module's public names, known now (SymbolTable bound them).
                if let star = ModuleLibrary.starNames(module) {
                    for n in star {
                        u.emit(.importFrom, nameConst(u, n))
                        try compileStoreName(u, n)
                    }
                } else {
                    // Not known when compiling (a module registered on a context): importing
                    // name "*" refuses it at run time, after the module itself was found.
                    u.emit(.importFrom, nameConst(u, "*"))
                    u.emit(.popTop)
                }
            }
            for a in names {
                u.emit(.importFrom, nameConst(u, a.name))
                try compileStoreName(u, a.asName ?? a.name)
            }
            u.emit(.popTop)
        case .unsupported(let feature):
            throw unsupported(feature, s.pos)
        }
    }

    /// Emits the clean-up of every enclosing block (innermost first) before a return.
    private func unwindBlocksForReturn(_ u: CodeUnit) throws(SyntaxError) {
        let saved = u.blocks
        var i = saved.count - 1
        while i >= 0 {
            switch saved[i] {
            case .loop: break
            case .withExit:
                // [exit, value] -> [value]
                u.emit(.rotTwo)
                u.emit(.withExit)
                u.depth += 1
            case .handler:
                u.emit(.rotTwo)
                u.emit(.popExcept)
            case .finallyHandler:
                // [prev, exc, value] -> [value]: drop the pending exception, restore the previous one.
                u.emit(.rotThree)
                u.emit(.popTop)
                u.emit(.popExcept)
            case .finallyBody(let body):
                u.blocks = Array(saved[0..<i])
                try compileBody(u, body)
            }
            i -= 1
        }
        u.blocks = saved
    }

    private func compileLoopExit(_ u: CodeUnit, _ s: Stmt, isBreak: Bool) throws(SyntaxError) {
        let saved = u.blocks
        var i = saved.count - 1
        while i >= 0 {
            switch saved[i] {
            case .loop(let breakLabel, let continueLabel, let isFor):
                if isBreak {
                    if isFor { u.emit(.popTop) }
                    u.emitJump(.jump, breakLabel)
                    if isFor { u.depth += 1 }
                } else {
                    u.emitJump(.jump, continueLabel)
                }
                u.blocks = saved
                return
            case .handler:
                u.emit(.popExcept)
                u.depth += 1
            case .withExit:
                u.emit(.withExit)
                u.depth += 1
            case .finallyHandler:
                // [prev, exc]: drop the pending exception, restore the previous one.
                u.emit(.popTop)
                u.emit(.popExcept)
                u.depth += 2
            case .finallyBody(let body):
                u.blocks = Array(saved[0..<i])
                try compileBody(u, body)
            }
            i -= 1
        }
        u.blocks = saved
        throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.pos)
    }

    private func compileTryExcept(_ u: CodeUnit, _ body: [Stmt], _ handlers: [ExceptHandler],
                                  _ orElse: [Stmt]) throws(SyntaxError) {
        let handlerL = u.newLabel(), end = u.newLabel()
        let baseDepth = u.depth
        let start = u.instructions.count
        try compileBody(u, body)
        let stop = u.instructions.count
        if stop > start {
            u.exceptionTable.append(ExceptionTableEntry(start: Int32(start), end: Int32(stop), handler: -1, depth: Int32(baseDepth)))
        }
        let entryIndex = u.exceptionTable.count - 1
        try compileBody(u, orElse)
        u.emitJump(.jump, end)
        // Handler: [exc]
        u.place(handlerL)
        if stop > start { u.exceptionTable[entryIndex].handler = Int32(u.instructions.count) }
        u.depth = baseDepth + 1
        u.emit(.pushExcInfo)                       // [prev, exc]
        let hStart = u.instructions.count
        for h in handlers {
            u.line = h.pos.line
            let next = u.newLabel()
            if let t = h.type {
                try compileExpr(u, t)
                u.emit(.checkExcMatch)
                u.emitJump(.popJumpIfFalse, next)
            }
            if let n = h.name { try compileStoreName(u, n) } else { u.emit(.popTop) }   // [prev]
            u.blocks.append(.handler)
            try compileBody(u, h.body)
            u.blocks.removeLast()
            u.emit(.popExcept)
            if let n = h.name {
                u.emit(.loadNone)
                try compileStoreName(u, n)
                try compileDeleteName(u, n)
            }
            u.emitJump(.jump, end)
            u.place(next)
            u.depth = baseDepth + 2
        }
        // No handler matched: restore and re-raise (outside the cleanup range: it restores itself).
        let hStop = u.instructions.count
        u.emit(.popExceptAndReraise)
        let cleanup = u.instructions.count
        u.depth = baseDepth + 2
        u.emit(.popExceptAndReraise)
        u.exceptionTable.append(ExceptionTableEntry(start: Int32(hStart), end: Int32(hStop), handler: Int32(cleanup),
                                                    depth: Int32(baseDepth + 1)))
        u.depth = baseDepth
        u.place(end)
    }

    private func compileTryFinally(_ u: CodeUnit, _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt],
                                   _ fin: [Stmt]) throws(SyntaxError) {
        let end = u.newLabel()
        let baseDepth = u.depth
        let start = u.instructions.count
        u.blocks.append(.finallyBody(fin))
        if handlers.isEmpty {
            try compileBody(u, body)
        } else {
            try compileTryExcept(u, body, handlers, orElse)
        }
        u.blocks.removeLast()
        let stop = u.instructions.count
        try compileBody(u, fin)
        u.emitJump(.jump, end)
        // Exceptional path: [exc] -> [prev, exc], run the finally body, re-raise.
        let handler = u.instructions.count
        u.depth = baseDepth + 1
        u.emit(.pushExcInfo)
        let hStart = u.instructions.count
        u.blocks.append(.finallyHandler)
        try compileBody(u, fin)
        u.blocks.removeLast()
        let hStop = u.instructions.count
        u.emit(.popExceptAndReraise)
        if stop > start {
            u.exceptionTable.append(ExceptionTableEntry(start: Int32(start), end: Int32(stop), handler: Int32(handler),
                                                        depth: Int32(baseDepth)))
        }
        let cleanup = u.instructions.count
        u.depth = baseDepth + 2
        u.emit(.popExceptAndReraise)
        u.exceptionTable.append(ExceptionTableEntry(start: Int32(hStart), end: Int32(hStop), handler: Int32(cleanup),
                                                    depth: Int32(baseDepth + 1)))
        u.depth = baseDepth
        u.place(end)
    }

    // MARK: classes and with

    /// `class Name(bases, **kw): body`: the body runs as a function over a namespace dict,
    /// then buildClass makes the class (through the metaclass).
    private func compileClass(_ u: CodeUnit, _ s: Stmt, _ cd: ClassDef) throws(SyntaxError) {
        for d in cd.decorators { try compileExpr(u, d) }
        guard let scope = ctx.scopes[ObjectIdentifier(s)] else { throw error("internal: no scope", s.pos) }
        u.line = s.pos.line
        let inner = CodeUnit(ctx: ctx, scope: scope, name: cd.name, qualname: qualifiedName(u, cd.name))
        inner.line = s.pos.line
        if let doc = docstring(cd.body) {
            inner.emit(.loadConst, inner.addConst(.str(PyStr.make(doc))))
            inner.emit(.storeName, nameConst(inner, "__doc__"))
        }
        try setupAnnotations(inner, cd.body, s.pos)
        try compileBody(inner, cd.body)
        if let cell = scope.cells.firstIndex(of: "__class__") {
            inner.emit(.loadClosure, cell)
        } else {
            inner.emit(.loadNone)
        }
        inner.emit(.returnValue)
        let code = try inner.finish(firstLine: s.pos.line, argCount: 1, posOnlyCount: 0, kwOnlyCount: 0,
                                    hasVarargs: false, hasVarkw: false)
        var flags = 0
        if try emitClosure(u, scope, s.pos) { flags |= 8 }
        u.line = s.pos.line
        u.emit(.loadConst, u.addConst(.object(PyCodeRef(code))))
        u.emit(.makeFunction, flags)
        u.emit(.loadConst, u.addConst(.str(PyStr.make(cd.name))))
        var bases = 0
        var kwNames: [String] = []
        for a in cd.arguments {
            switch a {
            case .positional(let x):
                if !kwNames.isEmpty { throw unsupported("class arguments in this order", x.pos) }
                try compileExpr(u, x)
                bases += 1
            case .keyword(let n, let x):
                try compileExpr(u, x)
                kwNames.append(n)
            case .star(let x), .doubleStar(let x):
                throw unsupported("starred class arguments", x.pos)
            }
        }
        if bases > 255 || kwNames.count > 255 { throw error("too many class arguments", s.pos) }
        if !kwNames.isEmpty {
            u.emit(.loadConst, u.addConst(.tuple(PyTuple(kwNames.map { Value.str(ctx.internedName($0)) }))))
        }
        u.line = s.pos.line
        u.emit(.buildClass, bases, a: UInt8(kwNames.count))
        for _ in cd.decorators { u.emit(.call, 1) }
        try compileStoreName(u, cd.name)
    }

    /// `with a as x, b: body`, one item at a time (nested as CPython does).
    private func compileWith(_ u: CodeUnit, _ items: [WithItem], _ k: Int, _ body: [Stmt], _ pos: SourcePos) throws(SyntaxError) {
        let item = items[k]
        let end = u.newLabel(), suppress = u.newLabel()
        try compileExpr(u, item.context)
        u.line = pos.line
        u.emit(.beforeWith)                         // [exit, entered]
        let exitDepth = u.depth - 1                 // with [exit] on the stack
        let start = u.instructions.count
        if let t = item.target { try compileStore(u, t) } else { u.emit(.popTop) }
        u.blocks.append(.withExit)
        if k + 1 < items.count {
            try compileWith(u, items, k + 1, body, pos)
        } else {
            try compileBody(u, body)
        }
        u.blocks.removeLast()
        let stop = u.instructions.count
        u.line = pos.line
        u.emit(.withExit)
        u.emitJump(.jump, end)
        // Exceptional exit: [exit, exc] -> [exit, prev, exc]; __exit__ decides.
        let handler = u.instructions.count
        u.depth = exitDepth + 1
        u.emit(.pushExcInfo)
        let hStart = u.instructions.count
        u.emit(.withExceptStart)                    // [exit, prev, exc, suppress?]
        u.emitJump(.popJumpIfTrue, suppress)
        let hStop = u.instructions.count
        u.emit(.popExceptAndReraise)
        u.place(suppress)
        u.depth = exitDepth + 2
        u.emit(.popTop)                             // exc
        u.emit(.popExcept)                          // prev
        u.emit(.popTop)                             // exit
        u.emitJump(.jump, end)
        let cleanup = u.instructions.count
        u.depth = exitDepth + 2
        u.emit(.popExceptAndReraise)
        u.exceptionTable.append(ExceptionTableEntry(start: Int32(start), end: Int32(stop), handler: Int32(handler),
                                                    depth: Int32(exitDepth)))
        u.exceptionTable.append(ExceptionTableEntry(start: Int32(hStart), end: Int32(hStop), handler: Int32(cleanup),
                                                    depth: Int32(exitDepth + 1)))
        u.depth = exitDepth - 1
        u.place(end)
    }

    private func compileAugAssign(_ u: CodeUnit, _ target: Expr, _ op: BinOp, _ value: Expr,
                                  _ statement: SourcePos) throws(SyntaxError) {
        // CPython places what fails in `target op= value` at the target.
        u.position = SourceSpan.pack(target)
        switch target.kind {
        case .name(let n):
            try compileLoadName(u, n, target.pos)
            try compileExpr(u, value)
            u.line = target.pos.line
            u.position = SourceSpan.pack(statement: statement)   // a failed operation: the whole statement
            u.emit(.inplace, Int(op.rawValue))
            try compileStoreName(u, n)
        case .subscript(let obj, let idx):
            try compileExpr(u, obj)
            try compileSubscriptIndex(u, idx)
            u.emit(.dupTopTwo)
            u.emit(.binarySubscr)
            try compileExpr(u, value)
            u.line = target.pos.line
            u.position = SourceSpan.pack(statement: statement)   // a failed operation: the whole statement
            u.emit(.inplace, Int(op.rawValue))
            u.emit(.rotThree)
            u.emit(.storeSubscr)
        case .attribute(let obj, let name):
            if case .name(let n) = obj.kind, case .fast(let slot) = u.scope.resolve(n), cannotRebindLocals(value) {
                // `self.x += v` on a local: load the local again for the store instead of
                // dupTop/rotTwo, so both halves fuse with it (loadFastAttr, loadFastStoreAttr).
                // Equivalent because nothing in `value` can rebind the local.
                u.emit(.loadFast, slot)
                u.line = target.pos.line
                emitLoadAttr(u, name)
                try compileExpr(u, value)
                u.line = target.pos.line
                u.position = SourceSpan.pack(statement: statement)   // a failed operation: the whole statement
                u.emit(.inplace, Int(op.rawValue))
                u.emit(.loadFast, slot)
                u.emitWithCache(.storeAttr, nameConst(u, name))
                return
            }
            try compileExpr(u, obj)
            u.emit(.dupTop)
            u.line = target.pos.line
            emitLoadAttr(u, name)
            try compileExpr(u, value)
            u.line = target.pos.line
            u.position = SourceSpan.pack(statement: statement)   // a failed operation: the whole statement
            u.emit(.inplace, Int(op.rawValue))
            u.emit(.rotTwo)
            u.emitWithCache(.storeAttr, nameConst(u, name))
        default:
            throw error("'\(exprKindName(target))' is an illegal expression for augmented assignment", target.pos)
        }
    }

    // MARK: stores and deletes

    func compileStoreName(_ u: CodeUnit, _ n: String) throws(SyntaxError) {
        switch u.scope.resolve(n) {
        case .fast(let i): u.emit(.storeFast, i)
        case .deref(let i): u.emit(.storeDeref, i)
        case .global: u.emit(ctx.storeGlobalOp, ctx.globalSlot(n))
        case .name, .classDeref: u.emit(.storeName, nameConst(u, n))
        }
    }

    func compileLoadName(_ u: CodeUnit, _ n: String, _ pos: SourcePos) throws(SyntaxError) {
        switch u.scope.resolve(n) {
        case .fast(let i): u.emit(.loadFast, i)
        case .deref(let i): u.emit(.loadDeref, i)
        case .global: u.emit(ctx.loadGlobalOp, ctx.globalSlot(n))
        case .name: u.emit(.loadName, ctx.globalSlot(n), b: UInt16(nameConst(u, n)))
        case .classDeref(let i): u.emit(.loadClassDeref, i, b: UInt16(nameConst(u, n)))
        }
    }

    func compileDeleteName(_ u: CodeUnit, _ n: String) throws(SyntaxError) {
        switch u.scope.resolve(n) {
        case .fast(let i): u.emit(.deleteFast, i)
        case .deref(let i): u.emit(.deleteDeref, i)
        case .global: u.emit(ctx.deleteGlobalOp, ctx.globalSlot(n))
        case .name, .classDeref: u.emit(.deleteName, nameConst(u, n), b: UInt16(truncatingIfNeeded: ctx.globalSlot(n)))
        }
    }

    func compileStore(_ u: CodeUnit, _ t: Expr) throws(SyntaxError) {
        // A failed store is placed at its target (`t[0]` of `t[0] = 5`).
        let outer = u.position
        u.position = SourceSpan.pack(t)
        defer { u.position = outer }
        switch t.kind {
        case .name(let n):
            try compileStoreName(u, n)
        case .subscript(let obj, let idx):
            try compileExpr(u, obj)
            try compileSubscriptIndex(u, idx)
            u.line = t.pos.line
            u.emit(.storeSubscr)
        case .attribute(let obj, let name):
            try compileExpr(u, obj)
            u.line = t.pos.line
            u.emitWithCache(.storeAttr, nameConst(u, name))
        case .tuple(let items), .list(let items):
            var starIndex = -1
            for (i, it) in items.enumerated() {
                if case .starred = it.kind {
                    if starIndex >= 0 { throw error("multiple starred expressions in assignment", it.pos) }
                    starIndex = i
                }
            }
            u.line = t.pos.line
            if starIndex < 0 {
                u.emit(.unpackSequence, items.count)
            } else {
                let before = starIndex, after = items.count - starIndex - 1
                if before > 0xFFFF || after > 0xFFFF { throw error("too many expressions in star-unpacking assignment", t.pos) }
                u.emit(.unpackEx, before | (after << 16))
            }
            for it in items {
                if case .starred(let inner) = it.kind {
                    try compileStore(u, inner)
                } else {
                    try compileStore(u, it)
                }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", t.pos)
        default:
            throw error("cannot assign to \(exprKindName(t))", t.pos)
        }
    }

    private func compileDelete(_ u: CodeUnit, _ t: Expr) throws(SyntaxError) {
        u.line = t.pos.line
        let outer = u.position
        u.position = SourceSpan.pack(t)
        defer { u.position = outer }
        switch t.kind {
        case .name(let n): try compileDeleteName(u, n)
        case .subscript(let obj, let idx):
            try compileExpr(u, obj)
            try compileSubscriptIndex(u, idx)
            u.line = t.pos.line
            u.emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for it in items { try compileDelete(u, it) }
        case .attribute(let obj, let name):
            try compileExpr(u, obj)
            u.line = t.pos.line
            u.emit(.deleteAttr, nameConst(u, name))
        default:
            throw error("cannot delete \(exprKindName(t))", t.pos)
        }
    }

    private func exprKindName(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .int, .bigInt, .float, .str, .bool, .none, .ellipsis, .imaginary, .bytes: return "literal"
        case .tuple: return "tuple"
        case .list: return "list"
        default: return "expression"
        }
    }

    // MARK: functions

    /// Compiles a function-like scope and emits the code that makes the function object.
    /// The tuple of cells a nested scope closes over (makeFunction's flag 8); false when it
    /// has no free variables.
    private func emitClosure(_ u: CodeUnit, _ scope: Scope, _ pos: SourcePos) throws(SyntaxError) -> Bool {
        if scope.frees.isEmpty { return false }
        for f in scope.frees {
            guard let idx = u.scope.cellIndex(f) else { throw error("internal: free variable '\(f)' not found", pos) }
            u.emit(.loadClosure, idx)
        }
        u.emit(.buildTuple, scope.frees.count)
        return true
    }

    func compileFunction(_ u: CodeUnit, scope: Scope, name: String, params: Parameters, pos: SourcePos,
                         doc: String? = nil, body: (CodeUnit) throws(SyntaxError) -> Void) throws(SyntaxError) {
        var flags = 0
        let positional = params.posOnly + params.args
        let defaults = positional.compactMap { $0.defaultValue }
        if !defaults.isEmpty {
            for d in defaults { try compileExpr(u, d) }
            u.emit(.buildTuple, defaults.count)
            flags |= 1
        }
        let kwDefaults = params.kwOnly.filter { $0.defaultValue != nil }
        if !kwDefaults.isEmpty {
            for p in kwDefaults {
                u.emit(.loadConst, u.addConst(.str(PyStr.make(p.name))))
                if let d = p.defaultValue { try compileExpr(u, d) }
            }
            u.emit(.buildMap, kwDefaults.count)
            flags |= 2
        }
        if !params.annotations.isEmpty {
            for (n, a) in params.annotations {
                u.emit(.loadConst, u.addConst(.str(PyStr.make(n))))
                try compileExpr(u, a)
            }
            u.emit(.buildMap, params.annotations.count)
            flags |= 4
        }
        let inner = CodeUnit(ctx: ctx, scope: scope, name: name, qualname: qualifiedName(u, name))
        inner.line = pos.line
        try body(inner)
        let code = try inner.finish(firstLine: pos.line, argCount: positional.count, posOnlyCount: params.posOnly.count,
                                    kwOnlyCount: params.kwOnly.count, hasVarargs: params.vararg != nil,
                                    hasVarkw: params.kwarg != nil, doc: doc)
        if try emitClosure(u, scope, pos) { flags |= 8 }
        u.line = pos.line
        u.emit(.loadConst, u.addConst(.object(PyCodeRef(code))))
        u.emit(.makeFunction, flags)
    }

    // MARK: expressions

    /// Jumps to `ifFalse` when the test is false; short-circuits `and`/`or`/`not` without building bools.
    func compileCondJump(_ u: CodeUnit, _ test: Expr, ifFalse: Int) throws(SyntaxError) {
        switch test.kind {
        case .unary(.not, let inner):
            let skip = u.newLabel()
            try compileCondJumpTrue(u, inner, ifTrue: ifFalse, fallthrough: skip)
            u.place(skip)
        case .boolOp(isAnd: true, let xs):
            for x in xs { try compileCondJump(u, x, ifFalse: ifFalse) }
        default:
            try compileExpr(u, test)
            u.emitJump(.popJumpIfFalse, ifFalse)
        }
    }

    private func compileCondJumpTrue(_ u: CodeUnit, _ test: Expr, ifTrue: Int, fallthrough: Int) throws(SyntaxError) {
        try compileExpr(u, test)
        u.emitJump(.popJumpIfTrue, ifTrue)
    }

    func compileSubscriptIndex(_ u: CodeUnit, _ idx: Expr) throws(SyntaxError) {
        if case .slice(let lo, let hi, let step) = idx.kind {
            if let lo = lo { try compileExpr(u, lo) } else { u.emit(.loadNone) }
            if let hi = hi { try compileExpr(u, hi) } else { u.emit(.loadNone) }
            if let st = step {
                try compileExpr(u, st)
                u.emit(.buildSlice, 3)
            } else {
                u.emit(.buildSlice, 2)
            }
        } else {
            try compileExpr(u, idx)
        }
    }

    /// The constant index of an attribute or class-body name (one PyStr per name per program).
    func nameConst(_ u: CodeUnit, _ name: String) -> Int {
        return u.addConst(.str(ctx.internedName(name)))
    }

    /// `b` operand of attribute instructions: MethodName index + 1, or 0 for other names.
    func methodNameOperand(_ name: String) -> UInt16 {
        if let m = MethodName.byName[name], let i = MethodName.indexOf[m] { return UInt16(i + 1) }
        return 0
    }

    func emitLoadAttr(_ u: CodeUnit, _ name: String) {
        u.emitWithCache(.loadAttr, nameConst(u, name), b: methodNameOperand(name))
    }

    /// `name` qualified as CPython's __qualname__ for a def/class/lambda directly inside `u`.
    func qualifiedName(_ u: CodeUnit, _ name: String) -> String {
        switch u.scope.kind {
        case .module: return name
        case .classBody: return "\(u.qualname).\(name)"
        default: return "\(u.qualname).<locals>.\(name)"
        }
    }

    /// The docstring of a body: its first statement when that is a plain string literal.
    func docstring(_ body: [Stmt]) -> String? {
        if let first = body.first, case .expr(let e) = first.kind, case .str(let s) = e.kind { return s }
        return nil
    }

    func compileExpr(_ u: CodeUnit, _ e: Expr) throws(SyntaxError) {
        let outer = u.position
        u.position = SourceSpan.pack(e)
        defer { u.position = outer }
        switch e.kind {
        case .name(let n):
            u.line = e.pos.line
            try compileLoadName(u, n, e.pos)
        case .int(let i):
            if i >= Int(Int32.min) && i <= Int(Int32.max) {
                u.emit(.loadSmallInt, i)
            } else {
                u.emit(.loadConst, u.addConst(.int(i)))
            }
        case .bigInt(let digits):
            guard let b = BigInt.fromDecimalLiteral(digits) else { throw error("invalid integer literal", e.pos) }
            if b.bitLength > Limits.maxIntBits { throw error("integer literal too large", e.pos) }
            u.emit(.loadConst, u.addConst(.int(b)))
        case .float(let d):
            u.emit(.loadConst, u.addConst(.float(d)))
        case .str(let s):
            u.emit(.loadConst, u.addConst(.str(PyStr.make(s))))
        case .bool(let b):
            u.emit(b ? .loadTrue : .loadFalse)
        case .none:
            u.emit(.loadNone)
        case .ellipsis:
            u.emit(.loadConst, u.addConst(.object(PyEllipsis.shared)))
        case .imaginary(let d):
            u.emit(.loadConst, u.addConst(.complex(0, d)))
        case .bytes(let b):
            u.emit(.loadConst, u.addConst(.bytes(b)))
        case .fstring(let parts):
            try compileFString(u, parts, e.pos)
        case .unary(let op, let x):
            // Fold negative literals so `-5` is a constant.
            if op == .neg, case .int(let i) = x.kind, i != Int.min, i >= Int(Int32.min) + 1, i <= Int(Int32.max) {
                u.emit(.loadSmallInt, -i)
                return
            }
            if op == .neg, case .float(let d) = x.kind {
                u.emit(.loadConst, u.addConst(.float(-d)))
                return
            }
            try compileExpr(u, x)
            u.line = e.pos.line
            switch op {
            case .neg: u.emit(.unaryNeg)
            case .pos: u.emit(.unaryPos)
            case .invert: u.emit(.unaryInvert)
            case .not: u.emit(.unaryNot)
            }
        case .binary(let op, let l, let r):
            let start = u.instructions.count
            try compileExpr(u, l)
            let middle = u.instructions.count
            try compileExpr(u, r)
            // `2 + 2` becomes the constant 4, as CPython's optimizer does (only when both sides
            // are single small-int loads and the result cannot overflow).
            if middle == start + 1 && u.instructions.count == middle + 1 && u.foldSmallInts(op) { return }
            u.line = e.pos.line
            u.emit(.binary, Int(op.rawValue))
        case .boolOp(let isAnd, let xs):
            let end = u.newLabel()
            for (i, x) in xs.enumerated() {
                try compileExpr(u, x)
                if i < xs.count - 1 {
                    u.emitJump(isAnd ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
                }
            }
            u.place(end)
        case .compare(let first, let rest):
            try compileExpr(u, first)
            if rest.count == 1 {
                try compileExpr(u, rest[0].1)
                u.line = e.pos.line
                u.emit(.compare, Int(rest[0].0.rawValue))
            } else {
                let cleanup = u.newLabel(), end = u.newLabel()
                for (i, (op, r)) in rest.enumerated() {
                    try compileExpr(u, r)
                    u.line = e.pos.line
                    if i < rest.count - 1 {
                        u.emit(.dupTop)
                        u.emit(.rotThree)
                        u.emit(.compare, Int(op.rawValue))
                        u.emitJump(.jumpIfFalseOrPop, cleanup)
                    } else {
                        u.emit(.compare, Int(op.rawValue))
                    }
                }
                u.emitJump(.jump, end)
                u.place(cleanup)
                u.depth += 1
                u.emit(.rotTwo)
                u.emit(.popTop)
                u.place(end)
            }
        case .ifExp(let test, let body, let orElse):
            let elseL = u.newLabel(), end = u.newLabel()
            try compileCondJump(u, test, ifFalse: elseL)
            try compileExpr(u, body)
            u.emitJump(.jump, end)
            u.place(elseL)
            u.depth -= 1
            try compileExpr(u, orElse)
            u.place(end)
        case .lambda(let params, let body):
            guard let scope = ctx.scopes[ObjectIdentifier(e)] else { throw error("internal: no scope", e.pos) }
            try compileFunction(u, scope: scope, name: "<lambda>", params: params, pos: e.pos) { (inner) throws(SyntaxError) in
                try self.compileExpr(inner, body)
                inner.emit(.returnValue)
            }
        case .call(let f, let args):
            try compileCall(u, e, f, args)
        case .attribute(let obj, let name):
            try compileExpr(u, obj)
            u.line = e.pos.line
            emitLoadAttr(u, name)
        case .subscript(let obj, let idx):
            try compileExpr(u, obj)
            try compileSubscriptIndex(u, idx)
            u.line = e.pos.line
            u.emit(.binarySubscr)
        case .slice:
            // Only the parser's subscripts make these: `x[a:b, c]` indexes with (slice(a, b), c).
            try compileSubscriptIndex(u, e)
        case .list(let xs):
            try compileSequence(u, xs, build: .buildList, e.pos)
        case .tuple(let xs):
            if xs.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileSequence(u, xs, build: .buildList, e.pos)
                u.emit(.listToTuple)
            } else if !xs.isEmpty, let folded = constantValue(e) {
                // A tuple of constants is itself a constant, as CPython folds it: one load
                // instead of building it on every evaluation.
                u.line = e.pos.line
                u.emit(.loadConst, u.addConst(folded))
            } else {
                for x in xs { try compileExpr(u, x) }
                u.emit(.buildTuple, xs.count)
            }
        case .set(let xs):
            try compileSequence(u, xs, build: .buildSet, e.pos)
        case .dict(let pairs):
            var pending = 0
            var built = false
            for p in pairs {
                if let k = p.key {
                    try compileExpr(u, k)
                    try compileExpr(u, p.value)
                    pending += 1
                } else {
                    if !built {
                        u.emit(.buildMap, pending)
                        built = true
                    } else if pending > 0 {
                        u.emit(.buildMap, pending)
                        u.emit(.dictUpdate, 1)
                    }
                    pending = 0
                    try compileExpr(u, p.value)
                    u.emit(.dictUpdate, 1)
                }
            }
            if !built {
                u.emit(.buildMap, pending)
            } else if pending > 0 {
                u.emit(.buildMap, pending)
                u.emit(.dictUpdate, 1)
            }
        case .starred:
            throw error("can't use starred expression here", e.pos)
        case .listComp(let elt, let gens):
            try compileComprehension(u, e, gens, kind: 0, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(u, e, gens, kind: 1, elt, nil)
        case .dictComp(let k, let v, let gens):
            try compileComprehension(u, e, gens, kind: 2, k, v)
        case .generatorExp(let elt, let gens):
            try compileComprehension(u, e, gens, kind: 3, elt, nil)
        case .namedExpr(let target, let value):
            try compileExpr(u, value)
            u.emit(.dupTop)
            if u.scope.kind == .comprehension {
                // Stored in the enclosing function (a free variable here) or as a global.
                switch u.scope.resolve(target) {
                case .deref(let i): u.emit(.storeDeref, i)
                default: u.emit(ctx.storeGlobalOp, ctx.globalSlot(target))
                }
            } else {
                try compileStoreName(u, target)
            }
        case .yield(let x):
            if let x = x { try compileExpr(u, x) } else { u.emit(.loadNone) }
            u.line = e.pos.line
            u.emit(.yieldValue)
        case .yieldFrom(let x):
            try compileExpr(u, x)
            u.line = e.pos.line
            u.emit(.getYieldFromIter)
            u.emit(.loadNone)
            u.emit(.yieldFrom)
        case .await:
            throw unsupported("async functions", e.pos)
        }
    }

    private func compileSequence(_ u: CodeUnit, _ xs: [Expr], build: Opcode, _ pos: SourcePos) throws(SyntaxError) {
        // CPython turns a set display of 3+ constants into a frozenset constant (built twice, as
        // its constant merging does) copied into a new set: that fixes the print order.
        if build == .buildSet && xs.count > 2, let folded = foldedConstantSet(xs) {
            u.emit(.buildSet, 0)
            u.emit(.loadConst, u.addConst(.set(folded)))
            u.emit(.setUpdate, 1)
            return
        }
        let hasStar = xs.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for x in xs { try compileExpr(u, x) }
            u.emit(build, xs.count)
            return
        }
        var pending = 0
        var built = false
        for x in xs {
            if case .starred(let inner) = x.kind {
                if !built {
                    u.emit(build, pending)
                    built = true
                } else if pending > 0 {
                    // Append the pending plain items one by one.
                    u.emit(build == .buildSet ? .buildSet : .buildList, pending)
                    u.emit(build == .buildSet ? .setUpdate : .listExtend, 1)
                }
                pending = 0
                try compileExpr(u, inner)
                u.line = x.pos.line
                u.emit(build == .buildSet ? .setUpdate : .listExtend, 1)
            } else {
                try compileExpr(u, x)
                pending += 1
            }
        }
        if pending > 0 {
            u.emit(build == .buildSet ? .buildSet : .buildList, pending)
            u.emit(build == .buildSet ? .setUpdate : .listExtend, 1)
        }
    }

    /// The positional then keyword values of a call without * or **, then the tuple of
    /// keyword names when there are any (the method-call instructions' layout).
    private func compileSimpleArguments(_ u: CodeUnit, _ args: [CallArg], _ kwNames: [String]) throws(SyntaxError) {
        for a in args {
            switch a {
            case .positional(let x), .keyword(_, let x): try compileExpr(u, x)
            default: break
            }
        }
        if !kwNames.isEmpty {
            let names = kwNames.map { Value.str(ctx.internedName($0)) }
            u.emit(.loadConst, u.addConst(.tuple(PyTuple(names))))
        }
    }

    private func compileCall(_ u: CodeUnit, _ e: Expr, _ f: Expr, _ args: [CallArg]) throws(SyntaxError) {
        var simple = true
        var kwNames: [String] = []
        for a in args {
            switch a {
            case .positional: if !kwNames.isEmpty { simple = false }
            case .keyword(let n, _): kwNames.append(n)
            case .star, .doubleStar: simple = false
            }
        }
        let positionalCount = args.count - kwNames.count
        // Zero-argument super() inside a method: super(__class__, <first argument>).
        if args.isEmpty, case .name("super") = f.kind, u.scope.kind == .function,
           case .global = u.scope.resolve("super"), u.scope.frees.contains("__class__"),
           case .deref(let classCell) = u.scope.resolve("__class__"), let firstArg = u.scope.params.first {
            try compileLoadName(u, "super", f.pos)
            u.emit(.loadDeref, classCell)
            try compileLoadName(u, firstArg, f.pos)
            u.line = e.pos.line
            u.emit(.call, 2)
            return
        }
        // super().name(args) in a method: no super object when `super` is the builtin.
        if simple, case .attribute(let obj, let name) = f.kind, positionalCount < 256, kwNames.count < 256,
           case .call(let sf, let sargs) = obj.kind, sargs.isEmpty, case .name("super") = sf.kind,
           u.scope.kind == .function, case .global = u.scope.resolve("super"), u.scope.frees.contains("__class__"),
           case .deref(let classCell) = u.scope.resolve("__class__"), let firstArg = u.scope.params.first {
            try compileLoadName(u, "super", sf.pos)
            u.emit(.loadDeref, classCell)
            try compileLoadName(u, firstArg, sf.pos)
            try compileSimpleArguments(u, args, kwNames)
            u.line = e.pos.line
            u.position = SourceSpan.pack(e, method: f)
            u.emit(.callSuperMethod, positionalCount | (nameConst(u, name) << 8), a: UInt8(kwNames.count))
            return
        }
        // Method call fast path: obj.name(args).
        if simple, case .attribute(let obj, let name) = f.kind, positionalCount < 256, kwNames.count < 256 {
            try compileExpr(u, obj)
            try compileSimpleArguments(u, args, kwNames)
            u.line = e.pos.line
            u.position = SourceSpan.pack(e, method: f)
            u.emitWithCache(.callMethod, positionalCount | (nameConst(u, name) << 8), a: UInt8(kwNames.count),
                            b: methodNameOperand(name))
            return
        }
        try compileExpr(u, f)
        if simple {
            for a in args {
                switch a {
                case .positional(let x), .keyword(_, let x): try compileExpr(u, x)
                default: break
                }
            }
            u.line = e.pos.line
            if kwNames.isEmpty {
                u.emit(.call, args.count)
            } else {
                let names = kwNames.map { Value.str(ctx.internedName($0)) }
                u.emit(.loadConst, u.addConst(.tuple(PyTuple(names))))
                u.emit(.callKw, args.count)
            }
            return
        }
        // General case: build a positional tuple and a keyword dict. With no positional
        // arguments that is the empty tuple; for `f(*x)` alone, x itself (the call makes the
        // tuple; with keywords too, x stays a list first, so that its errors come before theirs).
        var starCount = 0, positionalArgs = 0, keywordArgs = 0
        for a in args {
            switch a {
            case .star: starCount += 1
            case .positional: positionalArgs += 1
            default: keywordArgs += 1
            }
        }
        var rawStar = false
        if starCount + positionalArgs == 0 {
            u.emit(.loadConst, u.addConst(.tuple(PyTuple.empty)))
        } else if starCount == 1 && positionalArgs == 0 && keywordArgs == 0 {
            for case .star(let x) in args {
                if case .starred(let inner) = x.kind { try compileExpr(u, inner) } else { try compileExpr(u, x) }
            }
            rawStar = true
        } else {
            try compileBuiltPositional(u, args)
        }
        var hasKw = false
        var doubleStars = 0
        for a in args { if case .doubleStar = a { doubleStars += 1 } }
        if doubleStars == 1 && keywordArgs == 1 {
            // f(..., **x) with no other keyword: x itself (the call reads a dict in place and
            // makes other mappings into one), as it holds no keywords of the call's own to merge.
            for case .doubleStar(let x) in args { try compileExpr(u, x) }
            u.line = e.pos.line
            u.emit(.callEx, 1 | 4 | (rawStar ? 2 : 0))
            return
        }
        for a in args {
            switch a {
            case .keyword(let n, let x):
                if !hasKw { u.emit(.buildMap, 0); hasKw = true }
                u.emit(.loadConst, u.addConst(.str(PyStr.make(n))))
                try compileExpr(u, x)
                u.emit(.buildMap, 1)
                u.emit(.dictMerge, 1)
            case .doubleStar(let x):
                if !hasKw { u.emit(.buildMap, 0); hasKw = true }
                try compileExpr(u, x)
                u.emit(.dictMerge, 1)
            default: break
            }
        }
        u.line = e.pos.line
        u.emit(.callEx, (hasKw ? 1 : 0) | (rawStar ? 2 : 0))
    }

    /// A call's positional and starred arguments as one tuple (built as a list, then converted).
    private func compileBuiltPositional(_ u: CodeUnit, _ args: [CallArg]) throws(SyntaxError) {
        u.emit(.buildList, 0)
        for a in args {
            switch a {
            case .positional(let x):
                try compileExpr(u, x)
                u.emit(.listAppend, 1)
            case .star(let x):
                // The parser may wrap the operand in a starred node.
                if case .starred(let inner) = x.kind { try compileExpr(u, inner) } else { try compileExpr(u, x) }
                u.line = x.pos.line
                u.emit(.listExtend, 1 | 0x100)   // 0x100: call arguments (error names the callee)
            default: break
            }
        }
        u.emit(.listToTuple)
    }

    /// kind: 0 list, 1 set, 2 dict. The comprehension runs as a nested function called with
    /// the first iterator, as in CPython.
    private func compileComprehension(_ u: CodeUnit, _ e: Expr, _ gens: [Comprehension], kind: Int, _ elt: Expr,
                                      _ value: Expr?) throws(SyntaxError) {
        guard let scope = ctx.scopes[ObjectIdentifier(e)], let first = gens.first else {
            throw error("internal: no scope", e.pos)
        }
        let name = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"][kind]
        let inner = CodeUnit(ctx: ctx, scope: scope, name: name, qualname: qualifiedName(u, name))
        inner.line = e.pos.line
        if kind < 3 { inner.emit(kind == 0 ? .buildList : kind == 1 ? .buildSet : .buildMap, 0) }
        var loopEnds: [(top: Int, exit: Int)] = []
        for (i, g) in gens.enumerated() {
            let top = inner.newLabel(), exit = inner.newLabel()
            if i == 0 {
                inner.emit(.loadFast, 0)
            } else {
                try compileExpr(inner, g.iter)
                inner.emit(.getIter)
            }
            inner.place(top)
            inner.line = e.pos.line
            inner.emitJump(.forIter, exit)
            try compileStore(inner, g.target)
            for cond in g.ifs {
                try compileCondJump(inner, cond, ifFalse: top)
            }
            loopEnds.append((top, exit))
        }
        if kind == 3 {
            try compileExpr(inner, elt)
            inner.line = e.pos.line
            inner.emit(.yieldValue)
            inner.emit(.popTop)
        } else if kind == 2, let v = value {
            try compileExpr(inner, elt)
            try compileExpr(inner, v)
            inner.emit(.mapAdd, gens.count + 1)
        } else {
            try compileExpr(inner, elt)
            inner.emit(kind == 0 ? .listAppend : .setAdd, gens.count + 1)
        }
        for (top, exit) in loopEnds.reversed() {
            inner.emitJump(.jump, top)
            inner.place(exit)
            inner.depth -= 1
        }
        if kind == 3 { inner.emit(.loadNone) }
        inner.emit(.returnValue)
        let code = try inner.finish(firstLine: e.pos.line, argCount: 1, posOnlyCount: 0, kwOnlyCount: 0,
                                    hasVarargs: false, hasVarkw: false)
        var flags = 0
        if try emitClosure(u, scope, e.pos) { flags |= 8 }
        u.emit(.loadConst, u.addConst(.object(PyCodeRef(code))))
        u.emit(.makeFunction, flags)
        try compileExpr(u, first.iter)
        u.line = e.pos.line
        u.emit(.getIter)
        u.emit(.call, 1)
    }

    private func compileFString(_ u: CodeUnit, _ parts: [FStringPart], _ pos: SourcePos) throws(SyntaxError) {
        var count = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                u.emit(.loadConst, u.addConst(.str(PyStr.make(s))))
                count += 1
            case .field(let x, let conv, let spec, let selfDoc):
                if let d = selfDoc {
                    u.emit(.loadConst, u.addConst(.str(PyStr.make(d))))
                    count += 1
                }
                try compileExpr(u, x)
                var flags = 0
                switch conv {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = (selfDoc != nil && spec == nil) ? 2 : 0
                }
                if let sp = spec {
                    try compileFString(u, sp, pos)
                    flags |= 4
                }
                u.line = pos.line
                u.emit(.formatValue, flags)
                count += 1
            }
        }
        if count == 0 {
            u.emit(.loadConst, u.addConst(.str(PyStr.empty)))
        } else if count > 1 {
            u.emit(.buildString, count)
        }
    }
}

extension MethodName {
    static let table: [MethodName] = Immortal.array(MethodName.allCases)
    /// The table as a plain pointer for the dispatch loop, where an array subscript may be left
    /// as an outlined call. Allocated once for the process, never freed or written.
    static let tableBase: UnsafePointer<MethodName> = {
        let p = UnsafeMutablePointer<MethodName>.allocate(capacity: table.count)
        p.initialize(from: table, count: table.count)
        return UnsafePointer(p)
    }()
    static let indexOf: [MethodName: Int] = {
        var d: [MethodName: Int] = [:]
        for (i, m) in MethodName.allCases.enumerated() { d[m] = i }
        return Immortal.dictionary(d)
    }()
}

/// Whether evaluating `e` certainly cannot rebind a local variable of the current function:
/// names, literals, attributes, subscripts, operators and calls of such (a callee cannot
/// rebind its caller's locals). Anything else (a walrus, a comprehension, a lambda) says no.
func cannotRebindLocals(_ e: Expr, depth: Int = 0) -> Bool {
    if depth > 16 { return false }
    switch e.kind {
    case .name, .int, .bigInt, .float, .str, .bool, .none, .ellipsis: return true
    case .attribute(let x, _), .unary(_, let x): return cannotRebindLocals(x, depth: depth + 1)
    case .binary(_, let l, let r), .subscript(let l, let r):
        return cannotRebindLocals(l, depth: depth + 1) && cannotRebindLocals(r, depth: depth + 1)
    case .call(let f, let args):
        guard cannotRebindLocals(f, depth: depth + 1) else { return false }
        for a in args {
            switch a {
            case .positional(let x), .star(let x), .keyword(_, let x), .doubleStar(let x):
                if !cannotRebindLocals(x, depth: depth + 1) { return false }
            }
        }
        return true
    default: return false
    }
}

/// The value of a literal that CPython's optimizer treats as a constant, else nil.
func constantValue(_ e: Expr) -> Value? {
    switch e.kind {
    case .int(let i): return .int(i)
    case .float(let d): return .float(d)
    case .str(let s): return .str(PyStr.make(s))
    case .bytes(let b): return .bytes(b)
    case .bool(let b): return .bool(b)
    case .none: return Value.none
    case .bigInt(let digits): return BigInt.fromDecimalLiteral(digits).map { Value.int($0) }
    case .unary(.neg, let x):
        switch x.kind {
        case .int(let i): return i == Int.min ? nil : .int(-i)
        case .float(let d): return .float(-d)
        default: return nil
        }
    case .tuple(let items):
        var out: [Value] = []
        for i in items {
            guard let v = constantValue(i) else { return nil }
            out.append(v)
        }
        return .tuple(PyTuple(out))
    default: return nil
    }
}

private func foldedConstantSet(_ xs: [Expr]) -> PySet? {
    var values: [Value] = []
    for x in xs {
        guard let v = constantValue(x) else { return nil }
        values.append(v)
    }
    let first = PySet(frozen: true)
    let second = PySet(frozen: true)
    do throws(PyError) {
        for v in values { try first.add(v) }
        for v in first.elements { try second.add(v) }
    } catch {
        return nil
    }
    return second
}
