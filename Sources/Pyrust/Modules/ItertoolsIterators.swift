// The iterator objects of itertools (the combinatoric ones are in ItertoolsCombinatorics.swift).
// Each follows CPython 3.11's C implementation: when it stops, what it keeps, and its repr.

extension PyType {
    static let itertoolsCount = PyType.native("itertools.count", kind: .iterator, new: ItertoolsModule.makeCount)
    static let itertoolsCycle = PyType.native("itertools.cycle", kind: .iterator, new: ItertoolsModule.makeCycle)
    static let itertoolsRepeat = PyType.native("itertools.repeat", kind: .iterator, new: ItertoolsModule.makeRepeat)
    static let itertoolsAccumulate = PyType.native("itertools.accumulate", kind: .iterator, new: ItertoolsModule.makeAccumulate)
    static let itertoolsChain = PyType.native("itertools.chain", kind: .iterator, new: ItertoolsModule.makeChain,
                                              classAttribute: ItertoolsModule.chainAttribute)
    static let itertoolsCompress = PyType.native("itertools.compress", kind: .iterator, new: ItertoolsModule.makeCompress)
    static let itertoolsDropwhile = PyType.native("itertools.dropwhile", kind: .iterator, new: ItertoolsModule.makeDropwhile)
    static let itertoolsTakewhile = PyType.native("itertools.takewhile", kind: .iterator, new: ItertoolsModule.makeTakewhile)
    static let itertoolsFilterfalse = PyType.native("itertools.filterfalse", kind: .iterator, new: ItertoolsModule.makeFilterfalse)
    static let itertoolsStarmap = PyType.native("itertools.starmap", kind: .iterator, new: ItertoolsModule.makeStarmap)
    static let itertoolsGroupby = PyType.native("itertools.groupby", kind: .iterator, new: ItertoolsModule.makeGroupby)
    static let itertoolsGrouper = PyType.native("itertools._grouper", kind: .iterator, new: ItertoolsModule.cannotCreate)
    static let itertoolsIslice = PyType.native("itertools.islice", kind: .iterator, new: ItertoolsModule.makeIslice)
    static let itertoolsPairwise = PyType.native("itertools.pairwise", kind: .iterator, new: ItertoolsModule.makePairwise)
    static let itertoolsTee = PyType.native("itertools._tee", kind: .iterator, new: ItertoolsModule.makeTeeObject)
    static let itertoolsZipLongest = PyType.native("itertools.zip_longest", kind: .iterator, new: ItertoolsModule.makeZipLongest)
}

final class CountIterator: PyNativeIterator {
    var current: Value
    let step: Value
    init(start: Value, step: Value) {
        current = start
        self.step = step
    }
    override var nativeType: PyType { .itertoolsCount }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        try vm.charge(1)    // endless: sum(count()) must still stop at a limit
        let v = current
        if case .int(let a) = v, case .int(let b) = step {
            let (n, overflow) = a.addingReportingOverflow(b)
            current = overflow ? .int(BigInt(a) + BigInt(b)) : .int(n)
        } else {
            current = try vm.binaryOp(.add, v, step)
        }
        return v
    }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        // The step is left out when it is the int 1 (True counts: it is an int).
        var showStep = true
        switch step {
        case .int(1), .bool(true): showStep = false
        default: break
        }
        let start = try vm.repr(current).string
        return showStep ? "count(\(start), \(try vm.repr(step).string))" : "count(\(start))"
    }
}

final class CycleIterator: PyNativeIterator {
    var source: PyIterator?
    var saved: [Value] = []
    var index = 0
    init(_ source: PyIterator) { self.source = source }
    deinit { Trashcan.release(&saved) }
    override var nativeType: PyType { .itertoolsCycle }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if let s = source {
            if let v = try s.next(vm) {
                saved.append(v)
                return v
            }
            source = nil
        }
        if saved.isEmpty { return nil }
        try vm.charge(1)    // endless: list(cycle(x)) must still stop at a limit
        let v = saved[index]
        index += 1
        if index >= saved.count { index = 0 }
        return v
    }
}

final class RepeatIterator: PyNativeIterator {
    let object: Value
    /// Repetitions left; nil: forever.
    var remaining: Int?
    init(_ object: Value, times: Int?) {
        self.object = object
        remaining = times
    }
    override var nativeType: PyType { .itertoolsRepeat }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        try vm.charge(1)    // repeat(x) is endless and repeat(x, 10**18) nearly so
        guard let n = remaining else { return object }
        if n <= 0 { return nil }
        remaining = n - 1
        return object
    }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        let o = try vm.repr(object).string
        if let n = remaining { return "repeat(\(o), \(n))" }
        return "repeat(\(o))"
    }
    override func nativeAttribute(_ vm: VM, _ name: PyStr) throws(PyError) -> Value? {
        guard name.equals("__length_hint__") else { return nil }
        return nativeBoundMethod("itertools", "__length_hint__") { [self] (_, args) throws(PyError) -> Value in
            try args.noKeywords("__length_hint__")
            try args.expect("__length_hint__", min: 0, max: 0)
            guard let n = self.remaining else { throw typeError("len() of unsized object") }
            return .int(n)
        }
    }
}

final class AccumulateIterator: PyNativeIterator {
    let source: PyIterator
    let function: Value
    var total: Value? = nil
    var initial: Value?
    init(_ source: PyIterator, function: Value, initial: Value?) {
        self.source = source
        self.function = function
        self.initial = initial
    }
    override var nativeType: PyType { .itertoolsAccumulate }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if let i = initial {
            initial = nil
            total = i
            return i
        }
        guard let v = try source.next(vm) else { return nil }
        guard let t = total else {
            total = v
            return v
        }
        let r: Value
        if function.isNone {
            if case .int(let a) = t, case .int(let b) = v, case (let s, false) = a.addingReportingOverflow(b) {
                r = .int(s)
            } else {
                r = try vm.binaryOp(.add, t, v)
            }
        } else {
            r = try vm.call2(function, t, v)
        }
        total = r
        return r
    }
}

final class ChainIterator: PyNativeIterator {
    /// Iterables still to come (nil once exhausted).
    var sources: PyIterator?
    var active: PyIterator? = nil
    init(sources: PyIterator) { self.sources = sources }
    override var nativeType: PyType { .itertoolsChain }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        while true {
            if let a = active {
                if let v = try a.next(vm) { return v }
                active = nil
            }
            guard let s = sources else { return nil }
            guard let iterable = try s.next(vm) else {
                sources = nil
                return nil
            }
            do throws(PyError) {
                active = try vm.getIterator(iterable)
            } catch {
                sources = nil   // CPython's chain gives up on a bad input
                throw error
            }
        }
    }
}

final class CompressIterator: PyNativeIterator {
    let data: PyIterator
    let selectors: PyIterator
    init(_ data: PyIterator, _ selectors: PyIterator) {
        self.data = data
        self.selectors = selectors
    }
    override var nativeType: PyType { .itertoolsCompress }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        while true {
            guard let d = try data.next(vm), let s = try selectors.next(vm) else { return nil }
            if try vm.truthy(s) { return d }
        }
    }
}

/// dropwhile, takewhile and filterfalse: a predicate over one iterator.
final class PredicateIterator: PyNativeIterator {
    enum Kind { case dropwhile, takewhile, filterfalse }
    let kind: Kind
    let predicate: Value
    let source: PyIterator
    /// dropwhile: the predicate failed once (pass everything now); takewhile: stopped.
    var done = false
    init(_ kind: Kind, _ predicate: Value, _ source: PyIterator) {
        self.kind = kind
        self.predicate = predicate
        self.source = source
    }
    override var nativeType: PyType {
        switch kind {
        case .dropwhile: return .itertoolsDropwhile
        case .takewhile: return .itertoolsTakewhile
        case .filterfalse: return .itertoolsFilterfalse
        }
    }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        switch kind {
        case .dropwhile:
            while let v = try source.next(vm) {
                if done { return v }
                if !(try vm.truthy(try vm.call1(predicate, v))) {
                    done = true
                    return v
                }
            }
            return nil
        case .takewhile:
            if done { return nil }
            guard let v = try source.next(vm) else { return nil }
            if try vm.truthy(try vm.call1(predicate, v)) { return v }
            done = true
            return nil
        case .filterfalse:
            while let v = try source.next(vm) {
                let keep = predicate.isNone ? try vm.truthy(v) : try vm.truthy(try vm.call1(predicate, v))
                if !keep { return v }
            }
            return nil
        }
    }
}

final class StarmapIterator: PyNativeIterator {
    let function: Value
    let source: PyIterator
    init(_ function: Value, _ source: PyIterator) {
        self.function = function
        self.source = source
    }
    override var nativeType: PyType { .itertoolsStarmap }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let item = try source.next(vm) else { return nil }
        let args: [Value]
        if case .tuple(let t) = item { args = t.items } else { args = try vm.toArray(item) }
        return try vm.call(function, args)
    }
}

/// groupby: the current group's key and the value read ahead, shared with its _grouper.
final class GroupbyIterator: PyNativeIterator {
    let source: PyIterator
    let key: Value
    var targetKey: Value? = nil
    var currentKey: Value? = nil
    var currentValue: Value? = nil
    /// The grouper of the current group (older groupers are exhausted). Not retained: the
    /// grouper holds its groupby.
    var currentGrouper: ObjectIdentifier? = nil
    init(_ source: PyIterator, key: Value) {
        self.source = source
        self.key = key
    }
    override var nativeType: PyType { .itertoolsGroupby }

    /// Reads the next value and its key; false at the end.
    func step(_ vm: VM) throws(PyError) -> Bool {
        guard let v = try source.next(vm) else { return false }
        let k = key.isNone ? v : try vm.call1(key, v)
        currentValue = v
        currentKey = k
        return true
    }

    override func next(_ vm: VM) throws(PyError) -> Value? {
        currentGrouper = nil
        while true {
            if let c = currentKey {
                guard let t = targetKey else { break }
                if !(try vm.equalBool(t, c)) { break }
            }
            if !(try step(vm)) { return nil }
        }
        let k = currentKey!
        targetKey = k
        let g = GrouperIterator(self, k)
        currentGrouper = ObjectIdentifier(g)
        return .tuple(PyTuple([k, .object(g)]))
    }
}

final class GrouperIterator: PyNativeIterator {
    let parent: GroupbyIterator
    let targetKey: Value
    init(_ parent: GroupbyIterator, _ key: Value) {
        self.parent = parent
        targetKey = key
    }
    override var nativeType: PyType { .itertoolsGrouper }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        let p = parent
        guard p.currentGrouper == ObjectIdentifier(self) else { return nil }
        if p.currentValue == nil {
            if !(try p.step(vm)) { return nil }
        }
        if !(try vm.equalBool(targetKey, p.currentKey!)) { return nil }
        let v = p.currentValue!
        p.currentValue = nil
        p.currentKey = nil
        return v
    }
}

final class IsliceIterator: PyNativeIterator {
    var source: PyIterator?
    var nextIndex: Int
    /// -1: no stop.
    let stop: Int
    let step: Int
    var count = 0
    init(_ source: PyIterator, start: Int, stop: Int, step: Int) {
        self.source = source
        nextIndex = start
        self.stop = stop
        self.step = step
    }
    override var nativeType: PyType { .itertoolsIslice }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let it = source else { return nil }
        while count < nextIndex {
            guard try it.next(vm) != nil else {
                source = nil
                return nil
            }
            count += 1
        }
        if stop != -1 && count >= stop {
            source = nil
            return nil
        }
        guard let v = try it.next(vm) else {
            source = nil
            return nil
        }
        count += 1
        let old = nextIndex
        nextIndex = nextIndex &+ step
        if nextIndex < old || (stop != -1 && nextIndex > stop) { nextIndex = stop }
        return v
    }
}

final class PairwiseIterator: PyNativeIterator {
    var source: PyIterator?
    var old: Value? = nil
    init(_ source: PyIterator) { self.source = source }
    override var nativeType: PyType { .itertoolsPairwise }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        guard let it = source else { return nil }
        if old == nil {
            old = try it.next(vm)
            if old == nil {
                source = nil
                return nil
            }
        }
        guard let v = try it.next(vm) else {
            source = nil
            old = nil
            return nil
        }
        let pair = Value.tuple(PyTuple([old!, v]))
        old = v
        return pair
    }
}

/// Values a tee group has read from its source, in links of up to 57 (CPython's LINKCELLS).
final class TeeData {
    static let linkCells = 57
    let source: PyIterator
    var values: [Value] = []
    var nextLink: TeeData? = nil
    var running = false
    init(_ source: PyIterator) {
        self.source = source
        values.reserveCapacity(TeeData.linkCells)
    }

    /// Value `i` of this link, reading it from the source when it is the next one.
    func value(_ vm: VM, _ i: Int) throws(PyError) -> Value? {
        if i < values.count { return values[i] }
        if running { throw PyError(.runtimeError, "cannot re-enter the tee iterator") }
        running = true
        defer { running = false }
        guard let v = try source.next(vm) else { return nil }
        values.append(v)
        return v
    }

    func jumpLink() -> TeeData {
        if let n = nextLink { return n }
        let n = TeeData(source)
        nextLink = n
        return n
    }

    deinit {
        Trashcan.release(&values)
        // A long chain of links is released in a loop, not by recursive deinits.
        var link = nextLink
        nextLink = nil
        while var l = link {
            link = nil
            guard isKnownUniquelyReferenced(&l) else { break }
            link = l.nextLink
            l.nextLink = nil
        }
    }
}

final class TeeIterator: PyNativeIterator {
    var data: TeeData
    var index: Int
    init(_ data: TeeData, index: Int) {
        self.data = data
        self.index = index
    }
    override var nativeType: PyType { .itertoolsTee }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if index >= TeeData.linkCells {
            data = data.jumpLink()
            index = 0
        }
        guard let v = try data.value(vm, index) else { return nil }
        index += 1
        return v
    }
    func copy() -> TeeIterator { TeeIterator(data, index: index) }
    override func nativeAttribute(_ vm: VM, _ name: PyStr) throws(PyError) -> Value? {
        guard name.equals("__copy__") else { return nil }
        return nativeBoundMethod("itertools", "__copy__") { [self] (_, args) throws(PyError) -> Value in
            try args.noKeywords("__copy__")
            try args.expect("__copy__", min: 0, max: 0)
            return .object(self.copy())
        }
    }
}

final class ZipLongestIterator: PyNativeIterator {
    var sources: [PyIterator?]
    var active: Int
    let fill: Value
    init(_ sources: [PyIterator], fill: Value) {
        self.sources = sources
        active = sources.count
        self.fill = fill
    }
    override var nativeType: PyType { .itertoolsZipLongest }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if sources.isEmpty || active == 0 { return nil }
        var out: [Value] = []
        out.reserveCapacity(sources.count)
        for k in 0..<sources.count {
            guard let it = sources[k] else {
                out.append(fill)
                continue
            }
            if let v = try it.next(vm) {
                out.append(v)
                continue
            }
            active -= 1
            if active == 0 {
                for j in 0..<sources.count { sources[j] = nil }
                return nil
            }
            sources[k] = nil
            out.append(fill)
        }
        return .tuple(PyTuple(out))
    }
}
