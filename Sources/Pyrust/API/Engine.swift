// The interpreter's entry points as the C boundary sees them: compile source bytes once,
// run the compiled program any number of times. Knows nothing of C strings or caches.

/// A Python-style error, ready for a host: the pieces and the CPython-formatted text.
struct ErrorReport: Error {
    var typeName: String        // "ZeroDivisionError", "SyntaxError", ...
    var message: String         // "division by zero"
    var line: Int               // 1-based line of the innermost frame (0 when unknown)
    var col: Int                // 1-based column (0 when unknown)
    var traceback: String       // full text as CPython prints it, ending with "Type: message\n"
    /// A run limit stopped the run (status PYRUST_LIMIT_EXCEEDED).
    var isLimit = false
    /// The program ended with SystemExit and a non-zero code (status PYRUST_EXIT).
    var exitCode: Int32? = nil
}

/// How long the last run's stages took (pyrust_context_timings), in nanoseconds.
struct StageTimings {
    var parseNs: UInt64 = 0
    var compileNs: UInt64 = 0
    var runNs: UInt64 = 0
}

/// A compiled program: what the compile cache holds. Immutable once built, so a cached
/// program can be run again and again.
final class CompiledProgram {
    let code: ProgramCode
    init(code: ProgramCode) { self.code = code }

    /// Heap bytes owned by this program, measured with malloc_usable_size on its allocations.
    func allocatedBytes() -> Int {
        return HeapMeasure.object(self) + HeapMeasure.program(code)
    }
}

enum Engine {
    /// Lexes, parses and compiles. The bytes need not be valid UTF-8 or NUL-free: such input
    /// gives an error report, never a trap.
    static func compile(_ source: UnsafeBufferPointer<UInt8>) -> Result<CompiledProgram, ErrorReport> {
        do throws(SyntaxError) {
            let module = try parseModule(source)
            let code = try Compiler.compile(module)
            return .success(CompiledProgram(code: code))
        } catch {
            return .failure(syntaxErrorReport(error, source))
        }
    }

    /// compile() for the command's needs: a compile mode, a session's global table to extend,
    /// the file name errors give, and the time each stage took (lexing happens inside parsing:
    /// the parser pulls tokens as it goes, so the two are one stage).
    static func compile(_ source: UnsafeBufferPointer<UInt8>, mode: CompileMode, globalPrefix: [String],
                        fileName: String, timings: inout StageTimings) -> Result<CompiledProgram, ErrorReport> {
        let start = VM.monotonicNanoseconds()
        do throws(SyntaxError) {
            let module = try parseModule(source)
            let parsed = VM.monotonicNanoseconds()
            timings.parseNs = parsed &- start
            let code = try Compiler.compile(module, mode: mode, globalPrefix: globalPrefix)
            timings.compileNs = VM.monotonicNanoseconds() &- parsed
            return .success(CompiledProgram(code: code))
        } catch {
            return .failure(syntaxErrorReport(error, source, fileName: fileName))
        }
    }

    /// Runs a compiled program in a fresh global namespace on `vm`. Returns nil on success.
    /// Either way `vm.output` then holds everything printed, then (on success) repr() of the last
    /// expression statement's value when it is not None; it stays there until the VM's next run.
    static func run(_ program: CompiledProgram, on vm: VM, limits: RunLimits) -> ErrorReport? {
        vm.beginRun(program.code)
        if limits.isPlain && vm.limitsArePlain {
            vm.depthLimit = Limits.recursionLimit   // sys.setrecursionlimit may have moved it
        } else {
            vm.applyLimits(limits)
        }
        if vm.outputSink != nil && limits.maxOutput == 0 {
            // Output leaves as it is written: no default cap (python3 has none).
            vm.maxOutput = Int.max
            vm.limitsArePlain = false
        }
        defer {
            vm.endRun()
            if !vm.limitsArePlain { vm.clearLimits() }
        }
        if vm.bindsProgramFile { vm.bindProgramFile() }
        if let setup = vm.hostSetup {
            do {
                try vm.bindHostGlobals(setup)
            } catch {
                return runtimeErrorReport(vm, error.exc)
            }
        }
        let report = runReportingErrors(vm)
        if let stop = vm.limitStop { return limitReport(vm, stop, report) }
        return report
    }

    /// A run a limit stopped reports the limit, even if some code swallowed its error.
    @inline(never)
    private static func limitReport(_ vm: VM, _ stop: PyError, _ report: ErrorReport?) -> ErrorReport {
        var r = report ?? runtimeErrorReport(vm, stop.exc)
        if r.typeName != "LimitExceeded" { r = runtimeErrorReport(vm, stop.exc) }
        r.isLimit = true
        r.exitCode = nil
        return r
    }

    @inline(__always)
    private static func runReportingErrors(_ vm: VM) -> ErrorReport? {
        do {
            let result = try vm.runModule()
            if let setup = vm.hostSetup {
                if setup.wantedResult != 0 { vm.captureResult(result, setup.wantedResult) }
                if !setup.watchedGlobals.isEmpty { vm.captureGlobals(setup.watchedGlobals) }
            }
            if case .int(let n) = result {
                appendIntDigits(n, &vm.output)
            } else if !result.isNone {
                do {
                    try vm.writeRepr(result, &vm.output)
                } catch {
                    let report = runtimeErrorReport(vm, error.exc)
                    vm.finalizeGlobals()
                    return report
                }
            }
            vm.finalizeGlobals()
            return nil
        } catch {
            if error.exc.type.isSubtype(of: .systemExit) && !error.exc.isLimit {
                vm.finalizeGlobals()
                return exitReport(vm, error.exc)
            }
            let report = runtimeErrorReport(vm, error.exc)
            vm.finalizeGlobals()
            return report
        }
    }

    /// SystemExit reaching the top, as `python3` ends: code None or 0 is a success; an int is
    /// the exit code; anything else is written to stderr and the code is 1.
    private static func exitReport(_ vm: VM, _ exc: PyException) -> ErrorReport? {
        let code: Value = exc.args.count > 1 ? .tuple(PyTuple(exc.args)) : (exc.args.first ?? .none)
        let status: Int32
        switch code {
        case .none: return nil
        case .bool(let b): status = b ? 1 : 0
        case .int(let n): status = Int32(truncatingIfNeeded: n)
        default:
            if let text = try? vm.str(code) {
                text.withUnsafeBufferPointer { vm.errorOutput.append(contentsOf: $0) }
                vm.errorOutput.append(10)
            }
            status = 1
        }
        if status == 0 { return nil }
        let message = (try? vm.str(code).string) ?? ""
        var report = ErrorReport(typeName: "SystemExit", message: message, line: 0, col: 0,
                                 traceback: "SystemExit: \(message)\n")
        report.exitCode = status
        return report
    }
}
