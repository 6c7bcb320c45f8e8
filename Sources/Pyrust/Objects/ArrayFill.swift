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

