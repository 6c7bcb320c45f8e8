// range.count(x) and range.index(x), as CPython's range_count/range_index: ints (and bools)
// are answered arithmetically, any other value by comparing it with each element in turn.

extension VM {
    func callRangeMethod(_ range: PyObject, _ parts: (start: BigInt, stop: BigInt, step: BigInt, length: BigInt),
                         _ name: MethodName, _ args: Args) throws(PyError) -> Value {
        let fname = "range.\(name.rawValue)"
        if args.hasKeywords { throw typeError("\(fname)() takes no keyword arguments") }
        if args.count != 1 { throw typeError("\(fname)() takes exactly one argument (\(args.count) given)") }
        let x = args[0]
        if let v = exactInt(x) {
            let found = rangeContainsInt(start: parts.start, stop: parts.stop, step: parts.step, v)
            if name == .count { return .int(found ? 1 : 0) }
            guard found else { throw valueError("\(try repr(x).string) is not in range") }
            return .int((v - parts.start).floorDivMod(parts.step).quotient)
        }
        var index = 0
        var count = 0
        let iterator = try getIterator(.object(range))
        while let element = try iterator.next(self) {
            if try pyEquals(element, x) {
                if name == .index { return .int(index) }
                count += 1
            }
            index += 1
        }
        if name == .count { return .int(count) }
        throw valueError("sequence.index(x): x not in sequence")
    }
}
