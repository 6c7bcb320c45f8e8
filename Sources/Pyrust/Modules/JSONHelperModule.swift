// _json: the Swift half of json (Modules/Library/JSONModule.swift is the Python half, which
// checks and defaults the options and defines JSONDecodeError). Private: its functions take
// every option positionally, in the order the Python half passes them.

enum JSONHelperModule {
    static let definition = NativeModule { d in
        func add(_ name: String, _ f: @escaping NativeFunction) {
            try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: "_json", name: name, f)))
        }

        // encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
        //        item_separator, key_separator, default, hidden_frames) -> str
        add("encode") { (vm, args) throws(PyError) -> Value in
            try args.expect("encode", min: 11, max: 11)
            var e = JSONEncoding(vm: vm)
            e.skipKeys = try vm.truthy(args[1])
            e.ensureASCII = try vm.truthy(args[2])
            e.checkCircular = try vm.truthy(args[3])
            e.allowNaN = try vm.truthy(args[4])
            e.sortKeys = try vm.truthy(args[5])
            if case .str(let s) = args[6] { e.indent = s.byteArray }
            e.keySeparator = try separator(args[8], 5)
            e.itemSeparator = try separator(args[7], 6)
            if !args[9].isNone { e.defaultFunction = args[9] }
            if case .int(let n) = args[10] { e.hiddenFrames = n }
            try e.encode(args[0], level: 0)
            return .str(PyStr.make(bytes: e.out))
        }

        // decode(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
        //        parse_constant, error_class, hidden_frames) -> obj, or (obj, end) when not whole
        add("decode") { (vm, args) throws(PyError) -> Value in
            try args.expect("decode", min: 11, max: 11)
            guard case .str(let doc) = args[0] else {
                throw typeError("first argument must be a string, not \(typeName(args[0]))")
            }
            let start = try vm.indexValue(args[1], what: "idx")
            if start < 0 { throw valueError("idx cannot be negative") }
            let whole = try vm.truthy(args[2])
            let strict = try vm.truthy(args[3])
            let errorClass = args[9]
            var hidden = 0
            if case .int(let n) = args[10] { hidden = n }
            func hook(_ v: Value, _ builtin: PyType?) -> Value? {
                if v.isNone { return nil }
                if let t = builtin, case .type(let given) = v, given === t { return nil }
                return v
            }
            return try doc.withUnsafeBufferPointer { (text) throws(PyError) -> Value in
                var p = JSONDecoding(vm: vm, text: text)
                p.strict = strict
                p.objectHook = hook(args[4], nil)
                p.pairsHook = hook(args[5], nil)
                p.parseFloat = hook(args[6], .float)
                p.parseInt = hook(args[7], .int)
                p.parseConstant = hook(args[8], nil)
                p.hiddenFrames = hidden
                do throws(JSONDecoding.Failure) {
                    let from = whole ? p.afterSpace(0) : doc.isASCII ? start : p.byteOffset(start)
                    let (value, end) = try p.value(at: from)
                    if !whole {
                        let endIndex = doc.isASCII ? end : p.characterIndex(end)
                        return .tuple(PyTuple([value, .int(endIndex)]))
                    }
                    let rest = p.afterSpace(end)
                    if rest != text.count { throw JSONDecoding.Failure.syntax("Extra data", rest) }
                    return value
                } catch {
                    switch error {
                    case .python(let e): throw e
                    case .syntax(let message, let offset):
                        let pos = doc.isASCII ? offset : p.characterIndex(offset)
                        let made = try vm.call(errorClass, [.str(PyStr.make(message)), .str(doc), .int(pos)])
                        guard case .exception(let exc) = made else { throw typeError("exceptions must derive from BaseException") }
                        throw PyError(exc)
                    }
                }
            }
        }
    }

    /// A separator (CPython's C encoder checks the key separator, its argument 5, first).
    private static func separator(_ v: Value, _ position: Int) throws(PyError) -> [UInt8] {
        guard case .str(let s) = v else {
            throw typeError("make_encoder() argument \(position) must be str, not \(typeName(v))")
        }
        return s.byteArray
    }
}
