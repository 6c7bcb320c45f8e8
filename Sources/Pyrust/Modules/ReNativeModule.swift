// _re: the Swift half of re (Modules/Library/ReModule.swift is the Python half: Pattern,
// Match, sub templates, flags). It parses and compiles patterns (RegexParser, RegexCompiler),
// keeps a per-thread cache of compiled programs, and runs the matcher (RegexMatcher).
// Private: its functions take every argument positionally, as the Python half passes them.

extension PyType {
    static let regexProgram = PyType.native("_re.Program", new: { (_, _) throws(PyError) -> Value in
        throw Pyrust.typeError("cannot create '_re.Program' instances")
    })
}

/// A compiled pattern handed to Python (held by a re.Pattern).
final class PyRegexProgram: PyObject {
    let program: RegexProgram
    init(_ program: RegexProgram) { self.program = program }
    override var pyType: PyType { .regexProgram }
}

/// Per-thread state of _re (made by each thread's import of the module).
final class RegexCache {
    struct Key: Hashable {
        var isBytes: Bool
        var flags: Int
        var text: [UInt32]
    }
    var programs: [Key: RegexProgram] = [:]
    static let capacity = 512
    /// The last patterns compiled from a str, looked up by identity first (a pattern literal in
    /// a loop is the same str object each time), without converting or hashing it.
    var recent: [(PyStr, Int, RegexProgram)] = []
    static let recentCapacity = 16

    func recentProgram(_ s: PyStr, _ flags: Int) -> RegexProgram? {
        for (k, f, p) in recent where f == flags && (k === s || k.sameBytes(s)) { return p }
        return nil
    }
    /// The code points of the last long str searched (tokenizers call match(s, pos) in a loop).
    var lastSubject: PyStr? = nil
    var lastScalars: [UInt32] = []
}

enum ReNativeModule {
    static let definition = NativeModule { d in
        let cache = RegexCache()
        func add(_ name: String, _ f: @escaping NativeFunction) {
            addNativeFunction(d, "_re", name, f)
        }

        // compile(pattern, flags, error_class) -> (program, flags, groups, ((name, index), ...))
        add("compile") { (vm, args) throws(PyError) -> Value in
            try args.expect("compile", min: 3, max: 3)
            let pattern = args[0]
            var flags = try vm.ssizeArgument(args[1])
            if case .str(let s) = pattern, let p = cache.recentProgram(s, flags) { return compiled(p) }
            let text: [UInt32]
            let isBytes: Bool
            switch pattern.payloadOrSelf {
            case .str(let s): text = s.scalars; isBytes = false
            case .object(let o) where o.isBytes:
                guard let b = o as? PyBytes else { throw typeError("first argument must be string or compiled pattern") }
                text = b.bytes.map { UInt32($0) }; isBytes = true
            default: throw typeError("first argument must be string or compiled pattern")
            }
            let key = RegexCache.Key(isBytes: isBytes, flags: flags, text: text)
            let program: RegexProgram
            if let p = cache.programs[key] {
                program = p
            } else {
                var parser = RegexParser(text, isBytes: isBytes, flags: flags)
                let node: RegexNode
                do throws(RegexSyntaxError) {
                    node = try parser.parse()
                } catch {
                    switch error.kind {
                    case .overflow: throw overflowError(error.message)
                    case .value: throw PyError(.notImplementedError, error.message)
                    case .recursion: throw PyError(.recursionError, error.message)
                    case .reError:
                        let made = try vm.call(args[2], error.position.map { [.str(PyStr.make(error.message)), pattern, .int($0)] }
                                                          ?? [.str(PyStr.make(error.message))])
                        guard case .exception(let exc) = made else { throw typeError("exceptions must derive from BaseException") }
                        throw PyError(exc)
                    }
                }
                flags = parser.flags
                if !isBytes {
                    if flags & RegexFlag.locale != 0 { throw valueError("cannot use LOCALE flag with a str pattern") }
                    if flags & RegexFlag.ascii == 0 { flags |= RegexFlag.unicode }
                    else if flags & RegexFlag.unicode != 0 { throw valueError("ASCII and UNICODE flags are incompatible") }
                } else {
                    if flags & RegexFlag.unicode != 0 { throw valueError("cannot use UNICODE flag with a bytes pattern") }
                    if flags & RegexFlag.locale != 0 && flags & RegexFlag.ascii != 0 {
                        throw valueError("ASCII and LOCALE flags are incompatible")
                    }
                }
                let widths = parser.groupWidths.map { $0 ?? (0, nil) }
                program = RegexProgram.compile(node, groups: parser.groupCount, groupWidths: widths)
                program.groupNames = parser.groupNames
                program.flags = flags
                program.isBytes = isBytes
                if cache.programs.count >= RegexCache.capacity { cache.programs.removeAll() }
                cache.programs[key] = program
            }
            if case .str(let s) = pattern {
                if cache.recent.count >= RegexCache.recentCapacity { cache.recent.removeFirst() }
                cache.recent.append((s, try vm.ssizeArgument(args[1]), program))
            }
            return compiled(program)
        }

        func compiled(_ program: RegexProgram) -> Value {
            // One tuple per program, kept with it in this thread's cache (immutable objects only).
            if let made = program.pythonValue { return made }
            var names: [Value] = []
            for (n, i) in program.groupNames { names.append(.tuple(PyTuple([.str(PyStr.make(n)), .int(i)]))) }
            let made = Value.tuple(PyTuple([.object(PyRegexProgram(program)), .int(program.flags), .int(program.groupCount),
                                            .tuple(PyTuple(names))]))
            program.pythonValue = made
            return made
        }

        // findall(program, string, pos, endpos) -> the list re.findall returns.
        add("findall") { (vm, args) throws(PyError) -> Value in
            try args.expect("findall", min: 4, max: 4)
            let program = try programArgument(args[0])
            let subjectValue = args[1]
            return try withSubject(vm, cache, program, subjectValue) { (subject) throws(PyError) -> Value in
                let (pos, endpos) = try bounds(vm, args[2], args[3], subject.count)
                var out: [Value] = []
                if pos > endpos { return .list(PyList(out)) }
                var m = RegexMatcher(program, subject, end: endpos, vm: vm)
                var at = pos
                var mustAdvance = false
                let groups = program.groupCount
                while true {
                    m.mustAdvance = mustAdvance
                    if !(try m.find(from: at, search: true)) { break }
                    if groups == 0 {
                        out.append(piece(subjectValue, subject, m.slots[0], m.slots[1]))
                    } else if groups == 1 {
                        out.append(piece(subjectValue, subject, m.slots[2], m.slots[3]))
                    } else {
                        var items: [Value] = []
                        for g in 1...groups { items.append(piece(subjectValue, subject, m.slots[2 * g], m.slots[2 * g + 1])) }
                        out.append(.tuple(PyTuple(items)))
                    }
                    let e = m.slots[1]
                    mustAdvance = e == m.slots[0]
                    at = e
                    if at > endpos { break }
                    try vm.charge(1)
                }
                return .list(PyList(out))
            }
        }

        // match(program, string, pos, endpos, mode) -> None or (lastindex, ((start, end), ...));
        // mode 0: match, 1: fullmatch, 2: search.
        add("match") { (vm, args) throws(PyError) -> Value in
            try args.expect("match", min: 5, max: 5)
            let program = try programArgument(args[0])
            let mode = try vm.ssizeArgument(args[4])
            return try withSubject(vm, cache, program, args[1]) { (subject) throws(PyError) -> Value in
                let (pos, endpos) = try bounds(vm, args[2], args[3], subject.count)
                if mode == 2 && pos > endpos { return .none }
                var m = RegexMatcher(program, subject, end: endpos, vm: vm)
                m.fullMatch = mode == 1
                if try m.find(from: pos, search: mode == 2) { return result(m, pos, endpos) }
                return .none
            }
        }

        // scan(program, string, pos, endpos, maxcount) -> [(lastindex, regs), ...]: the
        // non-overlapping matches of a search (findall, finditer, sub, split); maxcount 0: all.
        add("scan") { (vm, args) throws(PyError) -> Value in
            try args.expect("scan", min: 5, max: 5)
            let program = try programArgument(args[0])
            let maxCount = try vm.ssizeArgument(args[4])
            return try withSubject(vm, cache, program, args[1]) { (subject) throws(PyError) -> Value in
                let (pos, endpos) = try bounds(vm, args[2], args[3], subject.count)
                var out: [Value] = []
                if pos > endpos { return .list(PyList(out)) }
                var m = RegexMatcher(program, subject, end: endpos, vm: vm)
                var at = pos
                var mustAdvance = false
                while maxCount == 0 || out.count < maxCount {
                    m.mustAdvance = mustAdvance
                    if !(try m.find(from: at, search: true)) { break }
                    out.append(result(m, pos, endpos))
                    let e = m.slots[1]
                    mustAdvance = e == m.slots[0]
                    at = e
                    if at > endpos { break }
                    try vm.charge(1)
                }
                return .list(PyList(out))
            }
        }

        // sub(program, string, items, count) -> (result, n): items is a parsed template, a tuple
        // of str/bytes pieces and group numbers (see _parse_template in re); count 0: all.
        add("sub") { (vm, args) throws(PyError) -> Value in
            try args.expect("sub", min: 4, max: 4)
            let program = try programArgument(args[0])
            let subjectValue = args[1]
            guard case .tuple(let itemsTuple) = args[2] else { throw typeError("sub() expects a template tuple") }
            let maxCount = try vm.ssizeArgument(args[3])
            // The template as code points (pieces) and group numbers (>= 0), in one list.
            var pieces: [[UInt32]] = []
            var groupOf: [Int] = []
            for item in itemsTuple.items {
                switch item.payloadOrSelf {
                case .int(let g): groupOf.append(g); pieces.append([])
                case .str(let t): groupOf.append(-1); pieces.append(t.isASCII ? t.withUnsafeBufferPointer { $0.map { UInt32($0) } } : t.scalars)
                case .object(let o):
                    guard let b = o as? PyBytes else { throw typeError("bad template item") }
                    groupOf.append(-1); pieces.append(b.bytes.map { UInt32($0) })
                default: throw typeError("bad template item")
                }
            }
            return try withSubject(vm, cache, program, subjectValue) { (subject) throws(PyError) -> Value in
                var out: [UInt32] = []
                var m = RegexMatcher(program, subject, end: subject.count, vm: vm)
                var at = 0, last = 0, n = 0
                var mustAdvance = false
                while maxCount == 0 || n < maxCount {
                    m.mustAdvance = mustAdvance
                    if !(try m.find(from: at, search: true)) { break }
                    let s0 = m.slots[0], e0 = m.slots[1]
                    out.append(contentsOf: subject[last..<s0])
                    for k in 0..<pieces.count {
                        let g = groupOf[k]
                        if g < 0 { out.append(contentsOf: pieces[k]); continue }
                        if g > program.groupCount { continue }
                        let gs = m.slots[2 * g], ge = m.slots[2 * g + 1]
                        if gs >= 0 && ge >= gs { out.append(contentsOf: subject[gs..<ge]) }
                    }
                    n += 1
                    last = e0
                    mustAdvance = e0 == s0
                    at = e0
                    if at > subject.count { break }
                    try vm.charge(1 + (out.count >> 6))
                }
                out.append(contentsOf: subject[last..<subject.count])
                let result: Value
                if program.isBytes {
                    result = .object(PyBytes.make(out.map { UInt8(truncatingIfNeeded: $0) }))
                } else if n == 0, case .str(let original) = subjectValue.payloadOrSelf {
                    result = .str(original)
                } else {
                    result = .str(PyStr.fromScalars(out))
                }
                return .tuple(PyTuple([result, .int(n)]))
            }
        }

        add("purge") { (_, args) throws(PyError) -> Value in
            try args.expect("purge", min: 0, max: 0)
            cache.programs.removeAll()
            cache.lastSubject = nil
            cache.lastScalars = []
            return .none
        }
    }

    /// subject[s:e] as findall gives it ('' or b'' for an unset group; bytes for a bytearray).
    private static func piece(_ v: Value, _ scalars: UnsafeBufferPointer<UInt32>, _ s: Int, _ e: Int) -> Value {
        if case .str(let str) = v.payloadOrSelf {
            if s < 0 || e <= s { return .str(PyStr.empty) }
            if str.isASCII { return .str(strSlice(str, s, e)) }
            return .str(PyStr.fromScalars(Array(UnsafeBufferPointer(rebasing: scalars[s..<e]))))
        }
        if s < 0 || e <= s { return .object(PyBytes.make([])) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e - s)
        for i in s..<e { bytes.append(UInt8(truncatingIfNeeded: scalars[i])) }
        return .object(PyBytes.make(bytes))
    }

    private static func programArgument(_ v: Value) throws(PyError) -> RegexProgram {
        guard case .object(let o) = v, let p = o as? PyRegexProgram else { throw typeError("expected a compiled pattern") }
        return p.program
    }

    private static func bounds(_ vm: VM, _ posValue: Value, _ endValue: Value, _ length: Int) throws(PyError) -> (Int, Int) {
        var pos = try vm.ssizeArgument(posValue)
        var endpos = try vm.ssizeArgument(endValue)
        pos = Swift.max(0, Swift.min(pos, length))
        endpos = Swift.max(0, Swift.min(endpos, length))
        return (pos, endpos)
    }

    /// (lastindex, ((start, end), ...), pos, endpos): what a re.Match holds.
    private static func result(_ m: RegexMatcher, _ pos: Int, _ endpos: Int) -> Value {
        var regs: [Value] = []
        regs.reserveCapacity(m.slots.count / 2)
        var i = 0
        while i + 1 < m.slots.count {
            let s = m.slots[i], e = m.slots[i + 1]
            regs.append(.tuple(PyTuple(s >= 0 && e >= 0 ? [.int(s), .int(e)] : [.int(-1), .int(-1)])))
            i += 2
        }
        return .tuple(PyTuple([m.lastIndex > 0 ? .int(m.lastIndex) : .none, .tuple(PyTuple(regs)), .int(pos), .int(endpos)]))
    }

    /// Runs body over the subject's code points (bytes: byte values), after CPython's type checks.
    private static func withSubject(_ vm: VM, _ cache: RegexCache, _ program: RegexProgram, _ v: Value,
                                    _ body: (UnsafeBufferPointer<UInt32>) throws(PyError) -> Value) throws(PyError) -> Value {
        switch v.payloadOrSelf {
        case .str(let s):
            if program.isBytes { throw typeError("cannot use a bytes pattern on a string-like object") }
            if let last = cache.lastSubject, last === s {
                return try cache.lastScalars.withUnsafeBufferPointer { (b) throws(PyError) -> Value in try body(b) }
            }
            var scalars: [UInt32]
            if s.isASCII {
                scalars = s.withUnsafeBufferPointer { b in b.map { UInt32($0) } }
            } else {
                scalars = s.scalars
            }
            if s.count >= 256 {
                cache.lastSubject = s
                cache.lastScalars = scalars
            }
            return try scalars.withUnsafeBufferPointer { (b) throws(PyError) -> Value in try body(b) }
        case .object(let o) where o.isBytes:
            if !program.isBytes { throw typeError("cannot use a string pattern on a bytes-like object") }
            guard let b = o as? PyBytes else { throw typeError("expected string or bytes-like object, got '\(typeName(v))'") }
            let codes = b.bytes.map { UInt32($0) }
            return try codes.withUnsafeBufferPointer { (p) throws(PyError) -> Value in try body(p) }
        default:
            throw typeError("expected string or bytes-like object, got '\(typeName(v))'")
        }
    }
}
