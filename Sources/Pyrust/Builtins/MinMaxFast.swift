// min()/max() without key= or default= over two ints, floats or strs, or over a list or tuple
// whose items are all of one of those kinds: compared in place, with no array copied and no
// generic comparison dispatch. Anything else (mixed kinds, subclasses, bools, big ints,
// keywords) takes the general path, which gives the same answers and every error.

extension VM {
    /// The result, or nil when the general path must decide.
    @inline(__always)
    func minMaxFast(_ args: Args, isMax: Bool) -> Value? {
        if args.hasKeywords { return nil }
        if args.count == 2 { return minMaxPair(args[0], args[1], isMax) }
        if args.count == 1 {
            switch args[0] {
            case .list(let l): return minMaxItems(l.items, isMax)
            case .tuple(let t): return minMaxItems(t.items, isMax)
            default: return nil
            }
        }
        return nil
    }

    /// As the general loop: b replaces a only when strictly better, so ties keep the first.
    private func minMaxPair(_ a: Value, _ b: Value, _ isMax: Bool) -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return (isMax ? y > x : y < x) ? b : a
        case (.float(let x), .float(let y)):
            // A NaN compares false either way, as Python's < and > do.
            return (isMax ? y > x : y < x) ? b : a
        case (.str(let x), .str(let y)):
            let c = compareBytes(y, x)
            return (isMax ? c > 0 : c < 0) ? b : a
        default:
            return nil
        }
    }

    private func minMaxItems(_ items: [Value], _ isMax: Bool) -> Value? {
        let n = items.count
        if n == 0 { return nil }
        switch items[0] {
        case .int(var best):
            var k = 1
            while k < n {
                guard case .int(let x) = items[k] else { return nil }
                if isMax ? x > best : x < best { best = x }
                k += 1
            }
            return .int(best)
        case .float(var best):
            var k = 1
            while k < n {
                guard case .float(let x) = items[k] else { return nil }
                if isMax ? x > best : x < best { best = x }
                k += 1
            }
            return .float(best)
        case .str(let first):
            var best = first
            var k = 1
            while k < n {
                guard case .str(let x) = items[k] else { return nil }
                let c = compareBytes(x, best)
                if isMax ? c > 0 : c < 0 { best = x }
                k += 1
            }
            return .str(best)
        default:
            return nil
        }
    }
}
