// The virtual machine's state: the value stack (in chunks that never move, so pointers into it
// stay valid while builtins call back into Python), the frame list, globals and output.

import CPyrustSupport
import Glibc

/// A call frame. Plain data (no reference counting): copying or dropping one costs nothing.
/// Everything it points at is kept alive elsewhere: the code and function by the callee slot
/// in the caller's stack, cells made by this frame by `VM.ownedCells`.
struct Frame {
    unowned(unsafe) var code: CodeObject
    var ip: Int
    /// Slot 0 of the frame's locals; the operand stack starts right after the locals.
    var locals: UnsafeMutablePointer<Value>
    /// Saved operand stack top while this frame is calling another.
    var sp: UnsafeMutablePointer<Value>
    /// Where the return value goes in the caller; nil for a frame entered from Swift.
    var resultSlot: UnsafeMutablePointer<Value>?
    /// Cells: this scope's captured variables, then the closure's free variables (nil: none).
    unowned(unsafe) var cells: CellList?
    /// The frame made `cells` itself (they sit on `VM.ownedCells` until it returns).
    var ownsCells: Bool
    /// Index of the stack chunk the frame lives in.
    var chunk: Int
    /// The function being run (nil for the module); kept alive by the caller's stack.
    unowned(unsafe) var function: PyFunction?
    var kind: FrameKind = .normal
    /// The generator whose frame this is (kinds generatorFromSwift and generatorInline).
    unowned(unsafe) var generator: PyGenerator? = nil

    @inline(__always) var stackBottom: UnsafeMutablePointer<Value> { locals + code.localCount }
}

enum FrameKind: UInt8 {
    case normal
    /// __init__ called for a class call: the result slot already holds the new instance.
    case initializer
    /// A generator resumed from Swift (next(), send(), builtins): a yield returns from execute().
    case generatorFromSwift
    /// A generator resumed by forIter in the loop: a yield pushes the value into the caller.
    case generatorInline
    /// A subgenerator resumed by `yield from` in the loop: its yields pass through the
    /// delegating generator's frame below it; its return value replaces it on that stack.
    case generatorYieldFrom
    /// A call whose value nobody uses (a property setter run for `obj.x = v`): on return the
    /// result and its slot are dropped.
    case discardResult
}

/// The frame list: a fixed buffer (the recursion limit bounds it), so pushing and popping a
/// Python call costs no array uniqueness checks or reallocations.
struct FrameStack {
    let base: UnsafeMutablePointer<Frame>
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Frame>.allocate(capacity: capacity)
    }

    @inline(__always) subscript(i: Int) -> Frame {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always) var top: UnsafeMutablePointer<Frame> { base + (count - 1) }
    @inline(__always) var last: Frame? { count > 0 ? base[count - 1] : nil }

    /// Callers check the recursion limit first; a full stack drops the push rather than overflow.
    @inline(__always) mutating func append(_ f: Frame) {
        guard count < capacity else { return }
        (base + count).initialize(to: f)
        count += 1
    }

    @inline(__always) @discardableResult mutating func removeLast() -> Frame {
        count -= 1
        return base[count]
    }

    mutating func removeAll() {
        count = 0
    }

    func deallocate() { base.deallocate() }
}

final class VM {
    /// The program being run (an empty one between runs). Not retained: the compiled
    /// program is kept alive by the cache or the caller for the whole run.
    unowned(unsafe) var program: ProgramCode
    /// This VM's own empty program (not a shared one: objects are confined to their thread).
    private let idleProgram = ProgramCode.makeEmpty()
    private(set) var globals: UnsafeMutablePointer<Value>
    private var globalCapacity: Int
    private(set) var globalCount = 0
    /// What the running program printed is output[outputStart...].
    var output: [UInt8] = []
    private(set) var outputStart = 0
    var frames: FrameStack
    /// Cell lists made by running frames (those with ownsCells), innermost last.
    var ownedCells: [CellList] = []
    /// The exception being handled (what a bare `raise` re-raises); chained as __context__.
    var handling: PyException?
    /// Nesting of Swift-level re-entries (builtins calling Python, repr of nested containers).
    var nativeDepth = 0
    /// Containers whose repr is being written (to print self-references as [...]).
    var reprInProgress: [ObjectIdentifier] = []
    /// What the running program registered with the library's abstract classes (abc's per-run
    /// records, Modules/Library/AbcModule.swift); dropped when the run ends.
    var abcRunState: PyDict? = nil
    /// Globals that exec/eval code bound in the main program under names it has no slot for.
    var execExtraGlobals: PyDict? = nil
    /// The `builtins` module exec/eval put into a globals dict as `__builtins__` (per run).
    var execBuiltinsModule: PyModule? = nil
    /// Set when execute() returned because a generator frame yielded (not returned).
    var lastExitYielded = false
    /// An exception to raise in the top frame as execute() starts (generator throw()).
    var pendingThrow: PyException? = nil
    /// Instances, classes and generators the running program made (cleared when it ends).
    let runObjects = RunObjects()
    /// The modules this thread has imported (kept across runs; see Imports.swift).
    let moduleTable = ModuleTable()

    /// Set by the host boundary for one run: host functions and inputs to bind, and how the
    /// last value is wanted (API/HostBindings.swift); nil for plain runs.
    var hostSetup: HostRunSetup? = nil
    /// The last value of the last run, converted as hostSetup asked.
    var resultValue = ResultValue()
    /// sys.get_int_max_str_digits() (0: no limit); each run starts at CPython's default.
    var intMaxStrDigits = VM.defaultIntMaxStrDigits
    static let defaultIntMaxStrDigits = 4300
    /// Reused buffer for that value's JSON text.
    var jsonScratch: [UInt8] = []
    /// Python sources of the modules registered on the context running this VM, and the
    /// context's registration count they reflect (see Imports.swift).
    var contextModules: [String: String] = [:]
    var contextModulesGeneration: UInt64 = 0
    /// Where output goes as it is written (pyrust_context_set_output); nil: kept in `output`.
    var outputSink: OutputSink? = nil
    /// The name tracebacks give the program (`File "..."`) and sys.argv (pyrust_context_set_program).
    var programName = "<string>"
    var programArgv: [String] = [""]
    /// The running program's source when tracebacks show source lines (a script file); set by
    /// the host boundary for the run only.
    var tracebackSource: UnsafeBufferPointer<UInt8>? = nil
    /// Bind `__file__` to programName when the run starts (a script run from a file).
    var bindsProgramFile = false
    /// A session (pyrust_context_set_session): globals, objects and imported modules outlive
    /// each run; the next program's global table extends the last one's.
    var keepsSession = false

    // Limits of the run in progress (RunLimits.swift).
    /// Ticks left before limitsReached runs; Int.max when no limit is set.
    var ticksLeft = Int.max
    var sliceGranted = Int.max
    var limits = RunLimits()
    var limitStop: PyError? = nil
    /// No limit set for this run (nor left over from the last): Engine.run skips the setup.
    var limitsArePlain = true
    var instructionsCharged: UInt64 = 0
    var deadline: UInt64 = 0
    /// Python call depth allowed (RecursionError beyond it); sys.setrecursionlimit moves it
    /// up to hostDepthLimit.
    var depthLimit = Limits.recursionLimit
    var hostDepthLimit = Limits.recursionLimit
    /// What the running program wrote to sys.stderr.
    var errorOutput: [UInt8] = []
    /// Output bytes allowed.
    var maxOutput = Int(RunLimits.defaultMaxOutput)
    /// Suspended generators dropped inside a try/with, to close at the next safe point.
    var pendingCloses: [PyGenerator] = []
    var pendingCloseCount = 0
    /// True while a run executes (dropped generators may then be closed).
    var closesAllowed = false

    // Stack chunks: allocated on demand, reused across runs, freed with the VM.
    var chunks: [UnsafeMutablePointer<Value>] = []
    var chunkSizes: [Int] = []
    var currentChunk = 0
    static let firstChunkSize = 512
    static let chunkSize = 1 << 16
    /// Output buffers up to this size are reused by the next run.
    static let keptOutputCapacity = 1 << 16
    static let outputResetThreshold = 1 << 12

    /// A VM is made once per thread and reused by every run on it.
    init() {
        program = idleProgram
        globalCapacity = 16
        globals = UnsafeMutablePointer<Value>.allocate(capacity: globalCapacity)
        frames = FrameStack(capacity: Limits.recursionLimit + 2)
        let first = UnsafeMutablePointer<Value>.allocate(capacity: VM.firstChunkSize)
        chunks.append(first)
        chunkSizes.append(VM.firstChunkSize)
    }

    deinit {
        endSession()
        endRun()
        globals.deallocate()
        frames.deallocate()
        for c in chunks { c.deallocate() }
    }

    /// Finds room for `needed` slots starting at `from` (which lies in chunk `currentChunk`);
    /// returns the chunk index and the start pointer, moving to a new chunk when full.
    @inline(__always)
    func reserve(from: UnsafeMutablePointer<Value>, needed: Int) throws(PyError) -> (Int, UnsafeMutablePointer<Value>)? {
        let c = currentChunk
        let end = chunks[c] + chunkSizes[c]
        if end - from >= needed { return nil }
        return try nextChunk(needed: needed)
    }

    @inline(never)
    func nextChunk(needed: Int) throws(PyError) -> (Int, UnsafeMutablePointer<Value>) {
        let next = currentChunk + 1
        if next < chunks.count && chunkSizes[next] >= needed {
            return (next, chunks[next])
        }
        if next > 4096 { throw memoryError() }
        let size = max(VM.chunkSize, needed)
        if size > 1 << 26 { throw memoryError() }
        let p = UnsafeMutablePointer<Value>.allocate(capacity: size)
        if next < chunks.count {
            chunks[next].deallocate()
            chunks[next] = p
            chunkSizes[next] = size
        } else {
            chunks.append(p)
            chunkSizes.append(size)
        }
        return (next, p)
    }

    // MARK: running a program

    /// Prepares a fresh global namespace for `program`.
    func beginRun(_ program: ProgramCode) {
        self.program = program
        let n = program.globalNames.count
        // A session's earlier globals keep their slots (its programs extend one name table).
        let kept = keepsSession ? min(globalCount, n) : 0
        if n > globalCapacity {
            let bigger = UnsafeMutablePointer<Value>.allocate(capacity: max(n, globalCapacity * 2))
            if kept > 0 { bigger.moveInitialize(from: globals, count: kept) }
            globals.deallocate()
            globalCapacity = max(n, globalCapacity * 2)
            globals = bigger
        }
        (globals + kept).initialize(repeating: .undefined, count: n - kept)
        globalCount = n
        if handling != nil { handling = nil }
        nativeDepth = 0
        currentChunk = 0
        // Output accumulates across runs and is emptied once it passes a few KB: cheaper than
        // emptying the array before every run.
        if output.count > VM.outputResetThreshold { output.removeAll(keepingCapacity: true) }
        outputStart = output.count
        if !errorOutput.isEmpty { errorOutput.removeAll(keepingCapacity: errorOutput.capacity <= VM.keptOutputCapacity) }
        let hostGeneration = pyrust_support_host_modules_generation()
        if hostGeneration != moduleTable.hostGeneration {
            // pyrust_module_add since this thread's last run: rebuild modules from the new sources.
            moduleTable.removeAll()
            moduleTable.hostGeneration = hostGeneration
        }
        runObjects.activate()
        closesAllowed = true
        intMaxStrDigits = VM.defaultIntMaxStrDigits
    }

    /// Drops what the last run left: globals, frames, cells, the program. (Its output stays in
    /// `output` for the host to copy; the next run starts after it.)
    /// Module teardown as CPython does it at exit: the globals are released in order (names
    /// with one leading underscore first), so a suspended generator still bound at the end is
    /// closed then and its finally, except or __exit__ runs. Only when generators are alive.
    @inline(__always)
    func finalizeGlobals() {
        if closesAllowed && runObjects.liveGenerators > 0 && !keepsSession { finalizeGlobalsInOrder() }
    }

    @inline(never)
    private func finalizeGlobalsInOrder() {
        for underscoresFirst in [true, false] {
            var k = 0
            while k < globalCount {
                let name = program.globalNames[k]
                let underscore = name.hasPrefix("_") && !name.hasPrefix("__")
                if underscore == underscoresFirst && globals[k].isHeapReference {
                    globals[k] = .none
                    if pendingCloseCount != 0 { runPendingCloses() }
                }
                k += 1
            }
        }
    }

    func endRun() {
        closesAllowed = false
        if !pendingCloses.isEmpty {
            pendingCloses.removeAll()
            pendingCloseCount = 0
        }
        frames.removeAll()
        if keepsSession {
            endSessionInput()
            return
        }
        if runObjects.hasEntries { runObjects.clearAll() }
        RunObjects.deactivate()
        if !ownedCells.isEmpty { ownedCells.removeAll() }
        var k = 0
        while k < globalCount {
            if globals[k].isHeapReference { (globals + k).deinitialize(count: 1) }
            k &+= 1
        }
        globalCount = 0
        if handling != nil { handling = nil }
        if !reprInProgress.isEmpty { reprInProgress.removeAll() }
        if abcRunState != nil { abcRunState = nil }
        if execExtraGlobals != nil { execExtraGlobals = nil }
        if execBuiltinsModule != nil { execBuiltinsModule = nil }   // a run may have changed it
        if moduleTable.dirty { moduleTable.removeAll() } else if !moduleTable.perRunUsed.isEmpty { moduleTable.dropPerRun() }
        program = idleProgram
    }

    /// The end of one input of a session: what the program made stays for the next one.
    private func endSessionInput() {
        RunObjects.deactivate()
        if !ownedCells.isEmpty { ownedCells.removeAll() }
        if handling != nil { handling = nil }
        if !reprInProgress.isEmpty { reprInProgress.removeAll() }
    }

    /// Ends a session: its globals, objects and modules go as a plain run's do at its end.
    func endSession() {
        guard keepsSession else { return }
        keepsSession = false
        // Its objects are cleared through its registry; a run in progress on this thread (a
        // host function ending another context's session) gets its own back afterwards.
        let running = RunObjects.current
        runObjects.activate()
        endRun()
        RunObjects.restore(running)
    }

    /// Called once the host has its copy of the output: a large buffer is not kept for the next run.
    func trimOutput() {
        if output.capacity > VM.keptOutputCapacity {
            output = []
            outputStart = 0
        }
    }

    /// The running (or last) program's output, valid until the output is next written.
    @inline(__always)
    func withRunOutput<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // Moved out and back (no copy, no retain) so the buffer can be read without the
        // exclusivity bookkeeping a class property needs.
        var bytes: [UInt8] = []
        swap(&bytes, &output)
        defer { swap(&bytes, &output) }
        let start = min(outputStart, bytes.count)
        return bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[start...])) }
    }

    /// Runs the module code; returns the value of the module's last expression statement (or None).
    func runModule() throws(PyError) -> Value {
        unowned(unsafe) let code = program.module
        let base = chunks[0]
        let needed = code.localCount + code.maxStack
        var chunk = 0
        var locals = base
        if needed > VM.firstChunkSize {
            let (c, p) = try nextChunk(needed: needed)
            chunk = c
            locals = p
        }
        currentChunk = chunk
        frames.append(Frame(code: code, ip: 0, locals: locals, sp: locals, resultSlot: nil, cells: nil,
                            ownsCells: false, chunk: chunk, function: nil))
        return try execute()
    }

    // MARK: output

    @inline(__always) func write(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }
    @inline(__always) func write(_ s: String) { output.append(contentsOf: s.utf8) }
}
