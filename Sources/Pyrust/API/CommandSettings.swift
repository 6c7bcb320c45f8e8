// What the `pyrust` command sets on its context (pyrust_context_set_output, _set_program,
// _set_session): where output goes as it is written, the program's file name and argv, and
// an interactive session whose globals outlive each input. Plain contexts have none of it,
// and their runs never look past one nil check.

final class CommandSettings {
    var sink: OutputSink? = nil
    /// `File "..."` in tracebacks; a real file (a name not in <angle brackets>) also gets its
    /// source lines shown, as python3 shows them.
    var programName = "<string>"
    var argv: [String] = [""]
    var session: Session? = nil

    var showsSourceLines: Bool { !programName.hasPrefix("<") }
    var isEmpty: Bool { sink == nil && programName == "<string>" && argv == [""] && session == nil }

    /// Gives the VM these settings for one run.
    func configure(_ vm: VM, source: UnsafeBufferPointer<UInt8>?, sessionRun: Bool) {
        vm.outputSink = sink
        vm.programName = programName
        if vm.programArgv != argv { vm.programArgv = argv }
        vm.tracebackSource = showsSourceLines ? source : nil
        vm.bindsProgramFile = showsSourceLines
        vm.keepsSession = sessionRun
    }

    /// Takes them back once the run is over (the VM may next run without them).
    static func unconfigure(_ vm: VM) {
        vm.outputSink = nil
        vm.programName = "<string>"
        vm.tracebackSource = nil
        vm.bindsProgramFile = false
        if vm.programArgv != [""] { vm.programArgv = [""] }
    }
}

/// An interactive session: every input is compiled with the global table of the inputs before
/// it as the start of its own, so a global keeps its slot (a function defined in one input
/// sees globals assigned in a later one), and the VM does not reset globals between its runs.
final class Session {
    var globalNames: [String] = []
    /// Each input's compiled program: functions and classes it defined still run its code.
    var programs: [CompiledProgram] = []
}

extension VM {
    /// `__file__` of a script run from a file, as python3 binds it in __main__ (set once the
    /// run's globals exist; a session keeps the value it has).
    func bindProgramFile() {
        guard let slot = program.globalNames.firstIndex(of: "__file__"), slot < globalCount else { return }
        if case .undefined = globals[slot] { globals[slot] = .str(PyStr.make(programName)) }
    }
}
