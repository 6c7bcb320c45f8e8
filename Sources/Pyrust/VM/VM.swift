// The virtual machine's state: the value stack (in chunks that never move, so pointers into it
// stay valid while builtins call back into Python), the frame list, globals and output.

import Glibc

struct Frame {
    unowned(unsafe) var code: CodeObject
    var ip: Int
    /// Slot 0 of the frame's locals; the operand stack starts right after the locals.
    var locals: UnsafeMutablePointer<Value>
    /// Saved operand stack top while this frame is calling another.
    var sp: UnsafeMutablePointer<Value>
    /// Where the return value goes in the caller; nil for a frame entered from Swift.
    var resultSlot: UnsafeMutablePointer<Value>?
    /// Cells: this scope's captured variables, then the closure's free variables.
    var cells: ContiguousArray<PyCell>
    /// Index of the stack chunk the frame lives in.
    var chunk: Int
    /// The function being run (nil for the module); kept alive by the caller's stack.
    unowned(unsafe) var function: PyFunction?

    @inline(__always) var stackBottom: UnsafeMutablePointer<Value> { locals + code.localCount }
}

final class VM {
    let program: ProgramCode
    let globals: UnsafeMutablePointer<Value>
    let globalCount: Int
    var output: [UInt8] = []
    var frames: [Frame] = []
    /// The exception being handled (what a bare `raise` re-raises); chained as __context__.
    var handling: PyException?
    /// Nesting of Swift-level re-entries (builtins calling Python, repr of nested containers).
    var nativeDepth = 0
    /// Containers whose repr is being written (to print self-references as [...]).
    var reprInProgress: [ObjectIdentifier] = []

    // Stack chunks: allocated on demand, reused, freed with the VM.
    var chunks: [UnsafeMutablePointer<Value>] = []
    var chunkSizes: [Int] = []
    var currentChunk = 0
    static let firstChunkSize = 512
    static let chunkSize = 1 << 16

    init(program: ProgramCode) {
        self.program = program
        globalCount = program.globalNames.count
        globals = UnsafeMutablePointer<Value>.allocate(capacity: max(globalCount, 1))
        globals.initialize(repeating: .undefined, count: globalCount)
        let first = UnsafeMutablePointer<Value>.allocate(capacity: VM.firstChunkSize)
        chunks.append(first)
        chunkSizes.append(VM.firstChunkSize)
        frames.reserveCapacity(8)
    }

    deinit {
        // Frames are all gone by now (runs unwind completely); release globals and chunks.
        globals.deinitialize(count: globalCount)
        globals.deallocate()
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

    /// Runs the module code; returns the value of the module's last expression statement (or None).
    func runModule() throws(PyError) -> Value {
        let code = program.module
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
        frames.append(Frame(code: code, ip: 0, locals: locals, sp: locals, resultSlot: nil, cells: [],
                            chunk: chunk, function: nil))
        return try execute()
    }

    // MARK: output

    @inline(__always) func write(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }
    @inline(__always) func write(_ s: String) { output.append(contentsOf: s.utf8) }
}
