// Everything the C boundary keeps per calling thread: the last error text and the compile
// cache. A plain struct behind a malloc'd pointer whose address sits in a C thread-local slot,
// so reaching it costs one TLS load and no ARC; the pthread-key destructor frees it at exit.

import CPyrustSupport
import Glibc

struct ThreadState {
    /// Text for pyrust_last_error(); NULL after a success.
    private(set) var lastError: UnsafePointer<CChar>? = nil
    /// False when `lastError` points at static text (which must not be freed).
    private var lastErrorIsOwned = false
    var cache: CompileCache
    /// Runs in progress on this thread (above 1 only if a run calls back into the library).
    /// While it is non-zero the cache is neither searched nor changed, so a running program
    /// can never be evicted under its own feet.
    var runDepth = 0
    /// pyrust_cache_clear arrived during a run: clear once the outermost run ends.
    var clearRequested = false
    /// Limits for every run on this thread (pyrust_limits_set_default; the environment's at first).
    var defaultLimits = RunLimits.fromEnvironment()
    /// Limits of the pyrust_run_ex call in progress (nil: the defaults).
    var callLimits: RunLimits? = nil
    var limitsForRun: RunLimits { callLimits ?? defaultLimits }
    /// What the last run wrote to sys.stderr (copied into pyrust_result.error_output).
    var lastErrorOutput: [UInt8] = []
    /// The interpreter state reused by this thread's runs (stack chunks, frame buffer, output
    /// buffer); held retained by hand so that reaching it costs no reference counting.
    private var vm: Unmanaged<VM>? = nil

    init(cacheCapacity: Int) {
        cache = CompileCache(capacity: cacheCapacity)
    }

    /// This thread's VM, made on first use.
    @inline(__always)
    mutating func reusableVM() -> Unmanaged<VM> {
        if let vm { return vm }
        return makeVM()
    }

    @inline(never)
    private mutating func makeVM() -> Unmanaged<VM> {
        let made = Unmanaged.passRetained(VM())
        vm = made
        return made
    }

    /// This thread's VM if it has one (for code that runs Python without being handed a VM:
    /// __eq__ and __hash__ of dict keys).
    static func currentVM() -> VM? {
        existing()?.pointee.vm?.takeUnretainedValue()
    }

    /// The calling thread's state, made on first use; nil only if memory ran out.
    @inline(__always)
    static func current() -> UnsafeMutablePointer<ThreadState>? {
        if let raw = pyrust_support_thread_state() {
            return raw.assumingMemoryBound(to: ThreadState.self)
        }
        return makeForThisThread()
    }

    /// The calling thread's state if it has one (never makes one).
    @inline(__always)
    static func existing() -> UnsafeMutablePointer<ThreadState>? {
        pyrust_support_thread_state()?.assumingMemoryBound(to: ThreadState.self)
    }

    @inline(never)
    private static func makeForThisThread() -> UnsafeMutablePointer<ThreadState>? {
        guard let raw = malloc(MemoryLayout<ThreadState>.stride) else { return nil }
        let state = raw.bindMemory(to: ThreadState.self, capacity: 1)
        let capacity = CompileCache.capacity(fromSetting: getenv("PYRUST_CACHE_SIZE"))
        state.initialize(to: ThreadState(cacheCapacity: capacity))
        _ = pyrust_support_thread_state_set(raw, destroyThreadState)
        return state
    }

    // MARK: last error

    @inline(__always)
    mutating func clearError() {
        if lastError != nil { dropError() }
    }

    mutating func setError(_ text: String) {
        dropError()
        if let copy = CText.copy(text) {
            lastError = UnsafePointer(copy)
            lastErrorIsOwned = true
        } else {
            setError(static: "MemoryError: out of memory\n")
        }
    }

    mutating func setError(static text: StaticString) {
        dropError()
        lastError = UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
        lastErrorIsOwned = false
    }

    private mutating func dropError() {
        if lastErrorIsOwned, let lastError { free(UnsafeMutablePointer(mutating: lastError)) }
        lastError = nil
        lastErrorIsOwned = false
    }

    /// Frees everything the state owns (not the state itself).
    mutating func releaseResources() {
        dropError()
        cache.removeAll()
        vm?.release()
        vm = nil
    }
}

/// The pthread-key destructor: runs on the exiting thread with its state.
private func destroyThreadState(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    let state = raw.assumingMemoryBound(to: ThreadState.self)
    state.pointee.releaseResources()
    state.deinitialize(count: 1)
    free(raw)
}
