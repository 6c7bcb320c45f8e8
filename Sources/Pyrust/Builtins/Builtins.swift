// The builtins namespace: which names exist, and the builtin functions themselves.
// Builtin types (int, str, list, ...) are callable type objects handled in Constructors.swift.

enum BuiltinID: UInt8, CaseIterable {
    case print, len, repr, abs, min, max, sum, round, divmod, pow, sorted, reversed, enumerate, zip
    case any, all, isinstance, issubclass, chr, ord, hex, bin, oct, hash, map, filter, iter, next
    case callable, format, id, ascii, getattr, hasattr, setattr, delattr, vars, dir, exit, quit
    case eval, exec, compile
    /// A module's function written in Swift (PyBuiltinFunction.native); not a builtin name.
    case native
}

enum Builtins {
    /// Name -> value for every builtin name. Built once per process; read-only afterwards.
    static let table: [String: Value] = {
        var d: [String: Value] = [:]
        for id in BuiltinID.allCases where id != .native {
            let name = "\(id)"
            d[name] = .builtin(PyBuiltinFunction(id, name))
        }
        let types: [PyType] = [.int, .float, .str, .bool, .list, .tuple, .dict, .set, .frozenset, .range, .type,
                               .object, .slice, .staticmethod, .classmethod, .property, .superType,
                               .bytes, .bytearray, .memoryview, .complex]
        for t in types { d[t.name] = .type(t) }
        for t in PyType.exceptionTypes { d[t.name] = .type(t) }
        d["__name__"] = .str(PyStr.make("__main__"))
        d["Ellipsis"] = .object(PyEllipsis.shared)
        d["NotImplemented"] = .notImplemented
        for v in d.values { Immortal.mark(value: v) }
        return Immortal.dictionary(d)
    }()

    static func lookup(_ name: String) -> Value? {
        // Hashing the String is most of a dictionary lookup's cost: instead, the few builtins
        // that share the name's first byte are compared directly (short ASCII Strings compare
        // as raw bytes).
        guard let first = name.utf8.first, first < 128 else { return nil }
        for entry in byFirstByte[Int(first)] where entry.name == name { return entry.value }
        return nil
    }

    /// The builtins grouped by the first byte of their name (ASCII).
    private static let byFirstByte: [[(name: String, value: Value)]] = {
        var groups = [[(name: String, value: Value)]](repeating: [], count: 128)
        for (name, value) in table {
            guard let first = name.utf8.first, first < 128 else { continue }
            groups[Int(first)].append((name, value))
        }
        for g in groups { Immortal.mark(array: g) }
        return Immortal.array(groups)
    }()
}

extension VM {
    func callBuiltin(_ id: BuiltinID, _ args: Args) throws(PyError) -> Value {
        switch id {
        case .print: return try builtinPrint(args)
        case .eval: return try builtinExecEval(args, isEval: true)
        case .exec: return try builtinExecEval(args, isEval: false)
        case .compile: return try builtinCompile(args)
        case .native: throw typeError("builtin without an implementation")
        case .exit, .quit:
            // As `python3 file.py` has them (the site module's Quitter): end the program.
            try args.noKeywords("\(id)")
            try args.expect("\(id)", min: 0, max: 1)
            throw PyError(PyException(.systemExit, args: args.count == 0 ? [] : [args[0]]))
        case .len:
            try args.noKeywords("len")
            try args.expect("len", min: 1, max: 1)
            return .int(try length(args[0]))
        case .repr:
            try args.noKeywords("repr")
            try args.expect("repr", min: 1, max: 1)
            return .str(try repr(args[0]))
        case .ascii:
            try args.expect("ascii", min: 1, max: 1)
            return .str(try ascii(args[0]))
        case .abs:
            try args.noKeywords("abs")
            try args.expect("abs", min: 1, max: 1)
            switch args[0] {
            case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .big(let b): return b.value.isNegative ? .int(-b.value) : args[0]
            default:
                if let c = args[0].complexObject { return .float(try complexAbs(c.re, c.im)) }
                if let f = userSpecial(args[0], .abs) { return try callSpecial(f, args[0], []) }
                if args[0].hasPayload {
                    // int/float subclasses: the absolute value of the wrapped number.
                    switch args[0].payloadOrSelf {
                    case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(Swift.abs(i))
                    case .float(let d): return .float(Swift.abs(d))
                    case .big(let b): return b.value.isNegative ? .int(-b.value) : args[0].payloadOrSelf
                    default: break
                    }
                }
                throw typeError("bad operand type for abs(): '\(typeName(args[0]))'")
            }
        case .min, .max: return try minMax(args, isMax: id == .max)
        case .sum: return try builtinSum(args)
        case .round: return try builtinRound(args)
        case .divmod:
            try args.noKeywords("divmod")
            try args.expect("divmod", min: 2, max: 2)
            return try divmod(args[0], args[1])
        case .pow:
            try args.onlyKeywords("pow", ["base", "exp", "mod"])
            try args.expect("pow", min: 2, max: 3)
            if args.count == 3, !args[2].isNone { return try modPow(args[0], args[1], args[2]) }
            return try binaryOp(.pow, args[0], args[1])
        case .sorted:
            try args.onlyKeywords("sort", ["key", "reverse"])
            if args.count != 1 { throw typeError("sorted expected 1 argument, got \(args.count)") }
            var items = try toArray(args[0])
            let key = args.keyword("key")
            let reverse = try args.keyword("reverse").map { (v) throws(PyError) -> Bool in try truthy(v) } ?? false
            try stableSort(self, &items, key: (key?.isNone ?? true) ? nil : key, reverse: reverse)
            return .list(PyList(items))
        case .reversed:
            try args.noKeywords("reversed")
            try args.expect("reversed", min: 1, max: 1)
            return try builtinReversed(args[0])
        case .enumerate:
            try args.onlyKeywords("enumerate", ["iterable", "start"])
            let iterable = args.count > 0 ? args[0] : args.keyword("iterable")
            guard let it = iterable else { throw typeError("enumerate() missing required argument 'iterable' (pos 1)") }
            if args.count > 2 { throw typeError("enumerate() takes at most 2 arguments (\(args.count) given)") }
            var start = 0
            if let s = args.count > 1 ? args[1] : args.keyword("start") {
                switch try indexArgument(s) {
                case .int(let i): start = i
                case .bool(let b): start = b ? 1 : 0
                case .big(let b): return .object(EnumerateIterator(try getIterator(it), bigStart: b.value))
                default: throw typeError("'\(typeName(s))' object cannot be interpreted as an integer")
                }
            }
            return .object(EnumerateIterator(try getIterator(it), start: start))
        case .zip:
            try args.onlyKeywords("zip", ["strict"])
            var its: [PyIterator] = []
            for i in 0..<args.count { its.append(try getIterator(args[i])) }
            let strict = try args.keyword("strict").map { (v) throws(PyError) -> Bool in try truthy(v) } ?? false
            return .object(ZipIterator(its, strict: strict))
        case .map:
            try args.noKeywords("map")
            if args.count < 2 { throw typeError("map() must have at least two arguments.") }
            var its: [PyIterator] = []
            for i in 1..<args.count { its.append(try getIterator(args[i])) }
            return .object(MapIterator(args[0], its))
        case .filter:
            try args.noKeywords("filter")
            try args.expect("filter", min: 2, max: 2)
            return .object(FilterIterator(args[0], try getIterator(args[1])))
        case .any, .all:
            let name = id == .any ? "any" : "all"
            try args.noKeywords(name)
            try args.expect(name, min: 1, max: 1)
            let it = try getIterator(args[0])
            while let x = try it.next(self) {
                let t = try truthy(x)
                if id == .any && t { return .bool(true) }
                if id == .all && !t { return .bool(false) }
            }
            return .bool(id == .all)
        case .isinstance:
            try args.expect("isinstance", min: 2, max: 2)
            return .bool(try isInstance(args[0], args[1], fname: "isinstance"))
        case .issubclass:
            try args.expect("issubclass", min: 2, max: 2)
            guard case .type(let t) = args[0] else { throw typeError("issubclass() arg 1 must be a class") }
            if case .type = args[1] {} else if case .tuple = args[1] {} else if case .object(let o) = args[1],
                o is PyUnionType {} else if case .instance(let i) = args[1],
                i.type.special(.subclasscheck) != nil {} else {
                throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            }
            return .bool(try classMatches(t, args[1], fname: "issubclass"))
        case .chr:
            try args.expect("chr", min: 1, max: 1)
            let i: Int
            switch try indexArgument(args[0]) {
            case .int(let x): i = x
            case .bool(let b): i = b ? 1 : 0
            case .big: throw overflowError("Python int too large to convert to C int")
            default: throw typeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
            }
            if i < 0 || i > 0x10FFFF { throw valueError("chr() arg not in range(0x110000)") }
            if i >= 0xD800 && i <= 0xDFFF { throw loneSurrogateNotSupported(i) }
            if i < 256 { return .str(PyStr.ascii[i]) }
            var out: [UInt8] = []
            PyStr.encode(UInt32(i), into: &out)
            return .str(PyStr.make(bytes: out, count: 1))
        case .ord:
            try args.expect("ord", min: 1, max: 1)
            if let b = args[0].bytesObject {
                if b.count != 1 { throw typeError("ord() expected a character, but string of length \(b.count) found") }
                return .int(Int(b.bytes[0]))
            }
            guard case .str(let s) = args[0] else {
                throw typeError("ord() expected string of length 1, but \(typeName(args[0])) found")
            }
            if s.count != 1 { throw typeError("ord() expected a character, but string of length \(s.count) found") }
            return .int(Int(s.withUnsafeBufferPointer { PyStr.decode($0, 0).0 }))
        case .hex, .bin, .oct:
            let name = id == .hex ? "hex" : id == .bin ? "bin" : "oct"
            try args.expect(name, min: 1, max: 1)
            let radix = id == .hex ? 16 : id == .bin ? 2 : 8
            let prefix = id == .hex ? "0x" : id == .bin ? "0b" : "0o"
            let n: BigInt
            let arg = try indexArgument(args[0])
            switch arg {
            case .int(let i): n = BigInt(i)
            case .bool(let b): n = BigInt(b ? 1 : 0)
            case .big(let b): n = b.value
            default: throw typeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
            }
            let digits = n.toString(radix: radix)
            if n.isNegative { return .str(PyStr.make("-" + prefix + digits.dropFirst())) }
            return .str(PyStr.make(prefix + digits))
        case .hash:
            try args.expect("hash", min: 1, max: 1)
            return .int(try pyHash(args[0]))
        case .iter:
            try args.expect("iter", min: 1, max: 2)
            if args.count == 2 {
                if !callable(args[0]) { throw typeError("iter(v, w): v must be callable") }
                return .object(CallableIterator(args[0], args[1]))
            }
            if args[0].hasUserType, let f = userSpecial(args[0], .iter) {
                let r = try callSpecial(f, args[0], [])
                if case .object(let o) = r, o is PyIterator { return r }
                if userSpecial(r, .next) != nil { return r }
                throw typeError("iter() returned non-iterator of type '\(typeName(r))'")
            }
            return .object(try getIterator(args[0]))
        case .next:
            try args.expect("next", min: 1, max: 2)
            if case .object(let o) = args[0], let g = o as? PyGenerator {
                let (v, yielded) = try resumeGenerator(g, .none, nil)
                if yielded { return v }
                if args.count == 2 { return args[1] }
                throw stopIteration(v)
            }
            if args[0].hasUserType, let f = userSpecial(args[0], .next) {
                do throws(PyError) {
                    return try callSpecial(f, args[0], [])
                } catch {
                    if args.count == 2, error.exc.type.isSubtype(of: .stopIteration) { return args[1] }
                    throw error
                }
            }
            guard case .object(let o) = args[0], let it = o as? PyIterator else {
                throw typeError("'\(typeName(args[0]))' object is not an iterator")
            }
            do throws(PyError) {
                if let v = try it.next(self) { return v }
            } catch {
                // A StopIteration from inside the iterator (map's function, say) ends it too.
                if args.count == 2, error.exc.type.isSubtype(of: .stopIteration) { return args[1] }
                throw error
            }
            if args.count == 2 { return args[1] }
            throw PyError(PyException(.stopIteration, args: []))
        case .callable:
            try args.expect("callable", min: 1, max: 1)
            return .bool(callable(args[0]))
        case .format:
            try args.expect("format", min: 1, max: 2)
            var spec = PyStr.empty
            if args.count == 2 {
                guard case .str(let s) = args[1] else {
                    throw typeError("format() argument 2 must be str, not \(typeName(args[1]))")
                }
                spec = s
            }
            return .str(try formatValue(self, args[0], spec: spec))
        case .id:
            try args.expect("id", min: 1, max: 1)
            return .int(identity(args[0]))
        case .setattr, .delattr:
            return try builtinSetDelAttr(id, args)
        case .vars:
            return try builtinVars(args)
        case .dir:
            if args.count == 0 && !args.hasKeywords {
                // dir(): the calling frame's names, sorted.
                var names = try callerLocals().keys
                try stableSort(self, &names, key: nil, reverse: false)
                return .list(PyList(names))
            }
            try args.expect("dir", min: 1, max: 1)
            if args[0].hasUserType, let f = userSpecial(args[0], .dir) {
                var items = try toArray(try callSpecial(f, args[0], []))
                try stableSort(self, &items, key: nil, reverse: false)
                return .list(PyList(items))
            }
            return .list(PyList(try dirOf(args[0])))
        case .getattr, .hasattr:
            // A literal: "\(id)" would describe the enum case through reflection on every call.
            let name = id == .getattr ? "getattr" : "hasattr"
            try args.expect(name, min: 2, max: id == .getattr ? 3 : 2)
            guard case .str(let attr) = args[1] else {
                throw typeError("attribute name must be string, not '\(typeName(args[1]))'")
            }
            do throws(PyError) {
                let v = try getAttr(args[0], attr)
                return id == .hasattr ? .bool(true) : v
            } catch {
                guard error.exc.type.isSubtype(of: PyType.attributeError) else { throw error }
                if id == .hasattr { return .bool(false) }
                if args.count == 3 { return args[2] }
                throw error
            }
        }
    }

    private func builtinSetDelAttr(_ id: BuiltinID, _ args: Args) throws(PyError) -> Value {
        let name = id == .setattr ? "setattr" : "delattr"   // not "\(id)": see getattr
        try args.noKeywords(name)
        try args.expect(name, min: id == .setattr ? 3 : 2, max: id == .setattr ? 3 : 2)
        guard case .str(let attr) = args[1] else {
            throw typeError("attribute name must be string, not '\(typeName(args[1]))'")
        }
        if id == .setattr { try setAttr(args[0], attr, args[2]) } else { try delAttr(args[0], attr) }
        return .none
    }

    /// locals() of the Python frame that called the builtin: a class body's namespace, the
    /// module's set globals, or a function's bound locals, cells and free variables.
    func callerLocals() throws(PyError) -> PyDict {
        guard frames.count > 0 else { return PyDict() }
        let f = frames.top.pointee
        let code = f.code
        if code === program.module {
            let d = PyDict()
            for k in 0..<globalCount where !globals[k].isUndefinedValue {
                try d.set(.str(PyStr.make(program.globalNames[k])), globals[k])
            }
            return d
        }
        if code.localNames.first == "__locals__", case .dict(let ns) = f.locals[0] { return ns }
        let d = PyDict()
        let cellNames = code.cellNames + code.freeNames
        for (i, n) in code.localNames.enumerated() where !f.locals[i].isUndefinedValue && !cellNames.contains(n) {
            try d.set(.str(PyStr.make(n)), f.locals[i])
        }
        if let cells = f.cells {
            for (j, n) in cellNames.enumerated() where j < cells.cells.count && !cells.cells[j].value.isUndefinedValue {
                try d.set(.str(PyStr.make(n)), cells.cells[j].value)
            }
        }
        return d
    }

    private func builtinVars(_ args: Args) throws(PyError) -> Value {
        if args.count == 0 && !args.hasKeywords { return .dict(try callerLocals()) }
        try args.expect("vars", min: 1, max: 1)
        let v = args[0]
        switch v {
        case .instance(let i):
            if i.type.allowsInstanceDict { return .dict(i.attributeDict()) }
        case .type(let t):
            if let d = t.dict { return .object(PyMappingProxy(d)) }
        case .function(let f):
            if f.dict == nil { f.dict = PyDict() }
            return .dict(f.dict!)
        case .exception(let e):
            if e.dict == nil { e.dict = PyDict() }
            return .dict(e.dict!)
        default: break
        }
        throw typeError("vars() argument must have __dict__ attribute")
    }

    func identity(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .none: return 0x1000
        case .float(let d): return Int(bitPattern: UInt(d.bitPattern >> 1))
        case .str(let o): return ObjectIdentifier(o).hashValue
        case .list(let o): return ObjectIdentifier(o).hashValue
        case .tuple(let o): return ObjectIdentifier(o).hashValue
        case .dict(let o): return ObjectIdentifier(o).hashValue
        case .set(let o): return ObjectIdentifier(o).hashValue
        case .big(let o): return ObjectIdentifier(o).hashValue
        case .function(let o): return ObjectIdentifier(o).hashValue
        case .builtin(let o): return ObjectIdentifier(o).hashValue
        case .type(let o): return ObjectIdentifier(o).hashValue
        case .exception(let o): return ObjectIdentifier(o).hashValue
        case .instance(let o): return ObjectIdentifier(o).hashValue
        case .object(let o): return ObjectIdentifier(o).hashValue
        case .undefined: return 0
        }
    }

    func length(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .str(let s): return s.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.items.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .object(let o):
            if o.isBytes { return unsafeDowncast(o, to: PyBytes.self).count }
            if let r = o as? PyRange { return r.length }
            if let r = o as? PyBigRange {
                guard let n = r.length.asInt else { throw overflowError("Python int too large to convert to C ssize_t") }
                return n
            }
            if let dv = o as? PyDictView { return dv.dict.count }
            if let mp = o as? PyMappingProxy { return mp.dict.count }
        case .instance, .exception, .type:
            if v.hasUserType { return try instanceLength(v) }
        default: break
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    private func builtinPrint(_ args: Args) throws(PyError) -> Value {
        try args.onlyKeywords("print", ["sep", "end", "file", "flush"])
        var sep: [UInt8] = [32]
        var end: [UInt8] = [10]
        if let s = args.keyword("sep") {
            switch s {
            case .none: break
            case .str(let x): sep = x.byteArray
            default: throw typeError("sep must be None or a string, not \(typeName(s))")
            }
        }
        if let e = args.keyword("end") {
            switch e {
            case .none: break
            case .str(let x): end = x.byteArray
            default: throw typeError("end must be None or a string, not \(typeName(e))")
            }
        }
        if let f = args.keyword("file"), !f.isNone {
            if case .object(let o) = f, o.pyType === PyType.textStream {
                if unsafeDowncast(o, to: PyTextStream.self).isError { return try printToStderr(args, sep, end) }
            } else {
                return try printThroughWrite(f, args, sep, end)
            }
        }
        for i in 0..<args.count {
            if i > 0 { output.append(contentsOf: sep) }
            switch args[i] {
            case .str(let s): s.withUnsafeBufferPointer { output.append(contentsOf: $0) }
            case .int(let n): appendIntDigits(n, &output)
            default:
                // A failing str() writes nothing of that argument (the separator before it stays).
                let mark = output.count
                do throws(PyError) { try writeStr(args[i], &output) } catch {
                    output.removeSubrange(mark...)
                    throw error
                }
            }
        }
        output.append(contentsOf: end)
        if output.count &- outputStart > maxOutput { try outputLimitReached() }
        flushToSink()
        return .none
    }

    /// print(..., file=sys.stderr): the same text into the run's error output.
    private func printToStderr(_ args: Args, _ sep: [UInt8], _ end: [UInt8]) throws(PyError) -> Value {
        var text: [UInt8] = []
        for i in 0..<args.count {
            if i > 0 { text.append(contentsOf: sep) }
            try writeStr(args[i], &text)
        }
        text.append(contentsOf: end)
        errorOutput.append(contentsOf: text)
        if output.count &- outputStart &+ errorOutput.count > maxOutput { try outputLimitReached() }
        flushToSink()
        return .none
    }

    /// print(..., file=f) for any other object: f.write(piece) for each piece, as CPython does.
    private func printThroughWrite(_ file: Value, _ args: Args, _ sep: [UInt8], _ end: [UInt8]) throws(PyError) -> Value {
        let write = try getAttr(file, PyStr.make("write"))
        for i in 0..<args.count {
            if i > 0 { _ = try call(write, [.str(PyStr.make(bytes: sep))]) }
            _ = try call(write, [.str(try str(args[i]))])
        }
        _ = try call(write, [.str(PyStr.make(bytes: end))])
        return .none
    }

    private func minMax(_ args: Args, isMax: Bool) throws(PyError) -> Value {
        if let r = minMaxFast(args, isMax: isMax) { return r }
        let name = isMax ? "max" : "min"
        try args.onlyKeywords(name, ["key", "default"])
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let dflt = args.keyword("default")
        var items: [Value]
        if args.count == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else if args.count == 1 {
            items = try toArray(args[0])
            if items.isEmpty {
                if let d = dflt { return d }
                throw valueError("\(name)() arg is an empty sequence")
            }
        } else {
            if dflt != nil {
                throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = Array(args.values[0..<args.count])
        }
        var best = items[0]
        var bestKey = best
        if let kf = key { bestKey = try call(kf, [best]) }
        for x in items.dropFirst() {
            var k = x
            if let kf = key { k = try call(kf, [x]) }
            let better = try compareOp(isMax ? .gt : .lt, k, bestKey)
            if better {
                best = x
                bestKey = k
            }
        }
        return best
    }

    private func builtinSum(_ args: Args) throws(PyError) -> Value {
        try args.onlyKeywords("sum", ["start"])
        try args.expect("sum", min: 1, max: 2)
        var acc: Value = args.count > 1 ? args[1] : (args.keyword("start") ?? .int(0))
        switch acc {
        case .str: throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
        default:
            if let b = acc.bytesObject {
                throw typeError(b.isMutable ? "sum() can't sum bytearray [use b''.join(seq) instead]"
                                            : "sum() can't sum bytes [use b''.join(seq) instead]")
            }
        }
        // Lists and tuples are walked in place (by index, so a list changed by a user __add__
        // is seen live, as its iterator would see it): no iterator object, no virtual call.
        switch args[0] {
        case .list(let l):
            var k = 0
            while k < l.items.count {
                let x = l.items[k]
                k += 1
                acc = try sumStep(acc, x)
            }
            return acc
        case .tuple(let t):
            for x in t.items { acc = try sumStep(acc, x) }
            return acc
        default:
            break
        }
        let it = try getIterator(args[0])
        while let x = try it.next(self) { acc = try sumStep(acc, x) }
        return acc
    }

    /// acc + x as sum() adds: small ints and floats directly, everything else by `+`.
    @inline(__always)
    private func sumStep(_ acc: Value, _ x: Value) throws(PyError) -> Value {
        switch (acc, x) {
        case (.int(let a), .int(let b)):
            let (r, o) = a.addingReportingOverflow(b)
            if !o { return .int(r) }
        case (.float(let a), .float(let b)):
            return .float(a + b)
        default:
            break
        }
        return try binaryOp(.add, acc, x)
    }

    private func builtinRound(_ args: Args) throws(PyError) -> Value {
        try args.onlyKeywords("round", ["number", "ndigits"])
        try args.expect("round", min: 1, max: 2)
        var x = args[0]
        let nd: Value = args.count > 1 ? args[1] : (args.keyword("ndigits") ?? .none)
        if x.hasUserType, let f = userSpecial(x, .round) {
            return try callSpecial(f, x, nd.isNone ? [] : [nd])
        }
        // int/float subclasses round their value (the result is a plain int/float).
        if x.hasPayload && x.payloadOrSelf.isNumber { x = x.payloadOrSelf }
        if case .none = nd {
            switch x {
            case .int, .big: return x
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return try floatToInt(d, .toNearestOrEven)
            default: throw typeError("type \(typeName(x)) doesn't define __round__ method")
            }
        }
        let n: Int
        switch nd {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .big(let b): n = b.value.isNegative ? Int.min / 2 : Int.max / 2
        default: throw typeError("'\(typeName(nd))' object cannot be interpreted as an integer")
        }
        switch x {
        case .float(let d):
            do throws(FormatError) {
                return .float(try pythonRound(d, ndigits: n))
            } catch {
                throw PyError(error)
            }
        case .int, .big, .bool:
            if n >= 0 { return x.isBool ? .int(x.boolAsInt) : x }
            // Round to a multiple of 10**-n, halves to even.
            if n < -4300 { return .int(0) }
            guard let num = asNum(x), let big = bigOf(num) else { return x }
            let m = BigInt(10).power(-n)
            let (q, r) = big.floorDivMod(m)
            let twice = r + r
            var result = q
            if twice > m || (twice == m && q.isOdd) { result = q + BigInt(1) }
            return .int(result * m)
        default:
            throw typeError("type \(typeName(x)) doesn't define __round__ method")
        }
    }

    /// int(d) rounded by `rule` (int() truncates, round() goes to even), with CPython's errors.
    func floatToInt(_ d: Double, _ rule: FloatingPointRoundingRule) throws(PyError) -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        let d = d.rounded(rule)
        if d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 { return .int(Int(d)) }
        if let b = BigInt(truncating: d) { return .int(b) }
        return .int(0)
    }

    func divmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        if a.hasUserType || b.hasUserType,
           let r = try instanceBinarySpecial(.divmod, .rdivmod, a, b), !r.isNotImplemented { return r }
        guard let x = asNum(a), let y = asNum(b) else {
            throw typeError("unsupported operand type(s) for divmod(): '\(typeName(a))' and '\(typeName(b))'")
        }
        if case .float = x, true {
            let p = try doubleOf(x), q = try doubleOf(y)
            if q == 0 { throw zeroDivisionError("float divmod()") }
            return .tuple(PyTuple([.float(floatFloorDiv(p, q) ?? .nan), .float(floatMod(p, q) ?? .nan)]))
        }
        if case .float = y {
            let p = try doubleOf(x), q = try doubleOf(y)
            if q == 0 { throw zeroDivisionError("float divmod()") }
            return .tuple(PyTuple([.float(floatFloorDiv(p, q) ?? .nan), .float(floatMod(p, q) ?? .nan)]))
        }
        if case .small(let q) = y, q == 0 { throw zeroDivisionError("integer division or modulo by zero") }
        if case .big(let q) = y, q.isZero { throw zeroDivisionError("integer division or modulo by zero") }
        return .tuple(PyTuple([try arithmetic(.floordiv, x, y), try arithmetic(.mod, x, y)]))
    }

    private func modPow(_ a: Value, _ b: Value, _ m: Value) throws(PyError) -> Value {
        // Three-argument pow() only asks the base's __pow__ (CPython's slot_nb_power).
        if let f = userSpecial(a, .pow) {
            let r = try callSpecial(f, a, [b, m])
            if !r.isNotImplemented { return r }
        }
        // complex's pow converts base and exponent, then refuses any modulus.
        if a.complexObject != nil || b.complexObject != nil || m.complexObject != nil,
           try complexOperand(a) != nil, try complexOperand(b) != nil {
            throw valueError("complex modulo")
        }
        guard let x = asNum(a), let y = asNum(b), let z = asNum(m), let bx = bigOf(x), let by = bigOf(y),
              let bz = bigOf(z) else {
            if asNum(a) != nil && asNum(b) != nil && asNum(m) != nil {
                throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            throw typeError("unsupported operand type(s) for ** or pow(): '\(typeName(a))', '\(typeName(b))', '\(typeName(m))'")
        }
        if bz.isZero { throw valueError("pow() 3rd argument cannot be 0") }
        var base = bx, exp = by
        if exp.isNegative {
            // Modular inverse (Python 3.8+).
            guard let inv = modInverse(bx, bz) else { throw valueError("base is not invertible for the given modulus") }
            base = inv
            exp = -exp
        }
        return .int(BigInt.modPow(base, exp, bz))
    }

    private func modInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        let mm = m.isNegative ? -m : m
        var (oldR, r) = (a.floorDivMod(mm).remainder, mm)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let q = oldR.floorDivMod(r).quotient
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        if oldR != BigInt(1) { return nil }
        return oldS.floorDivMod(mm).remainder
    }

    private func builtinReversed(_ v: Value) throws(PyError) -> Value {
        if v.hasUserType {
            if let f = userSpecial(v, .reversed) {
                if f.isNone { throw typeError("'\(typeName(v))' object is not reversible") }
                return try callSpecial(f, v, [])
            }
            // A list or dict subclass reverses its wrapped value (as list's and dict's __reversed__ do).
            if case .instance(let i) = v, let base = i.type.builtinBase, base === PyType.list || base === PyType.dict {
                return try builtinReversed(i.builtinValue)
            }
            if userSpecial(v, .getitem) != nil {
                // The sequence protocol, from len(v) - 1 down to 0.
                let n = try instanceLength(v)
                var items: [Value] = []
                var i = n - 1
                while i >= 0 {
                    items.append(try subscriptValue(v, .int(i)))
                    i -= 1
                }
                return .object(ArrayIterator(items, name: "reversed"))
            }
        }
        switch v {
        case .list(let l): return .object(ReversedListIterator(l))
        case .tuple(let t): return .object(ArrayIterator(t.items.reversed(), name: "reversed"))
        case .str: return .object(ArrayIterator(try toArray(v).reversed(), name: "reversed"))
        case .object(let o) where o.isBytes:
            return .object(ArrayIterator(try toArray(v).reversed(), name: "reversed"))
        case .dict(let d): return .object(ArrayIterator(d.items.map { $0.0 }.reversed(), name: "dict_reversekeyiterator"))
        case .object(let o):
            if let view = o as? PyDictView {
                // reversed(d.keys()) / values() / items(), as dict views are since 3.8.
                let pairs = view.dict.items.reversed()
                switch view.mode {
                case .keys: return .object(ArrayIterator(pairs.map { $0.0 }, name: "dict_reversekeyiterator"))
                case .values: return .object(ArrayIterator(pairs.map { $0.1 }, name: "dict_reversevalueiterator"))
                case .items:
                    return .object(ArrayIterator(pairs.map { .tuple(PyTuple([$0.0, $0.1])) }, name: "dict_reverseitemiterator"))
                }
            }
            if let r = o as? PyRange {
                let n = r.length
                if n == 0 { return .object(RangeIterator(next: 0, remaining: 0, step: 1)) }
                // Wrapping negation: the iterator's wrapping additions still land on every element.
                return .object(RangeIterator(next: r.element(n - 1), remaining: n, step: 0 &- r.step))
            }
            if let r = o as? PyBigRange {
                if r.length.isZero { return .object(BigRangeIterator(next: .zero, remaining: .zero, step: .one)) }
                return .object(BigRangeIterator(next: r.element(r.length - BigInt.one), remaining: r.length, step: -r.step))
            }
        default: break
        }
        throw typeError("'\(typeName(v))' object is not reversible")
    }

    func isInstance(_ v: Value, _ cls: Value, fname: String) throws(PyError) -> Bool {
        if case .type(let c) = cls, let meta = c.metatype, let hook = meta.special(.instancecheck) {
            return try truthy(try callSpecial(hook, cls, [v]))
        }
        // An object that is no class but answers __instancecheck__ (typing's aliases).
        if case .instance(let i) = cls, let hook = i.type.special(.instancecheck) {
            return try truthy(try callSpecial(hook, cls, [v]))
        }
        if case .tuple(let tt) = cls {
            for x in tt.items { if try isInstance(v, x, fname: fname) { return true } }
            return false
        }
        if case .object(let o) = cls, let u = o as? PyUnionType {
            return try classMatches(typeOf(v), .tuple(PyTuple(try unionCheckMembers(u, fname))), fname: fname)
        }
        return try classMatches(typeOf(v), cls, fname: fname)
    }

    func classMatches(_ t: PyType, _ cls: Value, fname: String) throws(PyError) -> Bool {
        switch cls {
        case .type(let c):
            if fname == "issubclass", let meta = c.metatype, let hook = meta.special(.subclasscheck) {
                return try truthy(try callSpecial(hook, cls, [.type(t)]))
            }
            return t.isSubtype(of: c)
        case .tuple(let tt):
            for x in tt.items { if try classMatches(t, x, fname: fname) { return true } }
            return false
        case .object(let o) where o is PyUnionType:
            return try classMatches(t, .tuple(PyTuple(try unionCheckMembers(unsafeDowncast(o, to: PyUnionType.self), fname))),
                                    fname: fname)
        default:
            if fname == "issubclass", case .instance(let i) = cls, let hook = i.type.special(.subclasscheck) {
                return try truthy(try callSpecial(hook, cls, [.type(t)]))
            }
            throw typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}

extension Value {
    var isBool: Bool { if case .bool = self { return true }; return false }
    var boolAsInt: Int { if case .bool(let b) = self { return b ? 1 : 0 }; return 0 }
}
