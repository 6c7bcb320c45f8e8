// The REPL's sys.displayhook: an interactive program (CompileMode.interactive) passes every
// module-level expression statement's value here; a value other than None is printed as its
// repr and a newline, as CPython's interactive interpreter does. (`_` is not set.)

enum InteractiveDisplay {
    /// Made per compiled program (objects are never shared between threads).
    static func makeHook() -> PyBuiltinFunction {
        PyBuiltinFunction(module: "sys", name: "displayhook") { (vm, args) throws(PyError) -> Value in
            try args.expect("displayhook", min: 1, max: 1)
            let value = args[0]
            if value.isNone { return .none }
            var text: [UInt8] = []
            try vm.writeRepr(value, &text)
            text.append(10)
            vm.output.append(contentsOf: text)
            if vm.output.count &- vm.outputStart > vm.maxOutput { try vm.outputLimitReached() }
            vm.flushToSink()
            return .none
        }
    }
}
