// Differential tests for BigInt against CPython. The expected values are computed at test time:
// the generator script below runs under `python3 -c` (fixed seed, so every run checks the same
// cases) and prints one case per line; each test checks the lines for its operations.
// Line format: op operands... expected; ints in signed hex, doubles as hex bit patterns.

import Foundation
import Testing
@testable import Pyrust

private let generatorScript = #"""
import random, struct
R = random.Random(20240611)
def h(n): return ('-' if n < 0 else '') + format(abs(n), 'x')
def fb(x): return format(struct.unpack('<Q', struct.pack('<d', x))[0], 'x')
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
def digits(n, r):
    t, m = '', abs(n)
    while m: t = DIGITS[m % r] + t; m //= r
    return t or '0'
SPECIAL = [0, 1, -1, 2, 3, 10**19, 10**19 - 1, -10**19, 10**38]
for k in (31, 32, 52, 53, 54, 62, 63, 64, 65, 127, 128, 129, 1023, 1024, 1025, 2048):
    for d in (-1, 0, 1): SPECIAL += [2**k + d, -(2**k + d)]
def rand_int(maxbits=3000):
    r = R.random()
    if r < 0.15: return R.choice(SPECIAL)
    bits = R.randint(0, 70) if r < 0.45 else R.randint(64, 400) if r < 0.75 else R.randint(0, maxbits)
    n = R.getrandbits(bits) if bits else 0
    if R.random() < 0.15 and bits:   # long runs of ones: carries, borrows, Knuth D's add-back
        n = ((2**bits - 1) ^ (R.getrandbits(max(1, bits // 8)) << R.randint(0, bits))) & (2**bits - 1)
    return -n if R.random() < 0.5 else n
def nonzero(maxbits=3000):
    while True:
        n = rand_int(maxbits)
        if n: return n
def knuth_hard():
    v = [R.choice([2**64 - 1, 2**63, 0, 1, R.getrandbits(64)]) for _ in range(R.randint(2, 6))]
    v[-1] |= 2**63
    d = sum(x << (64 * i) for i, x in enumerate(v))
    return d * R.getrandbits(64 * R.randint(1, 4)) + R.randint(0, d - 1), d
def rand_double():
    r = R.random()
    if r < 0.3:
        x = struct.unpack('<d', struct.pack('<Q', R.getrandbits(64)))[0]
        return x if x == x else 1.5
    if r < 0.5:
        return R.choice([0.0, -0.0, float('inf'), float('-inf'), 2.0**63, -2.0**63, 2.0**64, 0.5, -0.5,
                         1e308, -1e308, 5e-324, 2.0**63 - 1024, 9007199254740993.0, 4503599627370495.5])
    if r < 0.75: return R.uniform(-1e6, 1e6) * 2.0**R.randint(-60, 200)
    return float(R.randint(-2**70, 2**70)) + R.choice([0.0, 0.5, 0.25, -0.5])
def divmod_line(a, d):
    q, r = divmod(a, d)
    tq = abs(a) // abs(d) * (1 if (a < 0) == (d < 0) else -1)
    print('divmod', h(a), h(d), h(q), h(r), h(tq), h(a - tq * d))
def float_or_none(f):
    try: return fb(f())
    except OverflowError: return 'none'

for _ in range(400):
    a, b = rand_int(), rand_int()
    print('add', h(a), h(b), h(a + b)); print('sub', h(a), h(b), h(a - b))
    print('mul', h(a), h(b), h(a * b)); print('mul', h(a), h(-a), h(-a * a))
    print('cmp', h(a), h(b), (a > b) - (a < b))
    print('info', h(a), a.bit_length(), a if -2**63 <= a < 2**63 else 'none', hash(a), a & 1)
    if R.random() < 0.2:
        a, d = knuth_hard()
        a, d = a * R.choice([1, -1]), d * R.choice([1, -1])
    else:
        d = nonzero()
    divmod_line(a, d)
    x, y = rand_int(), rand_int()
    print('and', h(x), h(y), h(x & y)); print('or', h(x), h(y), h(x | y))
    print('xor', h(x), h(y), h(x ^ y)); print('not', h(x), h(~x))
    n = R.choice([0, 1, 63, 64, 65, R.randint(0, 200), R.randint(0, 3500)])
    print('shl', h(x), n, h(x << n)); print('shr', h(x), n, h(x >> n))
    radix = R.choice([2, 8, 10, 10, 16, 3, 36])
    print('str', h(x), radix, ('-' if x < 0 else '') + digits(x, radix))
    text = digits(x, radix)
    print('parse', radix, text.upper() if R.random() < 0.3 else text, h(abs(x)))
    base, e = rand_int(R.choice([8, 64, 200])), R.randint(0, R.choice([5, 50, 150]))
    print('pow', h(base), e, h(base ** e))
    m, bb, ee = nonzero(R.choice([64, 200, 500])), rand_int(R.choice([64, 300, 1500])), abs(rand_int(100))
    print('modpow', h(bb), h(ee), h(m), h(pow(bb, ee, m)))
    fx = rand_int(R.choice([60, 1100, 3000]))
    if R.random() < 0.3:   # ties and near-ties at every scale, up to the overflow edge
        k = R.randint(0, 1040)
        fx = ((2**53 + R.choice([1, 0, 3, -1])) << k) + R.choice([0, 1, -1, 2**max(0, k - 1)])
    print('tofloat', h(fx), float_or_none(lambda: float(fx)))
    f = rand_double()
    if f in (float('inf'), float('-inf')):
        print('exact', fb(f), 'none'); print('trunc', fb(f), 'none')
        c = rand_int(1100)
    else:
        print('exact', fb(f), h(int(f)) if f == int(f) else 'none'); print('trunc', fb(f), h(int(f)))
        c = rand_int(1100) if R.random() < 0.5 else int(f) + R.choice([0, 1, -1])
    print('cmpf', h(c), fb(f), (c > f) - (c < f))
    na, nb = rand_int(R.choice([60, 1200, 3000])), nonzero(R.choice([60, 1200, 3000]))
    if R.random() < 0.3:   # subnormal and zero results
        na, nb = R.randint(-2**60, 2**60), R.choice([1, -1, 3]) * 2**R.randint(1000, 1200) + R.randint(-5, 5)
    print('truediv', h(na), h(nb), float_or_none(lambda: na / nb))

EDGE = [0, 1, -1, 2**63, -2**63, 2**63 - 1, 2**64 - 1, 2**64, -2**64, 10**19, 2**128 - 1, -(2**128)]
for a in EDGE:
    for b in EDGE:
        print('add', h(a), h(b), h(a + b)); print('mul', h(a), h(b), h(a * b))
        print('and', h(a), h(b), h(a & b)); print('or', h(a), h(b), h(a | b)); print('xor', h(a), h(b), h(a ^ b))
        if b:
            divmod_line(a, b)
            for e in (0, 1, 65): print('modpow', h(a), h(e), h(b), h(pow(a, e, b)))
            try: print('modpow', h(a), h(-1), h(b), h(pow(a, -1, b)))
            except ValueError: print('noinverse', h(a), h(b))
    print('info', h(a), a.bit_length(), a if -2**63 <= a < 2**63 else 'none', hash(a), a & 1)
    for r in (2, 8, 10, 16): print('str', h(a), r, ('-' if a < 0 else '') + digits(a, r))
    for n in (0, 1, 64, 129, 5000): print('shl', h(a), n, h(a << n)); print('shr', h(a), n, h(a >> n))
for size in (2000, 5000, 20000, 60000):   # Karatsuba, unbalanced and squaring paths
    a, b = R.getrandbits(size), R.getrandbits(R.choice([size, size // 3, 3000]))
    print('mul', h(a), h(b), h(a * b)); print('mul', h(a), h(a), h(a * a))
    divmod_line(a * b + 12345, -b)
for r, t in ((10, ''), (10, '12a'), (2, '102'), (16, 'g'), (36, '+1'), (10, '-1'), (10, ' 1'), (37, '1'), (1, '0'), (10, '1_0')):
    print('parsebad', r, t or '<empty>')
for m in (2**54 + 1, 2**54 + 3, 2**55 + 6, 2**53 - 1, 2**1024 - 2**970, 2**1024 - 2**970 - 1):
    for j in (0, 60, 1000, 1074, 1075, 1076, 1077, 1129, 1130):
        for b in (2**j, 2**j + 1, 3 * 2**j):
            print('truediv', h(m), h(b), float_or_none(lambda: m / b))
            print('truediv', h(-b), h(m), float_or_none(lambda: -b / m))
for f in (float('inf'), float('-inf')):
    for c in (0, 1, -1, 2**5000, -2**5000): print('cmpf', h(c), fb(f), (c > f) - (c < f))
"""#

/// The generator's output, computed once for all tests.
private let generatedCases: Result<[String], PythonFailure> = runPython(generatorScript)

private struct PythonFailure: Error, CustomStringConvertible {
    let description: String
}

private func runPython(_ script: String) -> Result<[String], PythonFailure> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
    } catch {
        return .failure(PythonFailure(description: "cannot start python3: \(error)"))
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        return .failure(PythonFailure(description: "python3 exited with status \(process.terminationStatus)"))
    }
    return .success(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
}

/// Signed hex, as the generator prints it.
private func big(_ text: Substring) -> BigInt? {
    let negative = text.hasPrefix("-")
    guard let magnitude = BigInt(parsing: Array((negative ? text.dropFirst() : text).utf8), radix: 16) else { return nil }
    return negative ? -magnitude : magnitude
}

private func double(_ text: Substring) -> Double? {
    UInt64(text, radix: 16).map { Double(bitPattern: $0) }
}

private func hexOrNone(_ value: BigInt?) -> String { value.map { $0.toString(radix: 16) } ?? "none" }
private func bitsOrNone(_ value: Double?) -> String { value.map { String($0.bitPattern, radix: 16) } ?? "none" }

/// What BigInt computes for one case, rendered the way the generator renders its answer, or nil
/// when the line is malformed. `expectedFieldCount` tells how many trailing fields are expected.
private func evaluate(_ fields: [Substring]) -> (got: String, expectedFieldCount: Int)? {
    func int(_ i: Int) -> BigInt? { i < fields.count ? big(fields[i]) : nil }
    func small(_ i: Int) -> Int? { i < fields.count ? Int(fields[i]) : nil }
    switch fields[0] {
    case "add": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a + b), 1)
    case "sub": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a - b), 1)
    case "mul": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a * b), 1)
    case "cmp":
        guard let a = int(1), let b = int(2) else { return nil }
        let c = BigInt.compare(a, b)
        let consistent = (a < b) == (c < 0) && (a == b) == (c == 0)
        return (consistent ? String(c) : "inconsistent", 1)
    case "info":
        guard let x = int(1) else { return nil }
        let asInt = x.asInt.map(String.init) ?? "none"
        return ("\(x.bitLength) \(asInt) \(x.pythonHash) \(x.isOdd ? 1 : 0)", 4)
    case "divmod":
        guard let a = int(1), let d = int(2) else { return nil }
        let (q, r) = a.floorDivMod(d), (tq, tr) = a.truncDivMod(d)
        return ([q, r, tq, tr].map(hexOrNone).joined(separator: " "), 4)
    case "and": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a & b), 1)
    case "or": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a | b), 1)
    case "xor": guard let a = int(1), let b = int(2) else { return nil }; return (hexOrNone(a ^ b), 1)
    case "not": guard let a = int(1) else { return nil }; return (hexOrNone(~a), 1)
    case "shl": guard let a = int(1), let n = small(2) else { return nil }; return (hexOrNone(a.shiftedLeft(n)), 1)
    case "shr":
        guard let a = int(1), let n = small(2) else { return nil }
        let r = a.shiftedRight(n)
        return (r == a.shiftedLeft(-n) ? hexOrNone(r) : "asymmetric", 1)
    case "str": guard let a = int(1), let radix = small(2) else { return nil }; return (a.toString(radix: radix), 1)
    case "parse":
        guard let radix = small(1), fields.count > 2 else { return nil }
        return (hexOrNone(BigInt(parsing: Array(fields[2].utf8), radix: radix)), 1)
    case "parsebad":
        guard let radix = small(1), fields.count > 2 else { return nil }
        let text = fields[2] == "<empty>" ? "" : fields[2]
        return (BigInt(parsing: Array(text.utf8), radix: radix) == nil ? "rejected" : "accepted", 0)
    case "pow": guard let a = int(1), let e = small(2) else { return nil }; return (hexOrNone(a.power(e)), 1)
    case "modpow":
        guard let b = int(1), let e = int(2), let m = int(3) else { return nil }
        return (hexOrNone(BigInt.modPow(b, e, m)), 1)
    case "noinverse":
        guard let a = int(1), let m = int(2) else { return nil }
        return (BigInt.modInverse(a, m) == nil ? "none" : "inverse", 0)
    case "tofloat": guard let a = int(1) else { return nil }; return (bitsOrNone(a.toDouble()), 1)
    case "exact": guard let d = double(fields[1]) else { return nil }; return (hexOrNone(BigInt(exactly: d)), 1)
    case "trunc": guard let d = double(fields[1]) else { return nil }; return (hexOrNone(BigInt(truncating: d)), 1)
    case "cmpf":
        guard let a = int(1), fields.count > 2, let d = double(fields[2]) else { return nil }
        return (String(a.compare(toDouble: d)), 1)
    case "truediv":
        guard let a = int(1), let b = int(2) else { return nil }
        return (bitsOrNone(BigInt.trueDivide(a, b)), 1)
    default: return nil
    }
}

/// The expected answer for ops whose generator line carries no answer field.
private let fixedAnswers: [Substring: String] = ["parsebad": "rejected", "noinverse": "none"]

/// Runs every generated case whose op is in `ops`; returns the number checked.
@discardableResult
private func checkCases(_ ops: Set<Substring>) -> Int {
    let lines: [String]
    switch generatedCases {
    case .success(let l): lines = l
    case .failure(let error):
        Issue.record("python3 oracle unavailable: \(error)")
        return 0
    }
    var checked = 0
    var failures: [String] = []
    for line in lines {
        let fields = line.split(separator: " ", omittingEmptySubsequences: false)
        guard let op = fields.first, ops.contains(op) else { continue }
        guard let (got, count) = evaluate(fields), fields.count >= count + 1 else {
            failures.append("malformed: \(line.prefix(120))")
            continue
        }
        let expected = count == 0 ? (fixedAnswers[op] ?? "?") : fields.suffix(count).joined(separator: " ")
        checked += 1
        if got != expected {
            failures.append("\(line.prefix(200))\n    got: \(got.prefix(200))")
        }
    }
    if !failures.isEmpty {
        Issue.record("\(failures.count) of \(checked) cases differ from CPython; first ones:\n\(failures.prefix(5).joined(separator: "\n"))")
    }
    #expect(checked > 0)
    return checked
}

@Test func bigIntArithmeticMatchesPython() {
    checkCases(["add", "sub", "mul", "cmp", "info"])
}

@Test func bigIntDivisionAndPowersMatchPython() {
    checkCases(["divmod", "pow", "modpow", "noinverse"])
}

@Test func bigIntBitOperationsMatchPython() {
    checkCases(["and", "or", "xor", "not", "shl", "shr"])
}

@Test func bigIntTextConversionMatchesPython() {
    checkCases(["str", "parse", "parsebad"])
}

@Test func bigIntFloatConversionMatchesPython() {
    checkCases(["tofloat", "exact", "trunc", "cmpf", "truediv"])
}

@Test func bigIntSmallValueBasics() {
    #expect(BigInt(0).isZero && !BigInt(0).isNegative && BigInt(0).limbCount == 0)
    #expect(BigInt(Int.min).asInt == Int.min)
    #expect((BigInt(Int.max) + BigInt(1)).asInt == nil)
    #expect((BigInt(Int.min) - BigInt(1)).asInt == nil)
    #expect(BigInt(UInt64.max).limbs == [UInt64.max])
    #expect(BigInt(-5) - BigInt(-5) == BigInt(0))
    #expect(!(BigInt(3) - BigInt(3)).isNegative)
    #expect(BigInt.fromDecimalLiteral("1_000_000_000_000_000_000_000") == BigInt(10).power(21))
    #expect(BigInt.fromDecimalLiteral("12x") == nil)
    #expect(BigInt(-1).pythonHash == -2)
    #expect(BigInt(-7).description == "-7")
    #expect(BigInt.gcd(BigInt(-12), BigInt(18)) == BigInt(6))
    #expect(BigInt.gcd(BigInt(0), BigInt(0)) == BigInt(0))
    #expect(BigInt(exactly: .nan) == nil && BigInt(truncating: .infinity) == nil)
    #expect(BigInt(1).compare(toDouble: .nan) == 0)
}
