// Host values (pyrust_value trees, Sources/CPyrustSupport/host_values.c) to Python values and
// back: inputs and host-function results come in, results and host-function arguments go
// out. Always a copy: nothing of a run is reachable from the host's tree afterwards, and
// nothing of the host's from the run.

import CPyrustSupport
import Glibc

enum HostValues {
    /// Deeper trees are refused (the conversion recurses on the native stack).
    static let maxDepth = 200

    // MARK: host -> Python

    static func toPython(_ v: UnsafePointer<pyrust_value>, depth: Int = 0) throws(PyError) -> Value {
        if depth > maxDepth { throw PyError(.valueError, "host value nested more than \(maxDepth) levels deep") }
        let n = v.pointee
        switch Int(n.kind) {
        case PYRUST_SUPPORT_NONE: return .none
        case PYRUST_SUPPORT_BOOL: return .bool(n.integer != 0)
        case PYRUST_SUPPORT_INT:
            if n.flags & UInt32(PYRUST_VALUE_BIG) == 0 { return .int(Int(n.integer)) }
            return bigInt(n)
        case PYRUST_SUPPORT_FLOAT: return .float(n.real)
        case PYRUST_SUPPORT_STR:
            return .str(PyStr.make(bytes: bytes(n)))
        case PYRUST_SUPPORT_BYTES:
            return .object(PyBytes.make(bytes(n)))
        case PYRUST_SUPPORT_LIST, PYRUST_SUPPORT_TUPLE:
            var items: [Value] = []
            items.reserveCapacity(n.length)
            for i in 0..<n.length {
                guard let item = n.items[i] else { throw PyError(.valueError, "host value has a NULL item") }
                items.append(try toPython(item, depth: depth + 1))
            }
            return Int(n.kind) == PYRUST_SUPPORT_LIST ? .list(PyList(items)) : .tuple(PyTuple(items))
        case PYRUST_SUPPORT_DICT:
            let d = PyDict(minimumCapacity: n.length)
            for i in 0..<n.length {
                guard let k = n.items[2 * i], let item = n.items[2 * i + 1] else {
                    throw PyError(.valueError, "host value has a NULL item")
                }
                try d.set(try toPython(k, depth: depth + 1), try toPython(item, depth: depth + 1))
            }
            return .dict(d)
        default:
            throw PyError(.valueError, "host value of unknown type \(n.kind)")
        }
    }

    private static func bytes(_ n: pyrust_value) -> [UInt8] {
        guard n.length > 0, let data = n.data else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: n.length))
    }

    private static func bigInt(_ n: pyrust_value) -> Value {
        var text = bytes(n)[...]
        let negative = text.first == UInt8(ascii: "-")
        if negative { text = text.dropFirst() }
        guard let magnitude = BigInt(parsing: text, radix: 10) else { return .int(0) }
        return .int(negative ? -magnitude : magnitude)
    }

    // MARK: Python -> host

    /// Where new nodes come from: a call arena (host-function arguments, freed in one go) or
    /// malloc (results the host frees with pyrust_value_free).
    struct Builder {
        let arena: UnsafeMutablePointer<pyrust_support_arena>?

        func node(_ kind: Int, slots: Int = 0) throws(PyError) -> UnsafeMutablePointer<pyrust_value> {
            if let arena {
                guard let p = pyrust_support_arena_value(arena, UInt32(kind), slots) else { throw memoryError() }
                return p
            }
            guard let raw = calloc(1, MemoryLayout<pyrust_value>.stride) else { throw memoryError() }
            let p = raw.bindMemory(to: pyrust_value.self, capacity: 1)
            p.pointee.kind = UInt32(kind)
            if slots > 0 {
                guard let items = calloc(slots, MemoryLayout<UnsafeMutablePointer<pyrust_value>?>.stride) else {
                    free(raw)
                    throw memoryError()
                }
                p.pointee.items = items.bindMemory(to: UnsafeMutablePointer<pyrust_value>?.self, capacity: slots)
                p.pointee.capacity = slots
            }
            return p
        }

        /// A NUL-terminated copy; nil when out of memory.
        func text(_ bytes: UnsafeRawBufferPointer) -> UnsafeMutablePointer<CChar>? {
            if let arena { return pyrust_support_arena_text(arena, bytes.baseAddress, bytes.count) }
            guard let raw = malloc(bytes.count + 1) else { return nil }
            if bytes.count > 0 { memcpy(raw, bytes.baseAddress!, bytes.count) }
            let p = raw.bindMemory(to: CChar.self, capacity: bytes.count + 1)
            p[bytes.count] = 0
            return p
        }

        /// Gives node `p` a copy of `bytes` as its data.
        func setData(_ p: UnsafeMutablePointer<pyrust_value>, _ bytes: UnsafeRawBufferPointer) throws(PyError) {
            guard let data = text(bytes) else {
                discard(p)
                throw memoryError()
            }
            p.pointee.data = data
            p.pointee.length = bytes.count
        }

        /// Frees a malloc'd tree after a failed conversion (arena trees go with their mark).
        func discard(_ p: UnsafeMutablePointer<pyrust_value>) {
            if arena == nil { pyrust_value_free(p) }
        }
    }

    /// `v` as a tree. TypeError for values a host tree has no form for.
    static func fromPython(_ v: Value, _ b: Builder, vm: VM, depth: Int = 0) throws(PyError) -> UnsafeMutablePointer<pyrust_value> {
        if depth > maxDepth { throw PyError(.valueError, "value nested more than \(maxDepth) levels deep for the host") }
        switch v {
        case .none: return try b.node(PYRUST_SUPPORT_NONE)
        case .bool(let x):
            let p = try b.node(PYRUST_SUPPORT_BOOL)
            p.pointee.integer = x ? 1 : 0
            return p
        case .int(let i):
            let p = try b.node(PYRUST_SUPPORT_INT)
            p.pointee.integer = Int64(i)
            return p
        case .big(let big):
            let p = try b.node(PYRUST_SUPPORT_INT)
            let digits = Array(big.value.description.utf8)
            p.pointee.flags = UInt32(PYRUST_VALUE_BIG)
            let ok = digits.withUnsafeBytes { raw in (try? b.setData(p, raw)) != nil }
            if !ok { throw memoryError() }
            return p
        case .float(let d):
            let p = try b.node(PYRUST_SUPPORT_FLOAT)
            p.pointee.real = d
            return p
        case .str(let s):
            let p = try b.node(PYRUST_SUPPORT_STR)
            try s.withUnsafeBufferPointer { (u) throws(PyError) in try b.setData(p, UnsafeRawBufferPointer(u)) }
            return p
        case .list(let l):
            return try sequence(PYRUST_SUPPORT_LIST, l.items, b, vm: vm, depth: depth)
        case .tuple(let t):
            return try sequence(PYRUST_SUPPORT_TUPLE, t.items, b, vm: vm, depth: depth)
        case .dict(let d):
            let p = try b.node(PYRUST_SUPPORT_DICT, slots: 2 * d.count)
            do throws(PyError) {
                var i = 0
                while i < d.entryCapacity {
                    if let (k, item) = d.entry(at: i) {
                        let at = 2 * p.pointee.length
                        guard at + 1 < p.pointee.capacity else { throw PyError(.runtimeError, "dictionary changed size during conversion") }
                        p.pointee.items[at] = try fromPython(k, b, vm: vm, depth: depth + 1)
                        p.pointee.items[at + 1] = try fromPython(item, b, vm: vm, depth: depth + 1)
                        p.pointee.length += 1
                    }
                    i += 1
                }
            } catch {
                b.discard(p)
                throw error
            }
            return p
        case .instance(let inst) where inst.type.builtinBase != nil && !inst.builtinValue.isUndefinedValue:
            return try fromPython(inst.builtinValue, b, vm: vm, depth: depth + 1)
        default:
            if let bytes = v.bytesObject, !bytes.isMutable {
                let p = try b.node(PYRUST_SUPPORT_BYTES)
                let ok = bytes.bytes.withUnsafeBytes { raw in (try? b.setData(p, raw)) != nil }
                if !ok { throw memoryError() }
                return p
            }
            throw PyError(.typeError, "a value of type '\(typeName(v))' cannot be passed to the host")
        }
    }

    private static func sequence(_ kind: Int, _ items: [Value], _ b: Builder, vm: VM, depth: Int) throws(PyError) -> UnsafeMutablePointer<pyrust_value> {
        let p = try b.node(kind, slots: items.count)
        do throws(PyError) {
            for item in items {
                p.pointee.items[p.pointee.length] = try fromPython(item, b, vm: vm, depth: depth + 1)
                p.pointee.length += 1
            }
        } catch {
            b.discard(p)
            throw error
        }
        return p
    }
}
