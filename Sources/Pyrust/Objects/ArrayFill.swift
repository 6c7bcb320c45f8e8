// Filled arrays built on specialized code paths. `Array(repeating:count:)` (and the other
// count-taking initializers) reach an unspecialized allocation here that looks the storage
// type's metadata up at run time on every call (~500 instructions, measured with callgrind);
// reserveCapacity + append stay specialized.

@inline(__always)
func filledArray<T>(_ value: T, count: Int) -> [T] {
    var result: [T] = []
    result.reserveCapacity(count)
    var k = 0
    while k < count {
        result.append(value)
        k += 1
    }
    return result
}

/// `Array(unsafeUninitializedCapacity:initializingWith:)` for the small arrays built on hot
/// paths (joined, replaced or case-changed strings, sort permutations): below a few KB the
/// elements are filled first through the specialized path, then overwritten by `body`.
@inline(__always)
func arrayWritten<T>(capacity: Int, filler: T,
                     _ body: (inout UnsafeMutableBufferPointer<T>, inout Int) -> Void) -> [T] {
    if capacity > 4096 { return [T](unsafeUninitializedCapacity: capacity, initializingWith: body) }
    var result = filledArray(filler, count: capacity)
    var written = 0
    result.withUnsafeMutableBufferPointer { buffer in body(&buffer, &written) }
    if written < capacity { result.removeSubrange(written...) }
    return result
}
