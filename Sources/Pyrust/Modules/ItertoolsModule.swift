// itertools: CPython 3.11's iterator building blocks, written in Swift (the objects are in
// ItertoolsIterators.swift and ItertoolsCombinatorics.swift). Argument errors are worded as
// CPython's argument parsing words them for each function.

enum ItertoolsModule {
    static let definition = NativeModule { d in
        let types: [PyType] = [
            .itertoolsCount, .itertoolsCycle, .itertoolsRepeat, .itertoolsAccumulate, .itertoolsChain,
            .itertoolsCompress, .itertoolsDropwhile, .itertoolsTakewhile, .itertoolsFilterfalse, .itertoolsStarmap,
            .itertoolsGroupby, .itertoolsIslice, .itertoolsPairwise, .itertoolsZipLongest, .itertoolsProduct,
            .itertoolsPermutations, .itertoolsCombinations, .itertoolsCombinationsWithReplacement,
            .itertoolsGrouper, .itertoolsTee,
        ]
        for t in types { try? d.set(.str(PyStr.make(t.shortName)), .type(t)) }
        addNativeFunction(d, "itertools", "tee", tee)
    }

    static func cannotCreate(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        throw typeError("cannot create 'itertools._grouper' instances")
    }

    static func makeCount(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("count", ["start", "step"], required: 0)
        let start = a[0] ?? .int(0), step = a[1] ?? .int(1)
        if !vm.isNumber(start) || !vm.isNumber(step) { throw typeError("a number is required") }
        return .object(CountIterator(start: start.asPlainInt, step: step.asPlainInt))
    }

    static func makeCycle(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("cycle")
        try args.checkPositional("cycle", min: 1, max: 1)
        return .object(CycleIterator(try vm.getIterator(args[0])))
    }

    static func makeRepeat(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("repeat", ["object", "times"], required: 1)
        var times: Int? = nil
        if let t = a[1] { times = max(0, try vm.ssizeArgument(t)) }
        return .object(RepeatIterator(a[0]!, times: times))
    }

    static func makeAccumulate(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("accumulate", ["iterable", "func", "initial"], required: 1, positional: 2)
        let source = try vm.getIterator(a[0]!)
        var initial = a[2]
        if initial?.isNone == true { initial = nil }
        return .object(AccumulateIterator(source, function: a[1] ?? .none, initial: initial))
    }

    static func makeChain(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("chain")
        let sources = ArrayIterator(Array(args.values[0..<args.count]), name: "tuple_iterator")
        return .object(ChainIterator(sources: sources))
    }

    static func chainAttribute(_ vm: VM, _ name: PyStr) throws(PyError) -> Value? {
        guard name.equals("from_iterable") else { return nil }
        return .builtin(PyBuiltinFunction(module: "itertools", name: "from_iterable") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("chain.from_iterable")
            try args.expect("chain.from_iterable", min: 1, max: 1)
            return .object(ChainIterator(sources: try vm.getIterator(args[0])))
        })
    }

    static func makeCompress(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("compress", ["data", "selectors"], required: 2)
        let data = try vm.getIterator(a[0]!)
        return .object(CompressIterator(data, try vm.getIterator(a[1]!)))
    }

    private static func predicateIterator(_ vm: VM, _ args: Args, _ kind: PredicateIterator.Kind,
                                          _ name: String) throws(PyError) -> Value {
        try args.noKeywords(name)
        try args.checkPositional(name, min: 2, max: 2)
        return .object(PredicateIterator(kind, args[0], try vm.getIterator(args[1])))
    }

    static func makeDropwhile(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try predicateIterator(vm, args, .dropwhile, "dropwhile")
    }

    static func makeTakewhile(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try predicateIterator(vm, args, .takewhile, "takewhile")
    }

    static func makeFilterfalse(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try predicateIterator(vm, args, .filterfalse, "filterfalse")
    }

    static func makeStarmap(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("starmap")
        try args.checkPositional("starmap", min: 2, max: 2)
        return .object(StarmapIterator(args[0], try vm.getIterator(args[1])))
    }

    static func makeGroupby(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("groupby", ["iterable", "key"], required: 1)
        return .object(GroupbyIterator(try vm.getIterator(a[0]!), key: a[1] ?? .none))
    }

    static func makeIslice(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("islice")
        try args.checkPositional("islice", min: 2, max: 4)
        // CPython's islice_new: an unusable value reads as -1, and -1 is refused only as a stop.
        func index(_ v: Value) -> Int {
            if v.isNone { return -1 }
            guard let n = try? vm.ssizeArgument(v) else { return -1 }
            return n
        }
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        var start = 0, stop = -1, step = 1
        if args.count == 2 {
            if !args[1].isNone {
                stop = index(args[1])
                if stop == -1 { throw valueError(stopMessage) }
            }
        } else {
            if !args[1].isNone { start = index(args[1]) }
            if !args[2].isNone {
                stop = index(args[2])
                if stop == -1 { throw valueError(stopMessage) }
            }
        }
        if start < 0 || stop < -1 {
            throw valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        }
        if args.count == 4 && !args[3].isNone { step = index(args[3]) }
        if step < 1 { throw valueError("Step for islice() must be a positive integer or None.") }
        return .object(IsliceIterator(try vm.getIterator(args[0]), start: start, stop: stop, step: step))
    }

    static func makePairwise(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("pairwise")
        try args.checkPositional("pairwise", min: 1, max: 1)
        return .object(PairwiseIterator(try vm.getIterator(args[0])))
    }

    static func makeTeeObject(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("_tee")
        try args.checkPositional("_tee", min: 1, max: 1)
        return .object(teeFrom(try vm.getIterator(args[0])))
    }

    /// A tee over `it`: a copy when it is a tee already (CPython's __copy__ protocol).
    private static func teeFrom(_ it: PyIterator) -> TeeIterator {
        if let t = it as? TeeIterator { return t.copy() }
        return TeeIterator(TeeData(it), index: 0)
    }

    static func tee(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        if args.hasKeywords { throw typeError("itertools.tee() takes no keyword arguments") }
        try args.checkPositional("tee", min: 1, max: 2)
        let n = args.count > 1 ? try vm.ssizeArgument(args[1]) : 2
        if n < 0 { throw valueError("n must be >= 0") }
        if n == 0 { return .tuple(PyTuple.empty) }
        let it = try vm.getIterator(args[0])
        let first = (it as? TeeIterator) ?? TeeIterator(TeeData(it), index: 0)
        var out: [Value] = [.object(first)]
        for _ in 1..<n { out.append(.object(first.copy())) }
        return .tuple(PyTuple(out))
    }

    static func makeZipLongest(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        var fill = Value.none
        if args.hasKeywords {
            guard args.kwNames.count == 1, let f = args.keyword("fillvalue") else {
                throw typeError("zip_longest() got an unexpected keyword argument")
            }
            fill = f
        }
        var sources: [PyIterator] = []
        for i in 0..<args.count { sources.append(try vm.getIterator(args[i])) }
        return .object(ZipLongestIterator(sources, fill: fill))
    }

    static func makeProduct(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        var repeatCount = 1
        if args.hasKeywords {
            if args.kwNames.count > 1 {
                throw typeError("product() takes at most 1 keyword argument (\(args.kwNames.count) given)")
            }
            guard let r = args.keyword("repeat") else {
                throw typeError("'\(args.kwNames[0].string)' is an invalid keyword argument for product()")
            }
            repeatCount = try vm.ssizeArgument(r)
            if repeatCount < 0 { throw valueError("repeat argument cannot be negative") }
        }
        let n = repeatCount == 0 ? 0 : args.count
        if repeatCount > 0 && n > (Int.max / 8) / repeatCount { throw overflowError("repeat argument too large") }
        if n * repeatCount > Limits.maxSequenceLength { throw memoryError() }
        var pools: [[Value]] = []
        for i in 0..<n { pools.append(try vm.toArray(args[i])) }
        var all: [[Value]] = []
        all.reserveCapacity(n * repeatCount)
        for _ in 0..<(n == 0 ? 0 : repeatCount) { all.append(contentsOf: pools) }
        return .object(ProductIterator(all))
    }

    static func makePermutations(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let a = try args.bind("permutations", ["iterable", "r"], required: 1)
        let pool = try vm.toArray(a[0]!)
        var r = pool.count
        if let rv = a[1], !rv.isNone {
            guard rv.payloadOrSelf.isIntLike else { throw typeError("Expected int as r") }
            r = try Pyrust.indexArgument(rv.payloadOrSelf)
            if r < 0 { throw valueError("r must be non-negative") }
            if r > Limits.maxSequenceLength { throw memoryError() }
        }
        return .object(PermutationsIterator(pool, r: r))
    }

    private static func combinations(_ vm: VM, _ args: Args, _ name: String, replacement: Bool) throws(PyError) -> Value {
        let a = try args.bind(name, ["iterable", "r"], required: 2)
        let r = try vm.ssizeArgument(a[1]!)
        let pool = try vm.toArray(a[0]!)
        if r < 0 { throw valueError("r must be non-negative") }
        if r > Limits.maxSequenceLength { throw memoryError() }
        return .object(CombinationsIterator(pool, r: r, withReplacement: replacement))
    }

    static func makeCombinations(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try combinations(vm, args, "combinations", replacement: false)
    }

    static func makeCombinationsWithReplacement(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try combinations(vm, args, "combinations_with_replacement", replacement: true)
    }
}

extension Value {
    /// A bool as the int it is (count(True) counts from 1, as CPython's does).
    var asPlainInt: Value {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }
}
