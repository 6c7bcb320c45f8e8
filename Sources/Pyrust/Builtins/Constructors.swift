// Calling a type: int(), float(), str(), list(), dict(), range(), ValueError("..."), ...

extension VM {
    func construct(_ t: PyType, _ args: Args) throws(PyError) -> Value {
        if args.count == 1, args.positionalCount == 1, case .instance(let inst) = args[0], inst.type.builtinBase != nil,
           convertsThroughValue(t, inst) {
            // int(MyInt(5)), dict(my_dict), ...: the wrapped value converts.
            return try constructFrom(t, inst.builtinValue)
        }
        if let make = t.nativeConstructor { return try make(self, args) }
        if let info = t.native { return try info.new(self, args) }
        if t.isException {
            try args.noKeywords(t.name)
            if t === PyType.unicodeDecodeError || t === PyType.unicodeEncodeError {
                return .exception(PyException(t, args: try checkUnicodeErrorArguments(self, t, Array(args.values[0..<args.count]))))
            }
            return .exception(PyException(t, args: Array(args.values[0..<args.count])))
        }
        switch t.kind {
        case .int: return try constructInt(args)
        case .float:
            try args.noKeywords("float")
            try args.expect("float", min: 0, max: 1)
            if args.count == 0 { return .float(0) }
            switch args[0] {
            case .float: return args[0]
            case .int(let i): return .float(Double(i))
            case .bool(let b): return .float(b ? 1 : 0)
            case .big(let b):
                guard let d = b.value.toDouble() else { throw overflowError("int too large to convert to float") }
                return .float(d)
            case .str(let s):
                if let d = s.withUnsafeBufferPointer({ parsePythonFloat(bytes: $0, unicode: true) }) { return .float(d) }
                throw valueError("could not convert string to float: \(try repr(args[0]).string)")
            case .object(let o) where o.isBytes:
                return try floatFromBytes(unsafeDowncast(o, to: PyBytes.self))
            default:
                let v = args[0]
                if let f = userSpecial(v, .float) {
                    let r = try callSpecial(f, v, [])
                    guard case .float = r else {
                        throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
                    }
                    return r
                }
                if userSpecial(v, .index) != nil {
                    return try construct(.float, Args(UnsafeBufferPointer(start: [try instanceIndex(v)], count: 1), positionalCount: 1))
                }
                throw typeError("float() argument must be a string or a real number, not '\(typeName(args[0]))'")
            }
        case .str:
            if !args.hasKeywords && args.count <= 1 {
                return .str(args.count == 0 ? PyStr.empty : try str(args[0]))
            }
            return .str(try constructStrDecoding(args))
        case .bytes, .bytearray:
            return try constructBytes(args, mutable: t.kind == .bytearray)
        case .bool:
            try args.noKeywords("bool")
            try args.expect("bool", min: 0, max: 1)
            return .bool(args.count == 0 ? false : try truthy(args[0]))
        case .list:
            try args.noKeywords("list")
            try args.expect("list", min: 0, max: 1)
            return .list(PyList(args.count == 0 ? [] : try toArray(args[0])))
        case .tuple:
            try args.noKeywords("tuple")
            try args.expect("tuple", min: 0, max: 1)
            if args.count == 0 { return .tuple(PyTuple.empty) }
            if case .tuple = args[0] { return args[0] }
            return .tuple(PyTuple(try toArray(args[0])))
        case .dict:
            if args.count > 1 { throw typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if args.count == 1 { try dictUpdate(d, args[0]) }
            for (i, k) in args.kwNames.enumerated() { try d.set(.str(k), args.values[args.count + i]) }
            return .dict(d)
        case .set, .frozenset:
            try args.noKeywords(t.name)
            try args.expect(t.name, min: 0, max: 1)
            let s = PySet(frozen: t.kind == .frozenset)
            if args.count == 1 { try s.update(self, from: args[0]) }
            return .set(s)
        case .range:
            try args.noKeywords("range")
            if args.count == 0 { throw typeError("range expected at least 1 argument, got 0") }
            if args.count > 3 { throw typeError("range expected at most 3 arguments, got \(args.count)") }
            var nums: [Int] = []
            var bigs: [BigInt] = []   // filled only once some argument is outside Int
            for i in 0..<args.count {
                let arg = try indexArgument(args[i])
                switch arg {
                case .int(let x): nums.append(x)
                case .bool(let b): nums.append(b ? 1 : 0)
                case .big(let b):
                    if bigs.isEmpty { bigs = nums.map { BigInt($0) } }
                    bigs.append(b.value)
                    continue
                default: throw typeError("'\(typeName(args[i]))' object cannot be interpreted as an integer")
                }
                if !bigs.isEmpty { bigs.append(BigInt(nums[nums.count - 1])) }
            }
            if !bigs.isEmpty {
                if bigs.count == 1 { return .object(makeRange(start: .zero, stop: bigs[0], step: .one)) }
                let step = bigs.count == 3 ? bigs[2] : BigInt.one
                if step.isZero { throw valueError("range() arg 3 must not be zero") }
                return .object(makeRange(start: bigs[0], stop: bigs[1], step: step))
            }
            if nums.count == 1 { return .object(PyRange(start: 0, stop: nums[0], step: 1)) }
            let step = nums.count == 3 ? nums[2] : 1
            if step == 0 { throw valueError("range() arg 3 must not be zero") }
            if PyRange.fittingLength(start: nums[0], stop: nums[1], step: step) == nil {
                return .object(PyBigRange(start: BigInt(nums[0]), stop: BigInt(nums[1]), step: BigInt(step)))
            }
            return .object(PyRange(start: nums[0], stop: nums[1], step: step))
        case .type:
            if args.count == 1 && !args.hasKeywords { return .type(typeOf(args[0])) }
            if args.count == 3 {
                var kws: [(PyStr, Value)] = []
                for (i, k) in args.kwNames.enumerated() { kws.append((k, args.values[args.count + i])) }
                return .type(try typeNew(.type, args[0], args[1], args[2], kws))
            }
            throw typeError("type() takes 1 or 3 arguments")
        case .object:
            if t === PyType.memoryview { throw notSupported("memoryview") }
            if t === PyType.object {
                if args.count > 0 || args.hasKeywords { throw typeError("object() takes no arguments") }
                return .instance(PyInstance(.object))
            }
            if t === PyType.staticmethod {
                try args.expect("staticmethod", min: 1, max: 1)
                return .object(PyStaticMethod(args[0]))
            }
            if t === PyType.classmethod {
                try args.expect("classmethod", min: 1, max: 1)
                return .object(PyClassMethod(args[0]))
            }
            if t === PyType.property {
                try args.onlyKeywords("property", ["fget", "fset", "fdel", "doc"])
                if args.count > 4 { throw typeError("property expected at most 4 arguments, got \(args.count)") }
                func arg(_ i: Int, _ name: String) -> Value {
                    if i < args.count { return args[i] }
                    return args.keyword(name) ?? .none
                }
                var doc = arg(3, "doc")
                let getter = arg(0, "fget")
                if doc.isNone, case .function(let f) = getter { doc = f.doc }
                return .object(PyProperty(getter: getter, setter: arg(1, "fset"), deleter: arg(2, "fdel"), doc: doc))
            }
            if t === PyType.superType { return try makeSuper(args) }
            if t === PyType.genericAlias {
                // GenericAlias(origin, args): what a class's __class_getitem__ returns (deque[int]).
                try args.expect("GenericAlias", min: 2, max: 2)
                guard case .type(let origin) = args[0] else { throw notSupported("GenericAlias of a non-class origin") }
                let items: [Value]
                if case .tuple(let tt) = args[1] { items = tt.items } else { items = [args[1]] }
                return .object(PyGenericAlias(origin: origin, args: items))
            }
            throw typeError("cannot create '\(t.name)' instances")
        case .slice:
            try args.expect("slice", min: 1, max: 3)
            if args.count == 1 { return .object(PySlice(start: .none, stop: args[0], step: .none)) }
            return .object(PySlice(start: args[0], stop: args[1], step: args.count == 3 ? args[2] : .none))
        default:
            throw typeError("cannot create '\(t.name)' instances")
        }
    }

    /// dict.update / dict(x): from a dict or an iterable of pairs.
    /// The mapping protocol for objects that are not dicts: keys(), then obj[key] for each (as
    /// dict(), dict.update, {**m} and f(**m) use it). nil when the object has no keys().
    func mappingItemsViaKeys(_ src: Value, check: ((Value) throws(PyError) -> Void)? = nil) throws(PyError) -> [(key: Value, value: Value)]? {
        guard case .instance(let inst) = src, inst.type.lookup(PyStr.make("keys")) != nil else { return nil }
        let keys = try call(try getAttr(src, PyStr.make("keys")), [])
        var out: [(key: Value, value: Value)] = []
        for k in try toArray(keys) {
            try check?(k)    // f(**m) checks each key before reading its value
            out.append((k, try subscriptValue(src, k)))
        }
        return out
    }

    func dictUpdate(_ d: PyDict, _ src: Value) throws(PyError) {
        if case .dict(let o) = src {
            for (k, v) in o.items { try d.set(k, v) }
            return
        }
        if src.hasPayload, case .dict(let o) = src.payloadOrSelf, userSpecial(src, .iter) == nil {
            for (k, v) in o.items { try d.set(k, v) }
            return
        }
        if let items = try mappingItemsViaKeys(src) {
            for (k, v) in items { try d.set(k, v) }
            return
        }
        let it: PyIterator
        do throws(PyError) {
            it = try getIterator(src)
        } catch {
            throw typeError("'\(typeName(src))' object is not iterable")
        }
        var index = 0
        while let item = try it.next(self) {
            let pair: [Value]
            switch item {
            case .tuple(let t): pair = t.items
            case .list(let l): pair = l.items
            default:
                do throws(PyError) {
                    pair = try toArray(item)
                } catch {
                    throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
                }
            }
            if pair.count != 2 {
                throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1])
            index += 1
        }
    }

    private func constructInt(_ args: Args) throws(PyError) -> Value {
        try args.onlyKeywords("int", ["base"])
        if args.count > 2 { throw typeError("int() takes at most 2 arguments (\(args.count) given)") }
        let baseArg = args.count > 1 ? args[1] : args.keyword("base")
        if args.count == 0 {
            if baseArg != nil { throw typeError("int() missing string argument") }
            return .int(0)
        }
        let x = args[0]
        if let b = baseArg {
            let base: Int
            switch b {
            case .int(let i): base = i
            case .bool(let v): base = v ? 1 : 0
            default: throw typeError("'\(typeName(b))' object cannot be interpreted as an integer")
            }
            if base != 0 && (base < 2 || base > 36) { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            if let b = x.bytesObject { return try parseIntFromBytes(b, base: base) }
            guard case .str(let s) = x else { throw typeError("int() can't convert non-string with explicit base") }
            return try parseInt(s, base: base)
        }
        switch x {
        case .int, .big: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d, .towardZero)
        case .str(let s): return try parseInt(s, base: 10)
        case .object(let o) where o.isBytes:
            return try parseIntFromBytes(unsafeDowncast(o, to: PyBytes.self), base: 10)
        default:
            for (sp, name) in [(Special.int, "__int__"), (Special.index, "__index__"), (Special.trunc, "__trunc__")] {
                guard let f = userSpecial(x, sp) else { continue }
                let r = try callSpecial(f, x, [])
                switch r {
                case .int, .big: return r
                case .bool(let b): return .int(b ? 1 : 0)
                default:
                    if sp == .trunc { return r }
                    throw typeError("\(name) returned non-int (type \(typeName(r)))")
                }
            }
            throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
        }
    }

    /// int(s, base) with Python's syntax: whitespace, sign, optional prefix, underscores between digits.
    func parseInt(_ s: PyStr, base: Int) throws(PyError) -> Value {
        if base == 10, let v = s.withUnsafeBufferPointer({ plainDecimal($0) }) { return .int(v) }
        let b = s.bytes
        func fail() throws(PyError) -> Never {
            throw valueError("invalid literal for int() with base \(base): \(try repr(.str(s)).string)")
        }
        var i = 0, j = b.count
        while i < j && isPySpace(b[i]) { i += 1 }
        while j > i && isPySpace(b[j - 1]) { j -= 1 }
        var negative = false
        if i < j && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var radix = base
        func hasPrefix(_ c: UInt8) -> Bool {
            return j - i >= 2 && b[i] == UInt8(ascii: "0") && (b[i + 1] | 0x20) == c
        }
        if base == 0 {
            if hasPrefix(UInt8(ascii: "x")) { radix = 16; i += 2 } else if hasPrefix(UInt8(ascii: "o")) { radix = 8; i += 2 }
            else if hasPrefix(UInt8(ascii: "b")) { radix = 2; i += 2 } else { radix = 10 }
            if radix != 10 && i < j && b[i] == UInt8(ascii: "_") { i += 1 }
        } else if (base == 16 && hasPrefix(UInt8(ascii: "x"))) || (base == 8 && hasPrefix(UInt8(ascii: "o")))
                    || (base == 2 && hasPrefix(UInt8(ascii: "b"))) {
            i += 2
            if i < j && b[i] == UInt8(ascii: "_") { i += 1 }
        }
        if i >= j { try fail() }
        var digits: [UInt8] = []
        digits.reserveCapacity(j - i)
        var prevUnderscore = true
        var k = i
        while k < j {
            let c = b[k]
            if c == UInt8(ascii: "_") {
                if prevUnderscore { try fail() }
                prevUnderscore = true
            } else {
                let d: Int
                switch c {
                case 48...57: d = Int(c) - 48
                case 97...122: d = Int(c) - 87
                case 65...90: d = Int(c) - 55
                default: try fail()
                }
                if d >= radix { try fail() }
                digits.append(c)
                prevUnderscore = false
            }
            k += 1
        }
        if prevUnderscore { try fail() }
        // Leading zeros are not allowed for base 0 decimal literals other than 0 itself.
        if base == 0 && radix == 10 && digits.count > 1 && digits[0] == 48 && digits.contains(where: { $0 != 48 }) {
            try fail()
        }
        if radix == 10 && intMaxStrDigits > 0 && digits.count > intMaxStrDigits {
            throw valueError("Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        if digits.count <= 18 && radix == 10 {
            var v = 0
            for c in digits { v = v * 10 + Int(c - 48) }
            return .int(negative ? -v : v)
        }
        guard let big = BigInt(parsing: digits, radix: radix) else { try fail() }
        return .int(negative ? -big : big)
    }
}

/// The value of an optional sign and 1 to 18 ASCII digits, nothing else (what str(i) makes);
/// nil for anything else (spaces, underscores, more digits...), which the full parser reads.
@inline(__always) func plainDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = b.count
    guard n > 0, n <= 19, let p = b.baseAddress else { return nil }
    var i = 0
    let negative = p[0] == UInt8(ascii: "-")
    if negative || p[0] == UInt8(ascii: "+") { i = 1 }
    if i == n || n - i > 18 { return nil }
    var v = 0
    while i < n {
        let d = p[i] &- 48
        if d > 9 { return nil }
        v = v &* 10 &+ Int(d)
        i += 1
    }
    return negative ? -v : v
}

/// Python's whitespace for int()/float()/split() on ASCII bytes.
@inline(__always) func isPySpace(_ c: UInt8) -> Bool {
    return c == 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)
}
