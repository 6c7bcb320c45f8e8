// bytes and bytearray: one object class for both, carried by Value.object. A bytes object never
// changes after it is made (its hash is cached); a bytearray is mutable and unhashable. The
// VM recognises them with `Value.bytesObject` (a virtual flag, then unsafeDowncast: no dynamic
// cast). Their methods live in Builtins/BytesMethods.swift, encode/decode in Builtins/Codecs.swift.

import Glibc

final class PyBytes: PyObject {
    /// The bytes. Only a bytearray's ever change.
    var bytes: [UInt8]
    /// bytearray (mutable, unhashable) rather than bytes.
    let isMutable: Bool
    /// The cached hash of a bytes object, or -1 until computed.
    private var cachedHash = -1

    init(_ bytes: [UInt8], mutable: Bool = false) {
        self.bytes = bytes
        self.isMutable = mutable
        // hash(b'') is 0; setting it here means the shared empty bytes is never written to.
        if bytes.isEmpty { cachedHash = 0 }
    }

    override var pyType: PyType { isMutable ? PyType.bytearray : PyType.bytes }
    override var isBytes: Bool { true }

    @inline(__always) var count: Int { bytes.count }

    /// A bytes (or bytearray) object holding `bytes`. Every empty bytes is the one shared
    /// object, as in CPython (`b'' is b'abc'[:0]`); a bytearray is always new.
    static func make(_ bytes: [UInt8], mutable: Bool = false) -> PyBytes {
        if bytes.isEmpty && !mutable { return empty }
        return PyBytes(bytes, mutable: mutable)
    }

    /// An object of the same kind (bytes or bytearray) holding `items`: what slicing and the
    /// transforming methods return.
    @inline(__always) func sameKind(_ items: [UInt8]) -> PyBytes { PyBytes.make(items, mutable: isMutable) }

    /// What a method returns when it changes nothing (b'ab'.center(1)): a bytes object itself,
    /// a bytearray a copy.
    var unchangedResult: PyBytes { isMutable ? PyBytes(bytes, mutable: true) : self }

    /// hash(b): the same function as str's over the same bytes, so hash(b'abc') == hash('abc')
    /// as in CPython (and hash(b'') == 0). Only for bytes (bytearray is unhashable).
    var hash: Int {
        if cachedHash != -1 { return cachedHash }
        let h = bytes.withUnsafeBufferPointer { PyStr.hashBytes($0) }
        cachedHash = h
        return h
    }

    static let empty: PyBytes = { let b = PyBytes([]); Immortal.mark(b); return b }()
}

extension PyType {
    static let bytes = PyType("bytes", base: object, kind: .bytes)
    static let bytearray = PyType("bytearray", base: object, kind: .bytearray)
    static let memoryview = PyType("memoryview", base: object, kind: .object)
    static let bytesIterator = PyType("bytes_iterator", base: object, kind: .iterator)
    static let bytearrayIterator = PyType("bytearray_iterator", base: object, kind: .iterator)
}

extension Value {
    /// The bytes or bytearray object this value holds (nil for any other value).
    @inline(__always) var bytesObject: PyBytes? {
        guard case .object(let o) = self, o.isBytes else { return nil }
        return unsafeDowncast(o, to: PyBytes.self)
    }

    static func bytes(_ b: [UInt8], mutable: Bool = false) -> Value { .object(PyBytes.make(b, mutable: mutable)) }
}

/// Iterates a bytes or bytearray as ints. A bytearray may grow or shrink meanwhile: each step
/// reads its current length, as CPython's iterator does.
final class BytesIterator: PyIterator {
    let object: PyBytes
    var index = 0
    init(_ b: PyBytes) { object = b }
    override var typeName: String { object.isMutable ? "bytearray_iterator" : "bytes_iterator" }
    override var pyType: PyType { object.isMutable ? PyType.bytearrayIterator : PyType.bytesIterator }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if index < object.bytes.count {
            let v = object.bytes[index]
            index += 1
            return .int(Int(v))
        }
        index = Int.max / 2
        return nil
    }
}

/// Lexicographic comparison of two byte sequences (memcmp, then length): -1, 0 or 1.
func compareByteArrays(_ x: [UInt8], _ y: [UInt8]) -> Int {
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

/// repr() of bytes as CPython writes it: b'...' (b"..." when the bytes hold ' but not "),
/// \t \n \r \\ and the quote escaped, other bytes outside 0x20...0x7e as \xhh. A bytearray's
/// repr escapes ' even inside "..." (CPython's bytearray_repr does).
func appendBytesRepr(_ b: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8], escapeSingleQuote: Bool = false) {
    var hasSingle = false, hasDouble = false
    for c in b {
        if c == UInt8(ascii: "'") { hasSingle = true } else if c == UInt8(ascii: "\"") { hasDouble = true }
    }
    let quote: UInt8 = (hasSingle && !hasDouble) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    out.reserveCapacity(out.count + b.count + 3)
    out.append(UInt8(ascii: "b"))
    out.append(quote)
    for c in b {
        switch c {
        case quote, UInt8(ascii: "\\"): out.append(92); out.append(c)
        case UInt8(ascii: "'") where escapeSingleQuote: out.append(92); out.append(c)
        case UInt8(ascii: "\t"): out.append(92); out.append(UInt8(ascii: "t"))
        case UInt8(ascii: "\n"): out.append(92); out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): out.append(92); out.append(UInt8(ascii: "r"))
        case 0x20..<0x7F: out.append(c)
        default:
            out.append(92)
            out.append(UInt8(ascii: "x"))
            out.append(hexDigitByte(c >> 4))
            out.append(hexDigitByte(c & 0xF))
        }
    }
    out.append(quote)
}

/// repr() of a bytes or bytearray object: b'..' or bytearray(b'..').
func appendBytesObjectRepr(_ o: PyBytes, _ out: inout [UInt8]) {
    if o.isMutable { out.append(contentsOf: "bytearray(".utf8) }
    o.bytes.withUnsafeBufferPointer { appendBytesRepr($0, &out, escapeSingleQuote: o.isMutable) }
    if o.isMutable { out.append(UInt8(ascii: ")")) }
}

/// The lowercase hex digit for 0...15.
@inline(__always) func hexDigitByte(_ d: UInt8) -> UInt8 { d < 10 ? 48 + d : 87 + d }
