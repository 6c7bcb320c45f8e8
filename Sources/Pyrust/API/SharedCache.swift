// The process-wide shared compile cache (PYRUST_RUN_SHARED, pyrust_execute_shared).
//
// Two levels, because a compiled program can never be touched by two threads (non-atomic
// reference counts, inline caches written into the instruction words):
// - the store (CPyrustSupport/shared_cache.c): one per process, behind a mutex, holding
//   program images (ProgramImage.swift: plain bytes, no Swift objects);
// - a front cache per context (ContextState.sharedFront, a CompileCache keyed the same way):
//   the programs this thread decoded or compiled. A repeated hit is served here and touches
//   no shared memory but one read-mostly generation word and the context's own hit counter,
//   so it costs about what a thread-cache hit costs and threads scale.
// A front miss asks the store: a hit decodes the image (far cheaper than compiling), a miss
// compiles, encodes and stores the image for the other threads. A program the image format
// cannot hold is compiled on each thread instead. pyrust_shared_cache_clear empties the store
// and bumps the generation; each front cache empties itself on its next lookup.

import CPyrustSupport

/// Which compile cache a run goes through.
enum CacheMode {
    case none       // compile every time
    case thread     // the context's own cache (PYRUST_RUN_CACHED)
    case shared     // the process-wide one (PYRUST_RUN_SHARED)
}

extension CacheMode {
    /// The cache the run flags ask for: PYRUST_RUN_SHARED (4) wins over PYRUST_RUN_CACHED (1).
    init(flags: UInt32) {
        self = flags & 4 != 0 ? .shared : flags & 1 != 0 ? .thread : .none
    }
}

/// A program for a shared-cache run.
enum SharedFetch {
    /// Held by the context's front cache (which is left alone while a run is in progress).
    case held(Unmanaged<CompiledProgram>)
    /// Not cached (the front cache could not take it): the caller keeps it alive.
    case owned(CompiledProgram)
    /// The source does not compile.
    case failed(ErrorReport)
}

enum SharedCache {
    /// The program compiled from `source`, through the front cache and the store. Call only
    /// when `state` is not running anything (runDepth 0) and the front cache is enabled.
    @inline(__always)
    static func fetch(_ source: UnsafeBufferPointer<UInt8>, _ state: UnsafeMutablePointer<ContextState>) -> SharedFetch {
        return fetch(key: source, state, compile: { Engine.compile(source) })
    }

    /// fetch for a program compiled another way (a SCRIPT or INTERACTIVE run): `key` is the
    /// source followed by what tells the way apart, `compile` compiles it so.
    @inline(__always)
    static func fetch(key: UnsafeBufferPointer<UInt8>, _ state: UnsafeMutablePointer<ContextState>,
                      compile: () -> Result<CompiledProgram, ErrorReport>) -> SharedFetch {
        let generation = pyrust_shared_generation()
        if generation != state.pointee.sharedGeneration { state.pointee.resetSharedFront(generation) }
        let hash = SourceHash.of(key)
        if let program = state.pointee.sharedFront.lookup(key, hash: hash) {
            if let counter = state.pointee.sharedHitCounter() { pyrust_shared_counter_hit(counter) }
            return .held(program)
        }
        return fetchMissed(key, hash, state, compile)
    }

    @inline(never)
    private static func fetchMissed(_ source: UnsafeBufferPointer<UInt8>, _ hash: UInt64,
                                    _ state: UnsafeMutablePointer<ContextState>,
                                    _ compile: () -> Result<CompiledProgram, ErrorReport>) -> SharedFetch {
        var program: CompiledProgram? = nil
        if let image = pyrust_shared_lookup(source.baseAddress, source.count, hash) {
            let bytes = UnsafeRawBufferPointer(start: pyrust_shared_image_data(image), count: pyrust_shared_image_length(image))
            if let code = ProgramImage.decode(bytes) { program = CompiledProgram(code: code) }
            pyrust_shared_release(image)
        }
        if program == nil {
            switch compile() {
            case .failure(let report):
                return .failed(report)
            case .success(let compiled):
                program = compiled
                if let image = ProgramImage.encode(compiled.code) {
                    image.withUnsafeBufferPointer { b in
                        _ = pyrust_shared_insert(source.baseAddress, source.count, hash, b.baseAddress, b.count)
                    }
                }
            }
        }
        guard let program else { return .failed(noProgramReport()) }
        if state.pointee.sharedFront.insert(source, hash: hash, program: program) {
            return .held(Unmanaged.passUnretained(program))
        }
        return .owned(program)
    }

    private static func noProgramReport() -> ErrorReport {
        let message = "out of memory"
        return ErrorReport(typeName: "MemoryError", message: message, line: 0, col: 0, traceback: "MemoryError: \(message)\n")
    }
}

extension ContextState {
    /// Empties the front cache: the store was cleared (generation bumped) since it was filled.
    @inline(never)
    mutating func resetSharedFront(_ generation: UInt64) {
        sharedFront.removeAll()
        sharedGeneration = generation
    }

    /// This context's front-cache hit counter, registered on first use (nil: out of memory).
    @inline(__always)
    mutating func sharedHitCounter() -> UnsafeMutablePointer<pyrust_shared_counter>? {
        if let sharedCounter { return sharedCounter }
        sharedCounter = pyrust_shared_counter_new()
        return sharedCounter
    }

    /// Frees the front cache and folds the hit counter into the process totals.
    mutating func releaseShared() {
        sharedFront.removeAll()
        if let sharedCounter { pyrust_shared_counter_retire(sharedCounter) }
        sharedCounter = nil
    }
}

// MARK: exported functions

@_cdecl("pyrust_execute_shared")
public func pyrust_execute_shared(_ code: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    executeText(code, cache: .shared)
}

@_cdecl("pyrust_shared_cache_stats_get")
public func pyrust_shared_cache_stats_get(_ out: UnsafeMutablePointer<pyrust_support_cache_stats>?) {
    guard let out else { return }
    pyrust_shared_stats(out)
}

@_cdecl("pyrust_shared_cache_clear")
public func pyrust_shared_cache_clear() {
    pyrust_shared_clear()
}
