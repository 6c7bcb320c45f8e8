// The instruction set and the code object: what the compiler emits and the VM runs.
// A stack machine with fixed 8-byte instructions; locals live in frame slots, globals in
// program-wide slots resolved at compile time.

import Glibc

enum Opcode: UInt8 {
    case nop
    // stack
    case popTop, dupTop, dupTopTwo, rotTwo, rotThree, rotFour
    // constants and variables
    case loadConst          // arg: constant index
    case loadSmallInt       // arg: the value itself
    case loadNone, loadTrue, loadFalse
    case loadFast, storeFast, deleteFast            // arg: local slot
    case loadDeref, storeDeref, deleteDeref         // arg: cell index (cellvars then freevars)
    case loadClosure                                // arg: cell index; pushes the cell itself
    case loadGlobal, storeGlobal, deleteGlobal      // arg: global slot
    /// The same in a module written in Python: the slot of the running function's module.
    case loadModuleGlobal, storeModuleGlobal, deleteModuleGlobal
    case importName         // arg: module name constant; b: 1 pushes the module itself, 0 its top package
    case importFrom         // [module] -> [module, attribute]; arg: name constant
    case loadAttr           // arg: name constant; b: MethodName index + 1 (0: none); cache words follow
    case storeAttr          // [value, obj]; arg: name constant; cache words follow
    case deleteAttr         // [obj]; arg: name constant
    case loadName           // class bodies: the namespace dict, then the global slot; arg: global slot, b: name constant
    case storeName, deleteName   // class bodies; arg: name constant, b: global slot (deleteName)
    case loadClassDeref     // class bodies: the namespace dict, then the cell; arg: cell index, b: name constant
    case cache              // an inline-cache word after loadAttr/storeAttr/callMethod: never executed
    // operators
    case binary             // arg: BinOp raw value
    case inplace            // arg: BinOp raw value (list += mutates)
    case unaryNeg, unaryPos, unaryInvert, unaryNot
    case compare            // arg: CmpOp raw value
    case binarySubscr, storeSubscr, deleteSubscr
    case buildSlice         // arg: 2 or 3
    // containers
    case buildList, buildTuple, buildSet, buildMap  // arg: element (or pair) count
    case buildString                                 // arg: piece count (f-strings)
    case formatValue        // arg: bit 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has spec
    case listAppend, setAdd, mapAdd                  // arg: depth of the target below the value(s)
    case listExtend, setUpdate, dictUpdate, dictMerge // arg: depth of the target below the iterable
    case listToTuple
    case unpackSequence     // arg: count
    case unpackEx           // arg: before | (after << 16)
    // control flow
    case jump               // arg: target
    case jumpBack           // a loop's back-edge: arg target, b the loop's length (run limits charge it)
    case popJumpIfFalse, popJumpIfTrue
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    case forIter            // arg: exit target; on exhaustion pops the iterator and jumps
    // calls and functions
    case call               // arg: positional count
    case callKw             // arg: total count; `a` operand: number of keyword names (constant tuple on stack top)
    case callEx             // arg: bit 0: a kwargs dict is on the stack; bit 1: the positional operand is f(*x)'s x as is (made a tuple at the call); bit 2: the kwargs operand is f(**x)'s x as is
    case callMethod         // a: keyword count, b: MethodName index + 1 (0: none), arg: argc | name constant << 8; cache words follow
    case callSuperMethod    // [super, __class__, self, args..., (kw names)] -> [result]: super().name(args); a, arg as callMethod
    case makeFunction       // arg: flags (1 defaults, 2 kwdefaults, 4 annotations, 8 closure); code object on stack top
    case returnValue
    // exceptions
    case raise              // arg: 0 (re-raise), 1 (exc), 2 (exc from cause)
    case reraise            // re-raises the exception on top of the stack without a new traceback entry
    case pushExcInfo        // [exc] -> [previous, exc]; the handled exception becomes current
    case popExcept          // [previous] -> []; restores the previously handled exception
    case popExceptAndReraise // [previous, exc] -> raise exc after restoring previous
    case checkExcMatch      // [exc, type] -> [exc, bool]
    case unsupported        // arg: constant index of the feature name; raises when reached
    // classes, generators, with
    case buildClass         // [body, name, bases..., kw values..., (kw names)] -> [class]; arg: base count, a: keyword count
    case yieldValue         // [value] -> [sent value] (after the generator is resumed)
    case getYieldFromIter   // [iterable] -> [iterator]
    case yieldFrom          // [iterator, value to send] -> [result]: runs until the subiterator returns
    case beforeWith         // [manager] -> [bound __exit__, __enter__()]
    case withExit           // [exit] -> []: exit(None, None, None)
    case withExceptStart    // [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
    // match statements
    case rotN               // moves the top of the stack down under the next arg - 1 items
    case matchSequence      // [subject] -> [subject, is it a sequence for patterns?]
    case matchMapping       // [subject] -> [subject, is it a mapping for patterns?]
    case getLen             // [subject] -> [subject, len(subject)]
    case matchKeys          // [subject, keys] -> [subject, keys, tuple of values or None]
    case matchClass         // [subject, cls, keyword names] -> [tuple of attributes or None]; arg: positional count
    case copyDictWithoutKeys // [subject, keys] -> [dict of the other items]
    // Fused pairs, written over the first instruction of the pair by the peephole pass (the
    // second stays in place for jumps that land on it; the fused form skips it).
    case compareJumpIfFalse // compare + popJumpIfFalse; a: CmpOp raw value, arg: target
    case binarySmallInt     // loadSmallInt + binary/inplace; a: BinOp raw value, b: 1 inplace, arg: the int
    case loadFastAttr       // loadFast + loadAttr (`self.x`); arg: the local slot. Falls back to loadFast.
    case loadFastStoreAttr  // loadFast + storeAttr (`self.x = v`); arg: the local slot. Falls back to loadFast.
}

struct Instruction {
    var op: Opcode
    var a: UInt8 = 0
    var b: UInt16 = 0
    var arg: Int32 = 0
}

/// An instruction as the dispatch loop reads it: one 8-byte load, fields extracted only where
/// a handler uses them (loading all four up front costs a few instructions per dispatch).
/// Same layout as `Instruction`: op, a, b, arg (little-endian).
struct PackedInstruction {
    let raw: UInt64

    @inline(__always) init(_ p: UnsafeMutablePointer<Instruction>) {
        raw = UnsafeRawPointer(p).load(as: UInt64.self)
    }

    @inline(__always) var op: Opcode {
        // Opcodes in code objects come from the compiler, so the byte is always a valid case.
        unsafeBitCast(UInt8(truncatingIfNeeded: raw), to: Opcode.self)
    }
    @inline(__always) var a: UInt8 { UInt8(truncatingIfNeeded: raw >> 8) }
    @inline(__always) var b: UInt16 { UInt16(truncatingIfNeeded: raw >> 16) }
    @inline(__always) var arg: Int32 { Int32(truncatingIfNeeded: raw >> 32) }
}

/// A try-block range: an exception raised at ip in [start, end) jumps to `handler` with the
/// operand stack cut back to `depth` entries, then the exception pushed.
struct ExceptionTableEntry {
    var start: Int32
    var end: Int32
    var handler: Int32
    var depth: Int32
}

/// The compiled form of a module, function, lambda or comprehension. Immutable once built.
final class CodeObject {
    let name: String                 // "<module>", function name, "<lambda>", "<listcomp>"
    let qualname: String
    let lines: [Int32]               // source line per instruction
    /// Per instruction, the span of its expression (SourceSpan.pack), or empty (none known).
    let positions: [UInt64]
    let exceptionTable: [ExceptionTableEntry]
    let localNames: [String]         // slot order: parameters first
    let cellNames: [String]          // variables of this scope captured by inner scopes
    let freeNames: [String]          // variables captured from enclosing scopes
    /// For each cell variable that is also a parameter, its local slot (else -1): copied into the cell on entry.
    let cellParamSlots: [Int32]
    let maxStack: Int
    let firstLine: Int32
    /// A generator function (or generator expression): calling it makes a generator.
    let isGenerator: Bool
    /// The docstring (first statement a string literal), for __doc__.
    let doc: String?

    // Signature
    let argCount: Int                // positional parameters (including positional-only)
    let posOnlyCount: Int
    let kwOnlyCount: Int
    let hasVarargs: Bool
    let hasVarkw: Bool
    /// True when a call with exactly argCount positional arguments can bind them directly.
    let isSimple: Bool
    /// The positional and keyword-only parameter names as str objects: keyword arguments are
    /// matched against them by the in-place binder (VM/FrameBinding.swift) with no Swift String.
    let parameterNames: [PyStr]
    /// The instructions and constants, in unmanaged buffers owned by the code object: the
    /// dispatch loop reads them with no bounds checks or array retains, and a program keeps
    /// one copy of each rather than an array plus a buffer.
    let ins: UnsafeMutablePointer<Instruction>
    let instructionCount: Int
    let consts: UnsafeMutablePointer<Value>
    let constantCount: Int
    /// Code of a library module written in Python: like C code in CPython, its frames do not
    /// appear in tracebacks.
    var isLibraryCode = false
    /// Code compiled by exec/eval/compile(): the file its traceback entries name (nil: the program's).
    var fileName: String? = nil

    init(name: String, qualname: String, instructions: [Instruction], lines: [Int32], positions: [UInt64] = [],
         constants: [Value],
         exceptionTable: [ExceptionTableEntry], localNames: [String], cellNames: [String], freeNames: [String],
         cellParamSlots: [Int32], maxStack: Int, firstLine: Int32, argCount: Int, posOnlyCount: Int,
         kwOnlyCount: Int, hasVarargs: Bool, hasVarkw: Bool, isGenerator: Bool = false, doc: String? = nil,
         parameterNames: [PyStr]? = nil) {
        self.name = name
        self.isGenerator = isGenerator
        self.doc = doc
        self.qualname = qualname
        self.lines = lines
        self.positions = positions
        self.instructionCount = instructions.count
        self.constantCount = constants.count
        self.exceptionTable = exceptionTable
        self.localNames = localNames
        self.cellNames = cellNames
        self.freeNames = freeNames
        self.cellParamSlots = cellParamSlots
        self.maxStack = maxStack
        self.firstLine = firstLine
        self.argCount = argCount
        self.posOnlyCount = posOnlyCount
        self.kwOnlyCount = kwOnlyCount
        self.hasVarargs = hasVarargs
        self.hasVarkw = hasVarkw
        self.localCount = localNames.count
        self.cellCount = cellNames.count + freeNames.count
        self.isSimple = kwOnlyCount == 0 && !hasVarargs && !hasVarkw && cellNames.isEmpty && !isGenerator
        if let given = parameterNames {
            self.parameterNames = given
        } else {
            var names: [PyStr] = []
            let named = min(argCount + kwOnlyCount, localNames.count)
            names.reserveCapacity(named)
            for k in 0..<named { names.append(PyStr.make(localNames[k])) }
            self.parameterNames = names
        }
        ins = CodeObject.allocate(Instruction.self, instructions.count)
        ins.initialize(from: instructions, count: instructions.count)
        consts = CodeObject.allocate(Value.self, constants.count)
        consts.initialize(from: constants, count: constants.count)
    }

    deinit {
        ins.deinitialize(count: instructionCount)
        free(ins)
        consts.deinitialize(count: constantCount)
        free(consts)
    }

    /// A buffer from malloc (UnsafeMutablePointer.allocate goes through posix_memalign here,
    /// measurably slower for the two buffers every compile makes). Freed with free().
    private static func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        let bytes = max(count, 1) * MemoryLayout<T>.stride
        if let raw = malloc(bytes) { return raw.bindMemory(to: T.self, capacity: max(count, 1)) }
        // Out of memory: the runtime's allocator reports it the way every other allocation does.
        let fallback = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryLayout<T>.alignment)
        return fallback.bindMemory(to: T.self, capacity: max(count, 1))
    }

    /// Stored, not computed: the call path reads them on every Python call.
    let localCount: Int
    let cellCount: Int

    /// Total number of parameter slots (positional, keyword-only, *args, **kwargs).
    var parameterSlotCount: Int { argCount + kwOnlyCount + (hasVarargs ? 1 : 0) + (hasVarkw ? 1 : 0) }
}

/// Inline-cache words after loadAttr/storeAttr/callMethod (see VM/AttributeCache.swift).
let attributeCacheWords = 3

/// Wrapper so a code object can sit in a constant table.
final class PyCodeRef: PyObject {
    let code: CodeObject
    init(_ code: CodeObject) { self.code = code }
    override var pyType: PyType { .object }
}
