// _dataclasses (private): what the generated __init__ of dataclasses does for each instance,
// in one call. Setting the fields one by one from Python costs a loop and a setattr call each.

enum DataclassesNativeModule {
    static let definition = NativeModule { d in
        // set_fields(obj, names, values, frozen): obj.<name> = value for each pair, through
        // setattr (the class's __setattr__ and descriptors), or as object.__setattr__ does for
        // a frozen class (whose own __setattr__ refuses).
        addNativeFunction(d, "_dataclasses", "set_fields") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("set_fields")
            try args.expect("set_fields", min: 4, max: 4)
            guard case .tuple(let names) = args[1] else { throw typeError("set_fields() argument 2 must be tuple") }
            let values: [Value]
            switch args[2] {
            case .tuple(let t): values = t.items
            case .list(let l): values = l.items
            default: throw typeError("set_fields() argument 3 must be tuple or list")
            }
            let frozen = try vm.truthy(args[3])
            let obj = args[0]
            var i = 0
            while i < names.items.count && i < values.count {
                guard case .str(let name) = names.items[i] else { throw typeError("set_fields() names must be str") }
                if frozen, case .instance(let inst) = obj {
                    try vm.genericSetAttr(inst, name, values[i])
                } else {
                    try vm.setAttr(obj, name, values[i])
                }
                i += 1
            }
            return .none
        }
    }
}
