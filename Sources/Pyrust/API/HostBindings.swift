// What a host adds to a context's runs: functions registered under Python names (generic
// callbacks, and typed C functions called through libffi), and named inputs bound as globals.
// Both are bound by writing the program's global slots before it starts; the slot of each
// name is remembered per program, so a cache hit binds them without searching.

import CPyrustSupport
import Glibc

/// The generic host callback (pyrust_host_fn in include/pyrust.h).
public typealias HostCallback = @convention(c) (UnsafeMutablePointer<pyrust_call>?, UnsafePointer<pyrust_value>?,
                                         UnsafePointer<pyrust_value>?, UnsafeMutableRawPointer?) -> UnsafeMutablePointer<pyrust_value>?

/// A context's host functions and the arena their arguments are built in.
final class HostBindings {
    struct Function {
        let name: String
        let value: Value
    }
    private(set) var functions: [Function] = []
    /// Typed C functions' prepared calls, freed with the context.
    private var cfunctions: [OpaquePointer] = []
    let arena: UnsafeMutablePointer<pyrust_support_arena>
    /// The context's address, handed to callbacks in pyrust_call.context.
    let context: UnsafeMutableRawPointer
    /// The program the slots below were found for, and the slot of each function (-1: the
    /// program never names it).
    var slotsProgram: ProgramCode? = nil
    var functionSlots: [Int] = []

    init?(context: UnsafeMutableRawPointer) {
        guard let arena = pyrust_support_arena_new() else { return nil }
        self.arena = arena
        self.context = context
    }

    deinit {
        pyrust_support_arena_free(arena)
        for f in cfunctions { pyrust_support_cfunction_free(f) }
    }

    func add(_ name: String, _ value: Value) {
        functions.removeAll { $0.name == name }
        functions.append(Function(name: name, value: value))
        slotsProgram = nil
    }

    func keep(_ cfunction: OpaquePointer) { cfunctions.append(cfunction) }

    /// The global slot of every function in `program`.
    func slots(for program: ProgramCode) -> [Int] {
        if slotsProgram === program { return functionSlots }
        functionSlots = functions.map { f in program.globalNames.firstIndex(of: f.name) ?? -1 }
        slotsProgram = program
        return functionSlots
    }
}

/// The global slots of the last inputs bound, per context (names checked on every use).
struct InputSlotMemo {
    var program: ProgramCode? = nil
    var names: [[UInt8]] = []
    var slots: [Int] = []

    mutating func slots(for program: ProgramCode, _ inputs: UnsafePointer<pyrust_inputs>) -> [Int] {
        let n = inputs.pointee.count
        if self.program === program && names.count == n {
            var same = true
            for i in 0..<n where !sameName(names[i], inputs.pointee.names[i]!, inputs.pointee.name_lengths[i]) {
                same = false
                break
            }
            if same { return slots }
        }
        names = (0..<n).map { i in
            Array(UnsafeRawBufferPointer(start: inputs.pointee.names[i], count: inputs.pointee.name_lengths[i]))
        }
        slots = names.map { name in program.globalNames.firstIndex(of: String(decoding: name, as: UTF8.self)) ?? -1 }
        self.program = program
        return slots
    }

    private func sameName(_ known: [UInt8], _ name: UnsafeMutablePointer<CChar>, _ length: Int) -> Bool {
        known.count == length && known.withUnsafeBytes { memcmp($0.baseAddress!, name, length) == 0 }
    }
}

/// Handed to the VM for one run: what to bind before the program starts.
struct HostRunSetup {
    var inputs: UnsafePointer<pyrust_inputs>?
    var host: Unmanaged<HostBindings>?
    var inputMemo: UnsafeMutablePointer<InputSlotMemo>
    /// Bits: 1 = the last value as JSON, 2 = as a host tree.
    var wantedResult: UInt32
    /// Globals whose final values the host wants as JSON (pyrust_context_watch_globals).
    var watchedGlobals: [String] = []
}

extension VM {
    /// Writes host functions and inputs into the run's global slots.
    func bindHostGlobals(_ setup: HostRunSetup) throws(PyError) {
        let code = program
        if let host = setup.host?.takeUnretainedValue(), !host.functions.isEmpty {
            let slots = host.slots(for: code)
            for (i, slot) in slots.enumerated() where slot >= 0 { globals[slot] = host.functions[i].value }
        }
        if let inputs = setup.inputs, inputs.pointee.count > 0 {
            let slots = setup.inputMemo.pointee.slots(for: code, inputs)
            for (i, slot) in slots.enumerated() where slot >= 0 {
                guard let v = inputs.pointee.values[i] else { continue }
                do {
                    globals[slot] = try HostValues.toPython(v)
                } catch {
                    let name = String(cString: inputs.pointee.names[i]!)
                    throw PyError(error.exc.type, "input '\(name)': \((try? str(.exception(error.exc)).string) ?? "")")
                }
            }
        }
    }

    /// The last expression's value as the host asked for it (JSON text and/or a tree).
    func captureResult(_ v: Value, _ wanted: UInt32) {
        if v.isNone { return }
        if wanted & 1 != 0 { captureJSON(v) }
        if wanted & 2 != 0 {
            resultValue.tree = try? HostValues.fromPython(v, HostValues.Builder(arena: nil), vm: self)
        }
    }

    /// json.dumps(v) into resultValue: scalars written directly, the rest by the json module's
    /// encoder; the VM's scratch buffer is reused, so the only allocation is the C copy.
    private func captureJSON(_ v: Value) {
        var text: [UInt8] = []
        swap(&text, &jsonScratch)
        defer { swap(&text, &jsonScratch) }
        text.removeAll(keepingCapacity: true)
        switch v {
        case .int(let i):
            appendIntDigits(i, &text)
        case .bool(let b):
            text.append(contentsOf: (b ? "true" : "false").utf8)
        case .float(let d) where d.isFinite:
            appendFloatRepr(d, to: &text)
        default:
            var encoder = JSONEncoding(vm: self)
            swap(&encoder.out, &text)
            do {
                try encoder.encode(v, level: 0)
                swap(&encoder.out, &text)
            } catch {
                swap(&encoder.out, &text)
                resultValue.jsonError = "\(error.exc.type.name): \((try? str(.exception(error.exc)).string) ?? "")"
                return
            }
        }
        resultValue.json = CText.copy(text)
        resultValue.jsonLength = resultValue.json == nil ? 0 : text.count
    }
}

extension VM {
    /// {"name": value, ...} for the watched globals the run left bound, as json.dumps writes
    /// them; a value JSON has no form for leaves only the error.
    func captureGlobals(_ names: [String]) {
        var encoder = JSONEncoding(vm: self)
        encoder.out.append(UInt8(ascii: "{"))
        var first = true
        for name in names {
            guard let slot = program.globalNames.firstIndex(of: name) else { continue }
            let v = globals[slot]
            if case .undefined = v { continue }
            if !first { encoder.out.append(contentsOf: ", ".utf8) }
            first = false
            encoder.appendString(PyStr.make(name))
            encoder.out.append(contentsOf: ": ".utf8)
            do {
                try encoder.encode(v, level: 0)
            } catch {
                let message = (try? str(.exception(error.exc)).string) ?? ""
                resultValue.globalsError = "\(error.exc.type.name): \(message) (global '\(name)')"
                return
            }
        }
        encoder.out.append(UInt8(ascii: "}"))
        resultValue.globals = CText.copy(encoder.out)
        resultValue.globalsLength = resultValue.globals == nil ? 0 : encoder.out.count
    }
}

/// The last value of a run, converted for the host.
struct ResultValue {
    /// malloc'd, NUL-terminated JSON text (handed to the host's result as it is).
    var json: UnsafeMutablePointer<CChar>? = nil
    var jsonLength = 0
    var jsonError: String? = nil
    var tree: UnsafeMutablePointer<pyrust_value>? = nil
    /// malloc'd JSON object of the watched globals, or why there is none.
    var globals: UnsafeMutablePointer<CChar>? = nil
    var globalsLength = 0
    var globalsError: String? = nil

    mutating func clear() {
        if let json { free(json) }
        json = nil
        jsonLength = 0
        if jsonError != nil { jsonError = nil }
        if let globals { free(globals) }
        globals = nil
        globalsLength = 0
        if globalsError != nil { globalsError = nil }
        if let tree { pyrust_value_free(tree) }
        tree = nil
    }

    /// Hands the JSON text to the caller (who frees it).
    mutating func takeJSON() -> UnsafeMutablePointer<CChar>? {
        defer { json = nil; jsonLength = 0 }
        return json
    }

    /// Hands the globals' JSON text to the caller (who frees it).
    mutating func takeGlobals() -> UnsafeMutablePointer<CChar>? {
        defer { globals = nil; globalsLength = 0 }
        return globals
    }

    /// Hands the tree to the caller (who frees it).
    mutating func takeTree() -> UnsafeMutablePointer<pyrust_value>? {
        defer { tree = nil }
        return tree
    }
}

// MARK: calling the host

enum HostCalls {
    /// A generic host function as a Python builtin.
    static func generic(_ name: String, _ fn: HostCallback, _ userdata: UnsafeMutableRawPointer?,
                        _ host: HostBindings) -> Value {
        unowned(unsafe) let bindings = host
        return .builtin(PyBuiltinFunction(module: "builtins", name: name) { (vm, args) throws(PyError) -> Value in
            try callGeneric(vm, args, fn, userdata, bindings)
        })
    }

    private static func callGeneric(_ vm: VM, _ args: Args, _ fn: HostCallback, _ userdata: UnsafeMutableRawPointer?,
                                    _ host: HostBindings) throws(PyError) -> Value {
        let arena = host.arena
        let mark = pyrust_support_arena_save(arena)
        defer { pyrust_support_arena_restore(arena, mark) }
        let b = HostValues.Builder(arena: arena)
        let positional = try b.node(PYRUST_SUPPORT_TUPLE, slots: args.count)
        for i in 0..<args.count {
            positional.pointee.items[i] = try HostValues.fromPython(args[i], b, vm: vm, depth: 1)
            positional.pointee.length = i + 1
        }
        var keywords: UnsafeMutablePointer<pyrust_value>? = nil
        if args.hasKeywords {
            let d = try b.node(PYRUST_SUPPORT_DICT, slots: 2 * args.kwNames.count)
            for (k, name) in args.kwNames.enumerated() {
                d.pointee.items[2 * k] = try HostValues.fromPython(.str(name), b, vm: vm, depth: 1)
                d.pointee.items[2 * k + 1] = try HostValues.fromPython(args.values[args.positionalCount + k], b, vm: vm, depth: 1)
                d.pointee.length = k + 1
            }
            keywords = d
        }
        var call = pyrust_call()
        call.context = host.context
        let returned = fn(&call, positional, keywords, userdata)
        defer {
            free(call.exc_type)
            free(call.message)
        }
        if let type = call.exc_type {
            if let returned { pyrust_value_free(returned) }
            try vm.checkAfterHostCall()
            throw hostException(String(cString: type), call.message.map { String(cString: $0) } ?? "")
        }
        let value: Value
        if let returned {
            defer { pyrust_value_free(returned) }
            value = try HostValues.toPython(returned)
        } else {
            value = .none
        }
        try vm.checkAfterHostCall()
        return value
    }

    /// The exception a host function raised: a builtin exception type by name.
    private static func hostException(_ typeName: String, _ message: String) -> PyError {
        if case .type(let t)? = Builtins.lookup(typeName), t.isSubtype(of: .exception) {
            return PyError(t, message)
        }
        return PyError(.runtimeError, "host function raised unknown exception type '\(typeName)': \(message)")
    }

    // MARK: typed C functions

    static func typed(_ name: String, _ f: OpaquePointer) -> Value {
        let h = TypedHostFunction(name, f)
        return .builtin(PyBuiltinFunction(module: "builtins", name: name) { (vm, args) throws(PyError) -> Value in
            try callTyped(vm, args, h)
        })
    }

    private static func callTyped(_ vm: VM, _ args: Args, _ h: TypedHostFunction) throws(PyError) -> Value {
        let arity = h.codes.count
        if args.hasKeywords || args.count != arity { try h.badCall(args) }
        let slots = h.slots
        if h.takesStrings {
            // C strings for 's' arguments: NUL-terminated copies, freed after the call.
            var strings: [UnsafeMutablePointer<CChar>] = []
            defer { for s in strings { free(s) } }
            for i in 0..<arity { slots[i] = try argument(args[i], code: h.codes[i], index: i + 1, h.name, &strings) }
            pyrust_support_cfunction_call(h.prepared, slots, slots + TypedHostFunction.resultSlot)
        } else {
            var none: [UnsafeMutablePointer<CChar>] = []
            for i in 0..<arity { slots[i] = try argument(args[i], code: h.codes[i], index: i + 1, h.name, &none) }
            pyrust_support_cfunction_call(h.prepared, slots, slots + TypedHostFunction.resultSlot)
        }
        // Read at once: a nested call of the same function (from inside the C function) has
        // finished by now, and the slots are not used again until the next call.
        let raw = slots[TypedHostFunction.resultSlot]
        try vm.checkAfterHostCall()
        switch h.returnCode {
        case UInt8(ascii: "v"): return .none
        case UInt8(ascii: "b"): return .bool(raw != 0)
        case UInt8(ascii: "f"), UInt8(ascii: "d"): return .float(Double(bitPattern: raw))
        case UInt8(ascii: "L"):
            if raw > UInt64(Int.max) { return .int(BigInt(raw)) }
            return .int(Int(raw))
        case UInt8(ascii: "s"):
            guard let p = UnsafePointer<CChar>(bitPattern: UInt(raw)) else { return .none }
            let n = strlen(p)
            let bytes = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
            guard pyrust_support_valid_utf8(bytes, n) != 0 else {
                throw PyError(.valueError, "\(h.name)() returned a string that is not valid UTF-8")
            }
            return .str(PyStr.make(bytes: Array(UnsafeBufferPointer(start: bytes, count: n))))
        default: return .int(Int(Int64(bitPattern: raw)))
        }
    }

    /// One argument in its C form (an 8-byte slot), with CPython's wording for bad types.
    @inline(__always)
    private static func argument(_ v: Value, code c: UInt8, index: Int, _ name: String,
                                 _ strings: inout [UnsafeMutablePointer<CChar>]) throws(PyError) -> UInt64 {
        func wrongType(_ expected: String) -> PyError {
            PyError(.typeError, "\(name)() argument \(index) must be \(expected), not \(typeName(v))")
        }
        switch c {
        case UInt8(ascii: "f"), UInt8(ascii: "d"):
            switch v {
            case .float(let d): return d.bitPattern
            case .int(let i): return Double(i).bitPattern
            case .bool(let b): return (b ? 1.0 : 0.0).bitPattern
            case .big(let b):
                guard let d = b.value.toDouble() else { throw PyError(.overflowError, "int too large to convert to float") }
                return d.bitPattern
            default: throw wrongType("float")
            }
        case UInt8(ascii: "s"):
            switch v {
            case .none: return 0
            case .str(let s):
                let copy: UnsafeMutablePointer<CChar>? = s.withUnsafeBufferPointer { u in
                    if u.count > 0 && memchr(u.baseAddress!, 0, u.count) != nil { return nil }
                    let p = malloc(u.count + 1)!.bindMemory(to: CChar.self, capacity: u.count + 1)
                    if u.count > 0 { memcpy(p, u.baseAddress!, u.count) }
                    p[u.count] = 0
                    return p
                }
                guard let copy else { throw PyError(.valueError, "embedded null character") }
                strings.append(copy)
                return UInt64(UInt(bitPattern: copy))
            default:
                if let bytes = v.bytesObject, !bytes.isMutable {
                    if bytes.bytes.contains(0) { throw PyError(.valueError, "embedded null byte") }
                    let p = malloc(bytes.count + 1)!.bindMemory(to: CChar.self, capacity: bytes.count + 1)
                    bytes.bytes.withUnsafeBytes { if $0.count > 0 { memcpy(p, $0.baseAddress!, $0.count) } }
                    p[bytes.count] = 0
                    strings.append(p)
                    return UInt64(UInt(bitPattern: p))
                }
                throw wrongType("str")
            }
        default:
            let n: Int
            switch v {
            case .int(let i): n = i
            case .bool(let b): n = b ? 1 : 0
            case .big(let big):
                if c == UInt8(ascii: "L"), !big.value.isNegative, big.value.limbs.count == 1 { return big.value.limbs[0] }
                throw PyError(.overflowError, "\(name)() argument \(index): int too large to convert")
            default: throw wrongType("int")
            }
            let (low, high): (Int, Int)
            switch c {
            case UInt8(ascii: "b"): (low, high) = (0, 1)
            case UInt8(ascii: "c"): (low, high) = (Int(Int8.min), Int(Int8.max))
            case UInt8(ascii: "C"): (low, high) = (0, Int(UInt8.max))
            case UInt8(ascii: "h"): (low, high) = (Int(Int16.min), Int(Int16.max))
            case UInt8(ascii: "H"): (low, high) = (0, Int(UInt16.max))
            case UInt8(ascii: "i"): (low, high) = (Int(Int32.min), Int(Int32.max))
            case UInt8(ascii: "I"): (low, high) = (0, Int(UInt32.max))
            case UInt8(ascii: "L"): (low, high) = (0, Int.max)
            default: (low, high) = (Int.min, Int.max)
            }
            if n < low || n > high {
                throw PyError(.overflowError, "\(name)() argument \(index): \(n) is out of range for the C type '\(Character(Unicode.Scalar(c)))'")
            }
            return UInt64(bitPattern: Int64(n))
        }
    }
}

/// A typed C function as the call path needs it: the prepared call, the argument codes (read
/// once from the signature) and a slot buffer reused by every call.
final class TypedHostFunction {
    static let resultSlot = 16
    let name: String
    let prepared: OpaquePointer
    let codes: [UInt8]
    let returnCode: UInt8
    let takesStrings: Bool
    let slots: UnsafeMutablePointer<UInt64>

    init(_ name: String, _ prepared: OpaquePointer) {
        self.name = name
        self.prepared = prepared
        codes = (0..<pyrust_support_cfunction_arity(prepared)).map { UInt8(bitPattern: pyrust_support_cfunction_arg(prepared, $0)) }
        returnCode = UInt8(bitPattern: pyrust_support_cfunction_return(prepared))
        takesStrings = codes.contains(UInt8(ascii: "s"))
        slots = UnsafeMutablePointer<UInt64>.allocate(capacity: TypedHostFunction.resultSlot + 1)
        slots.initialize(repeating: 0, count: TypedHostFunction.resultSlot + 1)
    }

    deinit { slots.deallocate() }

    /// Keywords or a wrong argument count: CPython's wording.
    @inline(never)
    func badCall(_ args: Args) throws(PyError) {
        try args.noKeywords(name)
        let arity = codes.count
        throw PyError(.typeError, "\(name)() takes exactly \(arity) argument\(arity == 1 ? "" : "s") (\(args.count) given)")
    }
}
