// Binary, unary and comparison operators over all builtin types, with CPython's TypeErrors.

import CPyrustSupport
import Glibc

extension BinOp {
    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .truediv: return "/"
        case .floordiv: return "//"
        case .mod: return "%"
        case .pow: return "** or pow()"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .bitand: return "&"
        case .bitor: return "|"
        case .bitxor: return "^"
        case .matmul: return "@"
        }
    }

    /// How CPython names the augmented form in errors: `+=`, `**=`.
    var inplaceSymbol: String { self == .pow ? "**=" : symbol + "=" }
}

extension CmpOp {
    var symbol: String {
        switch self {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .is_: return "is"
        case .isNot: return "is not"
        case .in_: return "in"
        case .notIn: return "not in"
        }
    }
}


extension VM {
    /// `inplace`: the operator is the fallback of `a op= b` (errors then name `op=`).
    func binaryOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool = false) throws(PyError) -> Value {
        // str % x never asks x (str's own slot answers first); otherwise the user methods go
        // first and, when they decline, sequence concatenation/repetition still applies.
        if a.hasUserType || b.hasUserType, !(op == .mod && (a.isStr || a.bytesObject != nil)) {
            if let r = try instanceBinaryOp(op, a, b), !r.isNotImplemented { return r }
            if a.hasPayload || b.hasPayload { return try payloadBinaryOp(op, a, b, inplace: inplace) }
        }
        return try builtinBinaryOp(op, a, b, inplace: inplace)
    }

    /// a op b by the builtin types' own rules (user methods already declined).
    func builtinBinaryOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value {
        if op == .bitand || op == .bitor || op == .sub || op == .bitxor, a.isSetLikeDictView || b.isSetLikeDictView {
            return try dictViewSetOp(op, a, b)
        }
        if let x = asNum(a), let y = asNum(b) {
            // No number type defines @.
            if op == .matmul { throw unsupportedOperands(op, a, b, inplace: inplace) }
            // Bitwise operators are int-only.
            if case .float = x, op.isBitwise { throw unsupportedOperands(op, a, b, inplace: inplace) }
            if case .float = y, op.isBitwise { throw unsupportedOperands(op, a, b, inplace: inplace) }
            if case .bool(let p) = a, case .bool(let q) = b, op.isBitwise {
                switch op {
                case .bitand: return .bool(p && q)
                case .bitor: return .bool(p || q)
                case .bitxor: return .bool(p != q)
                default: break
                }
            }
            return try arithmetic(op, x, y)
        }
        if let r = try complexBinaryOp(op, a, b, inplace: inplace) { return r }
        if op == .bitor, let u = try unionOfTypes(a, b) { return u }   // int | str
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            if x.byteCount == 0 { return b }
            if y.byteCount == 0 { return a }
            try checkLength(x.count, y.count)
            return .str(PyStr.concatenation(x, y))
        case (.add, .list(let x), .list(let y)):
            try checkLength(x.items.count, y.items.count)
            return .list(PyList(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)):
            try checkLength(x.items.count, y.items.count)
            return .tuple(PyTuple(x.items + y.items))
        case (.add, .object, _), (.mul, .object, _), (.mod, .object, _), (.mul, _, .object):
            // bytes and bytearray (BytesOperators.swift); then str/list/tuple * object.
            if let r = try bytesBinaryOp(op, a, b, inplace: inplace) { return r }
            switch (op, a) {
            case (.mul, .str), (.mul, .list), (.mul, .tuple): return try repeatSequence(a, b)
            default:
                switch (op, b) {
                case (.mul, .str), (.mul, .list), (.mul, .tuple): return try repeatSequence(b, a)
                default: throw unsupportedOperands(op, a, b, inplace: inplace)
                }
            }
        case (.add, .str, _):
            throw typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        case (.add, .list, _):
            throw typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        case (.add, .tuple, _):
            throw typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        case (.mul, .str, _), (.mul, .list, _), (.mul, .tuple, _):
            return try repeatSequence(a, b)
        case (.mul, _, .str), (.mul, _, .list), (.mul, _, .tuple):
            return try repeatSequence(b, a)
        case (.mod, .str(let f), _):
            return .str(try percentFormat(self, f, b))
        case (.bitor, .set(let x), .set(let y)):
            return .set(try x.union(y))
        case (.bitand, .set(let x), .set(let y)):
            return .set(try x.intersection(self, b))
        case (.sub, .set(let x), .set(let y)):
            return .set(try x.difference(self, b))
        case (.bitxor, .set(let x), .set(let y)):
            return .set(try x.symmetricDifference(self, b))
        case (.bitor, .dict(let x), .dict(let y)):
            let d = x.copy()
            for (k, v) in y.items { try d.set(k, v) }
            return .dict(d)
        default:
            throw unsupportedOperands(op, a, b, inplace: inplace)
        }
    }

    /// `a op= b`: lists, sets and dicts mutate in place; everything else is the binary operator.
    func inplaceOp(_ op: BinOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if a.hasUserType || b.hasUserType, !(op == .mod && (a.isStr || a.bytesObject != nil)) {
            if let r = try instanceInplaceOp(op, a, b), !r.isNotImplemented { return r }
            if a.hasPayload || b.hasPayload {
                // list += x extends the wrapped list in place; the variable keeps the instance.
                let p = a.payloadOrSelf
                let r = try payloadResult(op, a, b, inplace: true) { () throws(PyError) -> Value in
                    try self.inplaceOp(op, p, b.payloadOrSelf)
                }
                return identical(r, p) ? a : r
            }
        }
        switch (op, a) {
        case (.add, .list(let l)):
            if case .list(let r) = b {
                try checkLength(l.items.count, r.items.count)
                l.items.append(contentsOf: r.items)
            } else {
                let items = try iterableToArray(b, forUnpack: false)
                try checkLength(l.items.count, items.count)
                l.items.append(contentsOf: items)
            }
            return a
        case (.mul, .list(let l)):
            guard case .int(let n) = b else { return try builtinBinaryOp(op, a, b, inplace: true) }
            if n <= 0 { l.items.removeAll() } else if n > 1 && !l.items.isEmpty {
                let (total, o) = l.items.count.multipliedReportingOverflow(by: n)
                if o || total > Limits.maxSequenceLength { throw memoryError() }
                let copy = l.items
                l.items.reserveCapacity(total)
                for _ in 1..<n { l.items.append(contentsOf: copy) }
            }
            return a
        case (.bitor, .set(let s)), (.bitand, .set(let s)), (.sub, .set(let s)), (.bitxor, .set(let s)):
            guard case .set(let o) = b, !s.isFrozen else { return try builtinBinaryOp(op, a, b, inplace: true) }
            switch op {
            case .bitor: try s.merge(o)
            case .sub: try s.differenceUpdate(self, b)
            case .bitand: try s.intersectionUpdate(self, b)
            default: try s.symmetricDifferenceUpdate(self, b)
            }
            return a
        case (.bitor, .dict(let d)):
            guard case .dict(let o) = b else { return try builtinBinaryOp(op, a, b, inplace: true) }
            for (k, v) in o.items { try d.set(k, v) }
            return a
        case (.add, .object), (.mul, .object):
            if let r = try bytearrayInplaceOp(op, a, b) { return r }
            return try builtinBinaryOp(op, a, b, inplace: true)
        case (.add, .str(let x)):
            // Strings are immutable; build the result in one allocation.
            if case .str(let y) = b {
                try checkLength(x.count, y.count)
                return .str(PyStr.concatenation(x, y))
            }
            return try builtinBinaryOp(op, a, b, inplace: true)
        default:
            return try builtinBinaryOp(op, a, b, inplace: true)
        }
    }

    func unsupportedOperands(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool = false) -> PyError {
        typeError("unsupported operand type(s) for \(inplace ? op.inplaceSymbol : op.symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    func checkLength(_ a: Int, _ b: Int) throws(PyError) {
        let (t, o) = a.addingReportingOverflow(b)
        if o || t > Limits.maxSequenceLength { throw memoryError() }
    }

    func repeatSequence(_ seq: Value, _ count: Value) throws(PyError) -> Value {
        var n: Int
        switch count {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .big(let b):
            if b.value.isNegative { n = 0 } else { throw overflowError("cannot fit 'int' into an index-sized integer") }
        default:
            // CPython's sequence repeat takes any object with __index__.
            if userSpecial(count, .index) != nil || count.payloadOrSelf.isIntLike {
                let n = try instanceIndex(count)
                if case .big(let b) = n, !b.value.isNegative {
                    throw overflowError("cannot fit '\(typeName(count))' into an index-sized integer")
                }
                return try repeatSequence(seq, n)
            }
            throw typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
        }
        if n < 0 { n = 0 }
        switch seq {
        case .str(let s):
            if n == 1 || s.byteCount == 0 { return seq }
            let (total, o) = s.byteCount.multipliedReportingOverflow(by: n)
            if o { throw overflowError("repeated string is too long") }
            if total > Limits.maxSequenceLength { throw memoryError() }
            let m = s.byteCount
            return .str(PyStr.make(byteCount: total, codePoints: s.count * n) { dst in
                s.withUnsafeBufferPointer { src in
                    guard let d = dst.baseAddress, let b = src.baseAddress else { return }
                    for k in 0..<n { memcpy(d + k * m, b, m) }
                }
            })
        case .list(let l):
            if l.items.isEmpty || n == 0 { return .list(PyList([])) }   // [] * 2**62 is instant
            let (total, o) = l.items.count.multipliedReportingOverflow(by: n)
            if o || total > Limits.maxSequenceLength { throw memoryError() }
            var out: [Value] = []
            out.reserveCapacity(total)
            for _ in 0..<n { out.append(contentsOf: l.items) }
            return .list(PyList(out))
        case .tuple(let t):
            if n == 1 { return seq }
            if t.items.isEmpty || n == 0 { return .tuple(PyTuple.empty) }
            let (total, o) = t.items.count.multipliedReportingOverflow(by: n)
            if o || total > Limits.maxSequenceLength { throw memoryError() }
            var out: [Value] = []
            out.reserveCapacity(total)
            for _ in 0..<n { out.append(contentsOf: t.items) }
            return .tuple(PyTuple(out))
        default:
            if let o = seq.bytesObject { return try repeatBytes(o, n) }
            throw typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
        }
    }

    // MARK: unary

    func unaryNegative(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .big(let b): return .int(-b.value)
        default:
            if let c = v.complexObject { return .complex(-c.re, -c.im) }
            if let f = userSpecial(v, .neg) { return try callSpecial(f, v, []) }
            if v.hasPayload, !v.payloadOrSelf.hasUserType, v.payloadOrSelf.isNumber { return try unaryNegative(v.payloadOrSelf) }
            throw typeError("bad operand type for unary -: '\(typeName(v))'")
        }
    }

    func unaryPositive(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int, .float, .big: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let c = v.complexObject { return .complex(c.re, c.im) }
            if let f = userSpecial(v, .pos) { return try callSpecial(f, v, []) }
            if v.hasPayload, !v.payloadOrSelf.hasUserType, v.payloadOrSelf.isNumber { return try unaryPositive(v.payloadOrSelf) }
            throw typeError("bad operand type for unary +: '\(typeName(v))'")
        }
    }

    func unaryInvert(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        case .big(let b): return .int(~b.value)
        default:
            if let f = userSpecial(v, .invert) { return try callSpecial(f, v, []) }
            if v.hasPayload, !v.payloadOrSelf.hasUserType, v.payloadOrSelf.isNumber { return try unaryInvert(v.payloadOrSelf) }
            throw typeError("bad operand type for unary ~: '\(typeName(v))'")
        }
    }

    // MARK: truth

    func truthy(_ v: Value) throws(PyError) -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none, .undefined: return false
        case .float(let d): return d != 0
        case .str(let s): return s.byteCount != 0
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.items.isEmpty
        case .dict(let d): return d.count != 0
        case .set(let s): return s.count != 0
        case .big(let b): return !b.value.isZero
        case .object(let o):
            // Final classes: each test is one compare of the object's class (no call here).
            if let r = o as? PyRange { return r.length != 0 }
            if let r = o as? PyBigRange { return !r.length.isZero }
            if let dv = o as? PyDictView { return dv.dict.count != 0 }
            if let b = o as? PyBytes { return b.count != 0 }
            if let c = o as? PyComplex { return c.re != 0 || c.im != 0 }
            return true
        case .instance, .exception, .type: return v.hasUserType ? try instanceTruthy(v) : true
        default: return true
        }
    }

    // MARK: comparison

    func compareOp(_ op: CmpOp, _ a: Value, _ b: Value) throws(PyError) -> Bool {
        if op.rawValue <= CmpOp.ge.rawValue, a.hasUserType || b.hasUserType {
            return try truthy(try richCompare(op, a, b))
        }
        switch op {
        case .eq: return try pyEquals(a, b)
        case .ne: return !(try pyEquals(a, b))
        case .is_: return identical(a, b)
        case .isNot: return !identical(a, b)
        case .in_: return try contains(b, a)
        case .notIn: return !(try contains(b, a))
        case .lt, .le, .gt, .ge: return try orderCompare(op, a, b, depth: 0)
        }
    }

    func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if a.hasUserType || b.hasUserType { return try truthy(try richCompare(.lt, a, b)) }
        return try orderCompare(.lt, a, b, depth: 0)
    }

    private func orderCompare(_ op: CmpOp, _ a: Value, _ b: Value, depth: Int) throws(PyError) -> Bool {
        if let x = asNum(a), let y = asNum(b) {
            let c: Int
            switch (x, y) {
            case (.small(let p), .small(let q)): c = p < q ? -1 : (p == q ? 0 : 1)
            case (.float(let p), .float(let q)):
                if p.isNaN || q.isNaN { return false }
                c = p < q ? -1 : (p == q ? 0 : 1)
            case (.float(let p), _):
                if p.isNaN { return false }
                guard let q = bigOf(y) else { return false }
                c = -compareBigToDouble(q, p)
            case (_, .float(let q)):
                if q.isNaN { return false }
                guard let p = bigOf(x) else { return false }
                c = compareBigToDouble(p, q)
            default:
                guard let p = bigOf(x), let q = bigOf(y) else { return false }
                c = p < q ? -1 : (p == q ? 0 : 1)
            }
            return applyOrdering(op, c)
        }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            let c = compareBytes(x, y)
            return applyOrdering(op, c)
        case (.list(let x), .list(let y)):
            return try sequenceCompare(op, x.items, y.items, depth: depth)
        case (.tuple(let x), .tuple(let y)):
            return try sequenceCompare(op, x.items, y.items, depth: depth)
        case (.object(let x), .object(let y)) where x.isBytes && y.isBytes:
            let c = compareByteArrays(unsafeDowncast(x, to: PyBytes.self).bytes, unsafeDowncast(y, to: PyBytes.self).bytes)
            return applyOrdering(op, c)
        case (.set(let x), .set(let y)):
            switch op {
            case .lt: if x.count >= y.count { return false }; return try x.isSubset(of: y)
            case .le: return try x.isSubset(of: y)
            case .gt: if x.count <= y.count { return false }; return try y.isSubset(of: x)
            default: return try y.isSubset(of: x)
            }
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    private func compareBigToDouble(_ a: BigInt, _ d: Double) -> Int {
        if d == Double.infinity { return -1 }
        if d == -Double.infinity { return 1 }
        return a.compare(toDouble: d)
    }

    private func applyOrdering(_ op: CmpOp, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    private func sequenceCompare(_ op: CmpOp, _ x: [Value], _ y: [Value], depth: Int) throws(PyError) -> Bool {
        if depth > Limits.nativeDepth || pyrust_stack_exhausted() != 0 {
            throw PyError(.recursionError, "maximum recursion depth exceeded in comparison")
        }
        var i = 0
        while i < x.count && i < y.count {
            if !(try sameOrEqual(x[i], y[i])) {
                // The first differing items decide, through their own methods if they have any.
                if x[i].hasUserType || y[i].hasUserType { return try truthy(try richCompare(op, x[i], y[i])) }
                return try orderCompare(op, x[i], y[i], depth: depth + 1)
            }
            i += 1
        }
        return applyOrdering(op, x.count < y.count ? -1 : (x.count == y.count ? 0 : 1))
    }

    /// `needle in container`.
    func contains(_ container: Value, _ needle: Value) throws(PyError) -> Bool {
        if container.hasUserType {
            if let f = userSpecial(container, .contains) {
                if f.isNone { throw typeError("'\(typeName(container))' object is not a container") }
                return try truthy(try callSpecial(f, container, [needle]))
            }
            if let f = userSpecial(container, .iter), f.isNone {
                throw typeError("argument of type '\(typeName(container))' is not iterable")
            }
            if container.hasPayload && userSpecial(container, .iter) == nil {
                return try contains(container.payloadOrSelf, needle)
            }
            if userSpecial(container, .iter) != nil || userSpecial(container, .getitem) != nil {
                let it = try getIterator(container)
                while let x = try it.next(self) {
                    if try sameOrEqual(x, needle) { return true }
                }
                return false
            }
        }
        switch container {
        case .list(let l):
            for x in l.items { if try sameOrEqual(x, needle) { return true } }
            return false
        case .tuple(let t):
            for x in t.items { if try sameOrEqual(x, needle) { return true } }
            return false
        case .str(let s):
            guard case .str(let n) = needle else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(needle))")
            }
            return strContains(s, n)
        case .dict(let d): return try d.contains(needle)
        case .set(let s): return try s.contains(needle)
        case .object(let o):
            if o.isBytes { return try bytesContains(unsafeDowncast(o, to: PyBytes.self), needle) }
            if let r = o as? PyRange {
                switch needle {
                case .int(let i): return rangeContains(r, i)
                case .bool(let b): return rangeContains(r, b ? 1 : 0)
                case .big: return false   // every element of a PyRange fits Int
                default: break
                }
            }
            if let r = o as? PyBigRange, let x = exactInt(needle) {
                return rangeContainsInt(start: r.start, stop: r.stop, step: r.step, x)
            }
            if let mp = o as? PyMappingProxy { return try mp.dict.contains(needle) }
            if let dv = o as? PyDictView {
                switch dv.mode {
                case .keys: return try dv.dict.contains(needle)
                case .values:
                    for (_, v) in dv.dict.items { if try sameOrEqual(v, needle) { return true } }
                    return false
                case .items:
                    guard case .tuple(let t) = needle, t.items.count == 2 else { return false }
                    guard let v = try dv.dict.get(t.items[0]) else { return false }
                    return try sameOrEqual(v, t.items[1])
                }
            }
            if o.isIterator || o is PyRange || o is PyBigRange {
                let it = try getIterator(container)
                while let x = try it.next(self) {
                    if try sameOrEqual(x, needle) { return true }
                }
                return false
            }
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        default:
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
    }

    private func rangeContains(_ r: PyRange, _ i: Int) -> Bool {
        if r.step > 0 {
            if i < r.start || i >= r.stop { return false }
        } else {
            if i > r.start || i <= r.stop { return false }
        }
        let diff = i.subtractingReportingOverflow(r.start)
        if diff.overflow {
            // Bounds far apart (range(-2**63, 2**63 - 1, 3)): exact arithmetic.
            return rangeContainsInt(start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step), BigInt(i))
        }
        return diff.partialValue % r.step == 0
    }
}

extension BinOp {
    var isBitwise: Bool {
        switch self {
        case .bitand, .bitor, .bitxor, .lshift, .rshift: return true
        default: return false
        }
    }
}

/// Lexicographic byte comparison (UTF-8 byte order equals code point order).
func compareBytes(_ x: PyStr, _ y: PyStr) -> Int {
    if x === y { return 0 }
    return x.withUnsafeBufferPointer { a in
        y.withUnsafeBufferPointer { b in
            let n = min(a.count, b.count)
            if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                let c = memcmp(pa, pb, n)
                if c != 0 { return c < 0 ? -1 : 1 }
            }
            return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
        }
    }
}
