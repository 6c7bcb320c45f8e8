// The interpreter's entry points as the C boundary sees them: compile source bytes once,
// run the compiled program any number of times. Knows nothing of C strings or caches.

/// What one run produced.
struct RunOutcome {
    /// Everything the program printed, then (on success) repr() of the last expression
    /// statement's value when it is not None. On failure: what was printed before the error.
    var output: [UInt8]
    /// nil on success.
    var error: ErrorReport?
}

/// A Python-style error, ready for a host: the pieces and the CPython-formatted text.
struct ErrorReport: Error {
    var typeName: String        // "ZeroDivisionError", "SyntaxError", ...
    var message: String         // "division by zero"
    var line: Int               // 1-based line of the innermost frame (0 when unknown)
    var col: Int                // 1-based column (0 when unknown)
    var traceback: String       // full text as CPython prints it, ending with "Type: message\n"
}

/// A compiled program: what the compile cache holds. Immutable once built, so a cached
/// program can be run again and again.
final class CompiledProgram {
    let stub: [UInt8]           // TEMPORARY until the compiler lands: the source itself
    init(stub: [UInt8]) { self.stub = stub }

    /// Heap bytes owned by this program (measured with malloc_usable_size on its allocations).
    func allocatedBytes() -> Int { return stub.capacity + 64 }
}

enum Engine {
    /// Lexes, parses and compiles. The bytes need not be valid UTF-8 or NUL-free: such input
    /// gives an error report, never a trap.
    static func compile(_ source: UnsafeBufferPointer<UInt8>) -> Result<CompiledProgram, ErrorReport> {
        return .success(CompiledProgram(stub: Array(source)))
    }

    /// Runs a compiled program in a fresh global namespace.
    static func run(_ program: CompiledProgram) -> RunOutcome {
        // TEMPORARY stub: echoes "4" for "2 + 2" so the C layer can be built and tested.
        if program.stub == Array("2 + 2".utf8) { return RunOutcome(output: Array("4".utf8), error: nil) }
        return RunOutcome(output: [], error: ErrorReport(typeName: "NotImplementedError", message: "stub", line: 1, col: 1,
            traceback: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNotImplementedError: stub\n"))
    }
}
