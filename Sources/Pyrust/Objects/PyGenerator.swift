// Generator objects. A suspended generator keeps its frame's values (locals, then the operand
// stack) in a buffer of its own; resuming moves them onto the VM stack and runs the frame in
// the same dispatch loop as any call, so a suspended generator costs memory, never native stack.

final class PyGenerator: PyIterator {
    enum State: UInt8 { case created, suspended, running, finished }

    /// Keeps the code and closure alive.
    let function: PyFunction
    unowned(unsafe) let code: CodeObject
    /// Saved frame values while not running: locals then stack, `savedCount` of them.
    private(set) var saved: UnsafeMutablePointer<Value>
    private(set) var savedCount: Int
    let capacity: Int
    /// Where the frame resumes.
    var ip = 0
    /// The frame's cells (its own captured variables, then the closure's).
    let cells: CellList?
    var state: State = .created
    /// __name__ / __qualname__: the function's when the generator was made; assignable.
    var name: String
    var qualname: String

    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1

    init(function: PyFunction, locals: [Value], cells: CellList?) {
        self.function = function
        self.code = function.code
        self.cells = cells
        name = function.name
        qualname = function.qualname
        capacity = function.code.localCount + function.code.maxStack + 1
        saved = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        savedCount = function.code.localCount
        for (i, v) in locals.enumerated() where i < savedCount { (saved + i).initialize(to: v) }
        if locals.count < savedCount {
            (saved + locals.count).initialize(repeating: .undefined, count: savedCount - locals.count)
        }
        super.init()
        RunObjects.register(self)
    }

    /// A suspended generator dropped inside a try or with block: this new object takes its
    /// frame so that the VM can close it (run its finally, __exit__ or except) at the next
    /// safe point, right after the statement that dropped it, as CPython does at once.
    private init(adopting g: PyGenerator) {
        function = g.function
        code = g.code
        cells = g.cells
        name = g.name
        qualname = g.qualname
        capacity = g.capacity
        saved = g.saved
        savedCount = g.savedCount
        ip = g.ip
        state = g.state
        super.init()
        RunObjects.register(self)
    }

    /// Whether closing this suspended generator can run code: a handler (finally, except,
    /// with) covers the point where it is suspended.
    private var suspendedInHandler: Bool {
        let at = Int32(ip)
        for e in code.exceptionTable where e.handler >= 0 && ((at - 1 >= e.start && at - 1 < e.end) || (at >= e.start && at < e.end)) {
            return true
        }
        return false
    }

    deinit {
        if registryIndex >= 0 { RunObjects.unregister(self) }
        if state == .suspended, suspendedInHandler, let vm = VM.acceptingCloses() {
            let heir = PyGenerator(adopting: self)
            saved = UnsafeMutablePointer<Value>.allocate(capacity: 1)
            savedCount = 0
            vm.enqueueClose(heir)
        }
        var held = Array(UnsafeBufferPointer(start: saved, count: savedCount))
        saved.deinitialize(count: savedCount)
        savedCount = 0
        saved.deallocate()
        Trashcan.release(&held)
    }

    override var typeName: String { "generator" }
    override var pyType: PyType { .generator }

    override func next(_ vm: VM) throws(PyError) -> Value? {
        let (v, yielded) = try vm.resumeGenerator(self, .none, nil)
        return yielded ? v : nil
    }

    /// Moves the saved values to `to` (the frame's locals on the VM stack); returns how many.
    func restore(to: UnsafeMutablePointer<Value>) -> Int {
        let n = savedCount
        // A frame's few values: moved one by one (moveInitialize is a memcpy call).
        if n <= 8 {
            var i = 0
            while i < n { (to + i).initialize(to: (saved + i).move()); i &+= 1 }
        } else {
            to.moveInitialize(from: saved, count: n)
        }
        savedCount = 0
        return n
    }

    /// Moves a suspended frame's values (locals and stack) in.
    func save(from: UnsafeMutablePointer<Value>, count: Int, ip: Int) {
        if count <= 8 {
            var i = 0
            while i < count { (saved + i).initialize(to: (from + i).move()); i &+= 1 }
        } else {
            saved.moveInitialize(from: from, count: count)
        }
        savedCount = count
        self.ip = ip
    }

    /// The value on top of the saved stack (the subiterator while suspended in `yield from`).
    var savedTop: Value? { savedCount > code.localCount ? saved[savedCount - 1] : nil }

    /// Replaces the saved top of stack (yield from finishing on a throw/close).
    func replaceSavedTop(_ v: Value) {
        saved[savedCount - 1] = v
    }

    /// The run ended: drop the saved frame (and the cells it shares).
    func clearForRunEnd() {
        state = .finished
        dropSaved()
        if let c = cells { for cell in c.cells { cell.value = .none } }
    }

    func dropSaved() {
        var held = Array(UnsafeBufferPointer(start: saved, count: savedCount))
        saved.deinitialize(count: savedCount)
        savedCount = 0
        Trashcan.release(&held)
    }
}
