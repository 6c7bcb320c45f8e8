// An interpreter context as the C boundary keeps it: the last error text, the compile cache,
// the limits, the reusable VM, and for an explicit context (pyrust_context_new) its host
// functions. Each thread has an implicit one: a plain struct behind a malloc'd pointer whose
// address sits in a C thread-local slot, so reaching it costs one TLS load and no ARC; the
// pthread-key destructor frees it at exit. An explicit context is the same struct, owned by
// the host, and reaches nothing thread-local, so it may move between threads.

import CPyrustSupport
import Glibc

struct ContextState {
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
    /// Host functions, inputs memo and call arena (explicit contexts only; nil otherwise).
    var host: HostBindings? = nil
    /// What the last run's last expression gave, for pyrust_context_run's result.
    var lastValue = ResultValue()
    /// pyrust_context_free arrived during one of the context's own runs: free it at the end.
    var freeRequested = false
    /// What pyrust_context_run binds and wants back, for the run in progress.
    var runSetup: HostRunSetup? = nil
    /// Where the last inputs' names were found in the last program.
    var inputMemo = InputSlotMemo()
    /// Globals reported after every run (pyrust_context_watch_globals).
    var watchedGlobals: [String] = []
    /// Modules registered on this context (pyrust_context_module_add), bumped per change.
    var modules: [String: String] = [:]
    var modulesGeneration: UInt64 = 0
    /// The shared cache's front level on this context (SharedCache.swift): programs of its own,
    /// decoded from the store's images or compiled here. Capacity: PYRUST_SHARED_CACHE_SIZE.
    var sharedFront = CompileCache(capacity: Int(pyrust_shared_capacity()))
    /// The store's generation the front cache was filled under.
    var sharedGeneration: UInt64 = pyrust_shared_generation()
    /// Counts the front cache's hits into the shared statistics (made on the first hit).
    var sharedCounter: UnsafeMutablePointer<pyrust_shared_counter>? = nil
    /// The `pyrust` command's settings (output callback, program name and argv, session).
    var command: CommandSettings? = nil
    /// How the run in progress is compiled (pyrust_context_run's SCRIPT / INTERACTIVE flags).
    var runMode: CompileMode = .program
    /// The stages of the last run of a command context or a SCRIPT / INTERACTIVE run.
    var timings = StageTimings()

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

    /// The VM running on this thread now (for code that runs Python without being handed a
    /// VM: __eq__ and __hash__ of dict keys, generator closing).
    @inline(__always)
    static func currentVM() -> VM? {
        guard let raw = pyrust_support_active_vm() else { return nil }
        return Unmanaged<VM>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The calling thread's state, made on first use; nil only if memory ran out.
    @inline(__always)
    static func current() -> UnsafeMutablePointer<ContextState>? {
        if let raw = pyrust_support_thread_state() {
            return raw.assumingMemoryBound(to: ContextState.self)
        }
        return makeForThisThread()
    }

    /// The calling thread's state if it has one (never makes one).
    @inline(__always)
    static func existing() -> UnsafeMutablePointer<ContextState>? {
        pyrust_support_thread_state()?.assumingMemoryBound(to: ContextState.self)
    }

    @inline(never)
    private static func makeForThisThread() -> UnsafeMutablePointer<ContextState>? {
        guard let raw = malloc(MemoryLayout<ContextState>.stride) else { return nil }
        let state = raw.bindMemory(to: ContextState.self, capacity: 1)
        let capacity = CompileCache.capacity(fromSetting: getenv("PYRUST_CACHE_SIZE"))
        state.initialize(to: ContextState(cacheCapacity: capacity))
        _ = pyrust_support_thread_state_set(raw, destroyThreadState)
        return state
    }

    // MARK: compile cache

    /// The cache's statistics (measures programs cached since the last call).
    mutating func cacheStats() -> pyrust_support_cache_stats {
        var stats = pyrust_support_cache_stats()
        let measured = cache.bytes
        stats.hits = cache.hits
        stats.misses = cache.misses
        stats.inserts = cache.inserts
        stats.evictions = cache.evictions
        stats.size = UInt64(cache.count)
        stats.capacity = UInt64(cache.capacity)
        stats.bytes = UInt64(max(measured, 0))
        let lookups = cache.hits &+ cache.misses
        stats.hit_rate = lookups == 0 ? 0 : Double(cache.hits) / Double(lookups)
        return stats
    }

    /// Empties the cache now, or when the run in progress ends.
    mutating func requestCacheClear() {
        if runDepth > 0 {
            clearRequested = true
        } else {
            cache.removeAll()
        }
    }

    /// The inputs memo's address (the struct lives in malloc'd memory, so it stays put).
    static func inputMemo(of state: UnsafeMutablePointer<ContextState>) -> UnsafeMutablePointer<InputSlotMemo> {
        (UnsafeMutableRawPointer(state) + MemoryLayout<ContextState>.offset(of: \.inputMemo)!)
            .assumingMemoryBound(to: InputSlotMemo.self)
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

    /// Ends the interactive session, if any: its globals and objects are released.
    mutating func endSession() {
        vm?._withUnsafeGuaranteedRef { $0.endSession() }
        command?.session = nil
    }

    /// Frees everything the state owns (not the state itself).
    mutating func releaseResources() {
        endSession()
        dropError()
        cache.removeAll()
        releaseShared()
        vm?.release()
        vm = nil
        host = nil
        lastValue.clear()
    }
}

/// The pthread-key destructor: runs on the exiting thread with its state.
private func destroyThreadState(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    let state = raw.assumingMemoryBound(to: ContextState.self)
    state.pointee.releaseResources()
    state.deinitialize(count: 1)
    free(raw)
}
