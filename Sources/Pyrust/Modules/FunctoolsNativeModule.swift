// _functools: the parts of functools written in Swift (functools itself is written in Python,
// Modules/Library/FunctoolsModule.swift, and imports these).

enum FunctoolsNativeModule {
    static let definition = NativeModule { d in
        addNativeFunction(d, "_functools", "reduce", reduce)
        // A bound method of any callable (CPython's PyMethod_New): what lru_cache's wrapper
        // returns from __get__, as CPython's C wrapper does.
        addNativeFunction(d, "_functools", "_bind") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("_bind")
            try args.checkPositional("_bind", min: 2, max: 2)
            return .object(PyMethod(function: args[0], receiver: args[1]))
        }
    }

    /// reduce(function, iterable[, initial]).
    static func reduce(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("reduce")
        try args.checkPositional("reduce", min: 2, max: 3)
        let function = args[0]
        let it: PyIterator
        do throws(PyError) {
            it = try vm.getIterator(args[1])
        } catch {
            if error.exc.type === PyType.typeError { throw typeError("reduce() arg 2 must support iteration") }
            throw error
        }
        var result: Value? = args.count == 3 ? args[2] : nil
        while let v = try it.next(vm) {
            if let r = result { result = try vm.call2(function, r, v) } else { result = v }
        }
        guard let r = result else { throw typeError("reduce() of empty iterable with no initial value") }
        return r
    }
}
