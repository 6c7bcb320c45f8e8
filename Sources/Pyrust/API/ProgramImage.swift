// Program images: a compiled program as plain bytes, so that threads can share it.
//
// The library counts references non-atomically, so a CompiledProgram (its code objects,
// constants and names, and the inline caches the VM writes into its instruction words) must
// never be touched by two threads. An image holds no Swift object: the shared cache's store
// keeps images, and each thread decodes one into a program of its own (much cheaper than
// lexing, parsing and compiling). Encode a program before it first runs: the attribute
// caches in its instruction words are then still empty.
//
// Constants are tagged values. Heap constants (str, bytes, tuple, int beyond 64 bits, complex,
// frozenset, code) are numbered in the order first met and a second occurrence refers back by number, so
// the decoded program shares objects exactly where the compiled one did (the compiler gives
// each attribute name one str per program, which the VM compares by identity first).
// Immortal objects (None, Ellipsis, the empty str, tuple and bytes, one-character ASCII strs,
// builtin types) are written by name and decoded to the same process-wide object. A frozenset
// constant keeps its table layout, so its iteration order survives. Anything else (an object
// this format does not know) makes `encode` return nil: that program is then compiled on each
// thread rather than shared, never run wrong.

import Glibc

enum ProgramImage {
    /// "PRI" and a format version: bump the version when the layout changes.
    private static let magic: UInt32 = 0x0249_5250

    /// The image of a freshly compiled, not yet run program; nil when it holds something the
    /// format does not cover.
    static func encode(_ program: ProgramCode) -> [UInt8]? {
        var writer = ImageWriter()
        writer.u32(magic)
        writer.strings(program.globalNames)
        guard writer.code(program.module) else { return nil }
        return writer.out
    }

    /// The program an image describes, with objects of the calling thread; nil when the bytes
    /// are not a well-formed image (they always are when `encode` made them).
    static func decode(_ bytes: UnsafeRawBufferPointer) -> ProgramCode? {
        var reader = ImageReader(bytes)
        do throws(BadImage) {
            guard try reader.u32() == magic else { return nil }
            let globalNames = try reader.strings()
            let module = try reader.code()
            guard reader.atEnd else { return nil }
            let fallback = globalNames.map { Builtins.lookup($0) ?? .undefined }
            return ProgramCode(module: module, globalNames: globalNames, builtinFallback: fallback)
        } catch {
            return nil
        }
    }
}

/// Value tags.
private enum ImageTag: UInt8 {
    case none, falseValue, trueValue, int, float
    case reference          // u32: a heap constant met before
    case str                // u32 code points, u32 bytes, bytes
    case bytes              // u32 bytes, bytes
    case tuple              // u32 count, values
    case bigInt             // u8 negative, u32 limb count, limbs
    case complex            // f64 bits, f64 bits
    case code               // a code object
    case emptyStr, asciiStr // asciiStr: u8 the character
    case emptyTuple, emptyBytes, ellipsis
    case builtinType        // the type's builtin name
    case frozenset          // u32 table size, u32 count, (u32 slot, value) in key order
}

private struct BadImage: Error {}

private struct CodeFlags {
    static let generator: UInt8 = 1, varargs: UInt8 = 2, varkw: UInt8 = 4, library: UInt8 = 8, hasDoc: UInt8 = 16
}

// MARK: writing

private struct ImageWriter {
    var out: [UInt8] = []
    /// Heap constants written so far, by identity, with their numbers.
    private var numbers: [ObjectIdentifier: UInt32] = [:]

    init() { out.reserveCapacity(1024) }

    mutating func u8(_ v: UInt8) { out.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
    mutating func count(_ n: Int) { u32(UInt32(truncatingIfNeeded: n)) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { b in
            count(b.count)
            out.append(contentsOf: b)
        }
    }

    mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    /// The elements' bytes as they lie in memory (little-endian plain structs).
    mutating func raw<T>(_ list: [T]) {
        count(list.count)
        list.withUnsafeBytes { out.append(contentsOf: $0) }
    }

    mutating func code(_ c: CodeObject) -> Bool {
        string(c.name)
        string(c.qualname)
        var flags: UInt8 = 0
        if c.isGenerator { flags |= CodeFlags.generator }
        if c.hasVarargs { flags |= CodeFlags.varargs }
        if c.hasVarkw { flags |= CodeFlags.varkw }
        if c.isLibraryCode { flags |= CodeFlags.library }
        if c.doc != nil { flags |= CodeFlags.hasDoc }
        u8(flags)
        if let doc = c.doc { string(doc) }
        int(c.maxStack)
        int(c.argCount)
        int(c.posOnlyCount)
        int(c.kwOnlyCount)
        u32(UInt32(bitPattern: c.firstLine))
        count(c.instructionCount)
        out.append(contentsOf: UnsafeRawBufferPointer(start: c.ins, count: c.instructionCount * MemoryLayout<Instruction>.stride))
        raw(c.lines)
        raw(c.positions)
        raw(c.exceptionTable)
        strings(c.localNames)
        strings(c.cellNames)
        strings(c.freeNames)
        raw(c.cellParamSlots)
        count(c.constantCount)
        for k in 0..<c.constantCount where !value(c.consts[k]) { return false }
        return true
    }

    /// Writes a reference when `object` was written before; else numbers it and returns false.
    private mutating func wroteReference(_ object: AnyObject) -> Bool {
        let id = ObjectIdentifier(object)
        if let n = numbers[id] {
            u8(ImageTag.reference.rawValue)
            u32(n)
            return true
        }
        numbers[id] = UInt32(truncatingIfNeeded: numbers.count)
        return false
    }

    mutating func value(_ v: Value) -> Bool {
        switch v {
        case .none: u8(ImageTag.none.rawValue)
        case .bool(let b): u8(b ? ImageTag.trueValue.rawValue : ImageTag.falseValue.rawValue)
        case .int(let i): u8(ImageTag.int.rawValue); int(i)
        case .float(let d): u8(ImageTag.float.rawValue); u64(d.bitPattern)
        case .str(let s):
            if s === PyStr.empty { u8(ImageTag.emptyStr.rawValue); return true }
            if s.byteCount == 1, let c = s.bytes.first, c < 128, s === PyStr.ascii[Int(c)] {
                u8(ImageTag.asciiStr.rawValue)
                u8(c)
                return true
            }
            if Immortal.isMarked(s) { return false }
            if wroteReference(s) { return true }
            u8(ImageTag.str.rawValue)
            count(s.count)
            s.withUnsafeBufferPointer { b in
                count(b.count)
                out.append(contentsOf: b)
            }
        case .tuple(let t):
            if t === PyTuple.empty { u8(ImageTag.emptyTuple.rawValue); return true }
            if Immortal.isMarked(t) { return false }
            if wroteReference(t) { return true }
            u8(ImageTag.tuple.rawValue)
            count(t.items.count)
            for item in t.items where !value(item) { return false }
        case .big(let b):
            if Immortal.isMarked(b) { return false }
            if wroteReference(b) { return true }
            u8(ImageTag.bigInt.rawValue)
            u8(b.value.isNegative ? 1 : 0)
            count(b.value.limbs.count)
            for limb in b.value.limbs { u64(limb) }
        case .type(let t):
            guard case .type(let named)? = Builtins.lookup(t.name), named === t else { return false }
            u8(ImageTag.builtinType.rawValue)
            string(t.name)
        case .object(let o):
            return object(o)
        case .set(let set):
            guard set.isFrozen, !Immortal.isMarked(set), let layout = set.imageLayout else { return false }
            if wroteReference(set) { return true }
            u8(ImageTag.frozenset.rawValue)
            count(layout.tableSize)
            count(layout.keys.count)
            for k in 0..<layout.keys.count {
                count(layout.slots[k])
                if !value(layout.keys[k]) { return false }
            }
        case .list, .dict, .function, .builtin, .exception, .instance, .undefined:
            return false
        }
        return true
    }

    private mutating func object(_ o: PyObject) -> Bool {
        if o === PyEllipsis.shared { u8(ImageTag.ellipsis.rawValue); return true }
        if o === PyBytes.empty { u8(ImageTag.emptyBytes.rawValue); return true }
        if Immortal.isMarked(o) { return false }
        if let ref = o as? PyCodeRef {
            if wroteReference(ref) { return true }
            u8(ImageTag.code.rawValue)
            return code(ref.code)
        }
        if let c = o as? PyComplex {
            if wroteReference(c) { return true }
            u8(ImageTag.complex.rawValue)
            u64(c.re.bitPattern)
            u64(c.im.bitPattern)
            return true
        }
        if o.isBytes {
            let b = unsafeDowncast(o, to: PyBytes.self)
            guard !b.isMutable else { return false }
            if wroteReference(b) { return true }
            u8(ImageTag.bytes.rawValue)
            count(b.bytes.count)
            out.append(contentsOf: b.bytes)
            return true
        }
        return false
    }
}

// MARK: reading

private struct ImageReader {
    private let base: UnsafeRawPointer?
    private let end: Int
    private var offset = 0
    /// Heap constants decoded so far, by number (.undefined while one is being built).
    private var objects: [Value] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes.baseAddress
        end = bytes.count
    }

    var atEnd: Bool { offset == end }

    /// The next `n` bytes, or BadImage when fewer are left.
    private mutating func take(_ n: Int) throws(BadImage) -> UnsafeRawPointer {
        guard n >= 0, n <= end &- offset, let base else {
            if n == 0, let base { return base }
            throw BadImage()
        }
        let p = base + offset
        offset += n
        return p
    }

    mutating func u8() throws(BadImage) -> UInt8 { try take(1).load(as: UInt8.self) }
    mutating func u32() throws(BadImage) -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws(BadImage) -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }
    mutating func int() throws(BadImage) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try u64())) }
    mutating func count() throws(BadImage) -> Int { Int(try u32()) }

    mutating func string() throws(BadImage) -> String {
        let n = try count()
        let p = try take(n)
        return String(decoding: UnsafeRawBufferPointer(start: p, count: n), as: UTF8.self)
    }

    mutating func strings() throws(BadImage) -> [String] {
        let n = try count()
        guard n <= end &- offset else { throw BadImage() }     // each takes at least 4 bytes
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    /// An array of plain structs copied from their bytes.
    mutating func raw<T>(_ type: T.Type) throws(BadImage) -> [T] {
        let n = try count()
        let size = MemoryLayout<T>.stride
        guard n <= (end &- offset) / size else { throw BadImage() }
        let p = try take(n * size)
        // Not through unsafeUninitializedCapacity when empty: that writes the count into the
        // process-wide empty-array storage, which other threads read.
        if n == 0 { return [] }
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if let b = buffer.baseAddress { memcpy(b, p, n * size) }
            initialized = n
        }
    }

    /// The instruction words; the dispatch loop trusts every opcode byte, so each is checked
    /// before the bytes become Instructions.
    private mutating func instructionWords() throws(BadImage) -> [Instruction] {
        let n = try count()
        let size = MemoryLayout<Instruction>.stride
        guard n <= (end &- offset) / size else { throw BadImage() }
        let p = try take(n * size)
        for k in 0..<n where Opcode(rawValue: p.load(fromByteOffset: k * size, as: UInt8.self)) == nil {
            throw BadImage()
        }
        if n == 0 { return [] }         // see raw(_:)
        return [Instruction](unsafeUninitializedCapacity: n) { buffer, initialized in
            if let b = buffer.baseAddress { memcpy(b, p, n * size) }
            initialized = n
        }
    }

    mutating func code() throws(BadImage) -> CodeObject {
        let name = try string()
        let qualname = try string()
        let flags = try u8()
        let doc: String? = flags & CodeFlags.hasDoc != 0 ? try string() : nil
        let maxStack = try int()
        let argCount = try int()
        let posOnlyCount = try int()
        let kwOnlyCount = try int()
        let firstLine = Int32(bitPattern: try u32())
        let instructions = try instructionWords()
        let lines = try raw(Int32.self)
        let positions = try raw(UInt64.self)
        let exceptionTable = try raw(ExceptionTableEntry.self)
        let localNames = try strings()
        let cellNames = try strings()
        let freeNames = try strings()
        let cellParamSlots = try raw(Int32.self)
        guard lines.count == instructions.count, positions.isEmpty || positions.count == instructions.count,
              cellParamSlots.count == cellNames.count,
              maxStack >= 0, argCount >= 0, posOnlyCount >= 0, kwOnlyCount >= 0 else { throw BadImage() }
        let constantCount = try count()
        guard constantCount <= end &- offset else { throw BadImage() }    // each takes a byte at least
        var constants: [Value] = []
        constants.reserveCapacity(constantCount)
        for _ in 0..<constantCount { constants.append(try value()) }
        let code = CodeObject(name: name, qualname: qualname, instructions: instructions, lines: lines,
                              positions: positions, constants: constants, exceptionTable: exceptionTable, localNames: localNames,
                              cellNames: cellNames, freeNames: freeNames, cellParamSlots: cellParamSlots,
                              maxStack: maxStack, firstLine: firstLine, argCount: argCount,
                              posOnlyCount: posOnlyCount, kwOnlyCount: kwOnlyCount,
                              hasVarargs: flags & CodeFlags.varargs != 0, hasVarkw: flags & CodeFlags.varkw != 0,
                              isGenerator: flags & CodeFlags.generator != 0, doc: doc)
        code.isLibraryCode = flags & CodeFlags.library != 0
        return code
    }

    /// Reserves the next heap constant's number; `define` fills it once built.
    private mutating func reserve() -> Int {
        objects.append(.undefined)
        return objects.count - 1
    }

    private mutating func define(_ number: Int, _ v: Value) -> Value {
        objects[number] = v
        return v
    }

    mutating func value() throws(BadImage) -> Value {
        guard let tag = ImageTag(rawValue: try u8()) else { throw BadImage() }
        switch tag {
        case .none: return .none
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int: return .int(try int())
        case .float: return .float(Double(bitPattern: try u64()))
        case .reference:
            let n = try count()
            guard n < objects.count, !objects[n].isUndefinedValue else { throw BadImage() }
            return objects[n]
        case .str:
            let number = reserve()
            let codePoints = try count()
            let n = try count()
            let p = try take(n)
            let s = PyStr.make(copying: UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: n),
                               count: codePoints)
            return define(number, .str(s))
        case .bytes:
            let number = reserve()
            let n = try count()
            let p = try take(n)
            let bytes = Array(UnsafeRawBufferPointer(start: p, count: n))
            return define(number, .object(PyBytes.make(bytes)))
        case .tuple:
            let number = reserve()
            let n = try count()
            guard n <= end &- offset else { throw BadImage() }
            var items: [Value] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try value()) }
            return define(number, .tuple(PyTuple(items)))
        case .bigInt:
            let number = reserve()
            let negative = try u8() != 0
            let n = try count()
            guard n <= (end &- offset) / 8 else { throw BadImage() }
            var limbs: [UInt64] = []
            limbs.reserveCapacity(n)
            for _ in 0..<n { limbs.append(try u64()) }
            return define(number, .big(PyBigInt(BigInt(negative: negative, limbs: limbs))))
        case .complex:
            let number = reserve()
            let re = Double(bitPattern: try u64())
            let im = Double(bitPattern: try u64())
            return define(number, .complex(re, im))
        case .code:
            let number = reserve()
            return define(number, .object(PyCodeRef(try code())))
        case .frozenset:
            let number = reserve()
            let tableSize = try count()
            let n = try count()
            guard n <= end &- offset else { throw BadImage() }
            var slots: [Int] = []
            var keys: [Value] = []
            slots.reserveCapacity(n)
            keys.reserveCapacity(n)
            for _ in 0..<n {
                slots.append(try count())
                keys.append(try value())
            }
            let made: PySet?
            do throws(PyError) {
                made = try PySet.fromImageLayout(tableSize: tableSize, slots: slots, keys: keys)
            } catch {
                throw BadImage()
            }
            guard let made else { throw BadImage() }
            return define(number, .set(made))
        case .emptyStr: return .str(PyStr.empty)
        case .asciiStr:
            let c = Int(try u8())
            guard c < 128 else { throw BadImage() }
            return .str(PyStr.ascii[c])
        case .emptyTuple: return .tuple(PyTuple.empty)
        case .emptyBytes: return .object(PyBytes.empty)
        case .ellipsis: return .object(PyEllipsis.shared)
        case .builtinType:
            guard case .type(let t)? = Builtins.lookup(try string()) else { throw BadImage() }
            return .type(t)
        }
    }
}
