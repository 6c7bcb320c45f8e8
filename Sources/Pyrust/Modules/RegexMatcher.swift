// The backtracking matcher of re: runs a RegexProgram over a subject with an explicit stack of
// choice points and undo records (never native recursion), in the order CPython's sre tries
// alternatives, so the same match comes out. Steps are charged to the run's instruction
// budget, so a catastrophic pattern stops at the run's limits like a Python loop would.

struct RegexMatcher {
    private struct Entry {
        var kind: UInt8
        var a: Int
        var b: Int
        var c: Int
    }
    // Entry kinds. Undo records (restore*) survive the cut at the end of an atomic group or a
    // lookaround; choice points do not.
    private static let restoreSlot: UInt8 = 0, restoreLoop: UInt8 = 1
    private static let branch: UInt8 = 2, greedyOne: UInt8 = 3, lazyOne: UInt8 = 4
    private static let lazyMore: UInt8 = 5, lookMarker: UInt8 = 6

    /// Entries allowed on the stack (beyond it: MemoryError rather than exhausting the host).
    static let maxStack = 8_000_000

    let program: RegexProgram
    let code: [RegexInst]
    let subject: UnsafeBufferPointer<UInt32>
    /// endpos: the subject ends here for matching.
    let end: Int
    let vm: VM
    var fullMatch = false
    var mustAdvance = false
    /// Where the search began: with mustAdvance, an empty match there is refused.
    private var searchStart = 0
    var slots: [Int]
    var lastIndex = -1
    private var counts: [Int]
    private var lastPos: [Int]
    private var lookMarkers: [Int]
    private var stack: [Entry] = []
    /// Steps left before the next charge to the run's budget (a countdown, so that work
    /// counted in bulk, like a scan over many characters, is never skipped over).
    private var untilCharge = RegexMatcher.chargeEvery
    private static let chargeEvery = 1024

    init(_ program: RegexProgram, _ subject: UnsafeBufferPointer<UInt32>, end: Int, vm: VM) {
        self.program = program
        self.code = program.code
        self.subject = subject
        self.end = Swift.min(end, subject.count)
        self.vm = vm
        slots = [Int](repeating: -1, count: 2 * (program.groupCount + 1))
        counts = [Int](repeating: -1, count: program.loops.count)
        lastPos = [Int](repeating: -1, count: program.loops.count)
        lookMarkers = [Int](repeating: 0, count: program.looks.count)
    }

    /// Searches from `from` (or matches only there when not `search`); true when found, the
    /// groups then in `slots` (-1: unset) and the last closed group in `lastIndex`.
    mutating func find(from: Int, search: Bool) throws(PyError) -> Bool {
        searchStart = from
        if !search { return try run(from) }
        var st = from
        if st > end { return false }
        let first = program.firstChar
        while st <= end {
            let skippedFrom = st
            if let fc = first {
                while st < end && subject[st] != fc { st += 1 }
            } else if program.firstTest >= 0 {
                let test = code[program.firstTest]
                while st < end && !matchOne(test, st) { st += 1 }
            }
            untilCharge &-= (st - skippedFrom) >> 4
            if (first != nil || program.firstTest >= 0) && st >= end { return false }
            if try run(st) { return true }
            st += 1
            try tick()
        }
        return false
    }

    @inline(__always) private mutating func tick() throws(PyError) {
        untilCharge &-= 1
        if untilCharge <= 0 {
            untilCharge = RegexMatcher.chargeEvery
            try vm.charge(128)
            if stack.count > RegexMatcher.maxStack { throw memoryError() }
        }
    }

    @inline(__always) private mutating func push(_ kind: UInt8, _ a: Int, _ b: Int, _ c: Int) {
        stack.append(Entry(kind: kind, a: a, b: b, c: c))
    }

    @inline(__always) private mutating func setSlot(_ slot: Int, _ value: Int) {
        push(RegexMatcher.restoreSlot, slot, slots[slot], lastIndex)
        slots[slot] = value
        if slot & 1 == 1 { lastIndex = slot >> 1 }
    }

    @inline(__always) private mutating func setLoop(_ id: Int, _ count: Int, _ last: Int) {
        push(RegexMatcher.restoreLoop, id, counts[id], lastPos[id])
        counts[id] = count
        lastPos[id] = last
    }

    /// Whether the one-character instruction `inst` matches at pos (< end).
    @inline(__always) private func matchOne(_ inst: RegexInst, _ pos: Int) -> Bool {
        let c = subject[pos]
        switch inst.op {
        case .char: return c == UInt32(truncatingIfNeeded: inst.a)
        case .charFold:
            return RegexChars.equal(c, UInt32(truncatingIfNeeded: inst.a), RegexCase(rawValue: UInt8(inst.b)) ?? .exact)
        case .any: return c != 10
        case .anyAll: return true
        case .set: return program.sets[inst.a].contains(c)
        default: return false
        }
    }

    private func isWordAt(_ pos: Int, ascii: Bool) -> Bool {
        pos >= 0 && pos < end && RegexChars.isWord(subject[pos], ascii: ascii)
    }

    private func isWordBefore(_ pos: Int, ascii: Bool) -> Bool {
        pos > 0 && pos - 1 < subject.count && RegexChars.isWord(subject[pos - 1], ascii: ascii)
    }

    private func anchor(_ kind: RegexAnchor, _ pos: Int) -> Bool {
        switch kind {
        case .beginning, .beginningString: return pos == 0
        case .beginningLine: return pos == 0 || (pos - 1 < subject.count && subject[pos - 1] == 10)
        case .end: return pos == end || (pos + 1 == end && subject[pos] == 10)
        case .endLine: return pos == end || (pos < end && subject[pos] == 10)
        case .endString: return pos == end
        case .boundary, .nonBoundary, .asciiBoundary, .asciiNonBoundary:
            if end == 0 { return false }
            let ascii = kind == .asciiBoundary || kind == .asciiNonBoundary
            let differ = isWordBefore(pos, ascii: ascii) != isWordAt(pos, ascii: ascii)
            return (kind == .boundary || kind == .asciiBoundary) ? differ : !differ
        }
    }

    private mutating func run(_ from: Int) throws(PyError) -> Bool {
        stack.removeAll(keepingCapacity: true)
        for i in 0..<slots.count { slots[i] = -1 }
        lastIndex = -1
        var pc = 0
        var pos = from
        while true {
            try tick()
            let inst = code[pc]
            var ok = true
            switch inst.op {
            case .char, .charFold, .any, .anyAll, .set:
                if pos < end && matchOne(inst, pos) { pos += 1; pc += 1 } else { ok = false }
            case .anchor:
                if anchor(RegexAnchor(rawValue: UInt8(inst.a)) ?? .beginning, pos) { pc += 1 } else { ok = false }
            case .save:
                setSlot(inst.a, pos)
                pc += 1
            case .split:
                push(RegexMatcher.branch, inst.b, pos, 0)
                pc = inst.a
            case .jump:
                pc = inst.a
            case .repeatStart:
                setLoop(inst.a, -1, -1)
                pc = inst.b
            case .repeatEnd:
                let id = inst.a
                let loop = program.loops[id]
                let count = counts[id] + 1
                if count < loop.min {
                    setLoop(id, count, lastPos[id])
                    pc = loop.body
                } else if loop.greedy {
                    if count < loop.max && pos != lastPos[id] {
                        push(RegexMatcher.branch, pc + 1, pos, 0)
                        setLoop(id, count, pos)
                        pc = loop.body
                    } else {
                        pc += 1
                    }
                } else {
                    push(RegexMatcher.lazyMore, id, pos, count)
                    pc += 1
                }
            case .repeatOne:
                let loop = program.loops[inst.a]
                let item = code[pc + 1]
                // sre's REPEAT_ONE fails outright past endpos (a match with pos > endpos).
                if pos > end { ok = false; break }
                if loop.greedy {
                    var p = pos
                    let limit = loop.max >= end - pos ? end : pos + loop.max
                    while p < limit && matchOne(item, p) { p += 1 }
                    untilCharge &-= (p - pos) >> 2
                    if p - pos < loop.min { ok = false; break }
                    if p - pos > loop.min { push(RegexMatcher.greedyOne, pc + 2, p, pos + loop.min) }
                    pos = p
                    pc += 2
                } else {
                    var p = pos
                    while p - pos < loop.min {
                        if p < end && matchOne(item, p) { p += 1 } else { break }
                    }
                    if p - pos < loop.min { ok = false; break }
                    if loop.max > loop.min { push(RegexMatcher.lazyOne, pc, p, loop.min) }
                    pos = p
                    pc += 2
                }
            case .backref:
                let g = inst.a
                let s0 = slots[2 * g], e0 = slots[2 * g + 1]
                if s0 < 0 || e0 < s0 || pos + (e0 - s0) > end { ok = false; break }
                let mode = RegexCase(rawValue: UInt8(inst.b)) ?? .exact
                var k = 0
                while k < e0 - s0 {
                    if !RegexChars.equal(subject[pos + k], subject[s0 + k], mode) { break }
                    k += 1
                }
                if k < e0 - s0 { ok = false; break }
                pos += k
                pc += 1
            case .condition:
                let g = inst.a
                if g <= program.groupCount && slots[2 * g] >= 0 && slots[2 * g + 1] >= 0 { pc += 1 } else { pc = inst.b }
            case .lookStart:
                let look = program.looks[inst.a]
                if look.behind && pos - look.width < 0 {
                    // Not enough text behind: a negative lookbehind holds, a positive one fails.
                    if look.negative { pc = look.end } else { ok = false }
                    break
                }
                push(RegexMatcher.lookMarker, inst.a, pos, 0)
                lookMarkers[inst.a] = stack.count - 1
                if look.behind { pos -= look.width }
                pc += 1
            case .lookEnd:
                let look = program.looks[inst.a]
                let m = lookMarkers[inst.a]
                guard m < stack.count else { ok = false; break }
                let origin = stack[m].b
                if look.negative {
                    unwind(to: m)
                    ok = false
                } else {
                    cut(at: m)
                    if !look.atomic { pos = origin }
                    pc += 1
                }
            case .fail:
                ok = false
            case .match:
                if (fullMatch && pos != end) || (mustAdvance && pos == searchStart) {
                    ok = false
                } else {
                    slots[0] = from
                    slots[1] = pos
                    return true
                }
            }
            if !ok {
                if !backtrack(&pc, &pos) { return false }
            }
        }
    }

    /// Pops entries down to index m (inclusive), undoing what they record.
    private mutating func unwind(to m: Int) {
        while stack.count > m {
            let e = stack.removeLast()
            undo(e)
        }
    }

    @inline(__always) private mutating func undo(_ e: Entry) {
        if e.kind == RegexMatcher.restoreSlot {
            slots[e.a] = e.b
            lastIndex = e.c
        } else if e.kind == RegexMatcher.restoreLoop {
            counts[e.a] = e.b
            lastPos[e.a] = e.c
        }
    }

    /// Drops the choice points from index m up (the marker too), keeping the undo records.
    private mutating func cut(at m: Int) {
        var w = m
        var i = m + 1
        while i < stack.count {
            let e = stack[i]
            if e.kind <= RegexMatcher.restoreLoop {
                stack[w] = e
                w += 1
            }
            i += 1
        }
        stack.removeLast(stack.count - w)
    }

    /// Resumes at the latest choice point (false: none left).
    private mutating func backtrack(_ pc: inout Int, _ pos: inout Int) -> Bool {
        while let e = stack.popLast() {
            switch e.kind {
            case RegexMatcher.restoreSlot, RegexMatcher.restoreLoop:
                undo(e)
            case RegexMatcher.branch:
                pc = e.a
                pos = e.b
                return true
            case RegexMatcher.greedyOne:
                let p = e.b - 1
                if p < e.c { continue }
                if p > e.c { push(RegexMatcher.greedyOne, e.a, p, e.c) }
                pc = e.a
                pos = p
                return true
            case RegexMatcher.lazyOne:
                let loop = program.loops[code[e.a].a]
                if e.c >= loop.max || e.b >= end || !matchOne(code[e.a + 1], e.b) { continue }
                if e.c + 1 < loop.max { push(RegexMatcher.lazyOne, e.a, e.b + 1, e.c + 1) }
                pc = e.a + 2
                pos = e.b + 1
                return true
            case RegexMatcher.lazyMore:
                let loop = program.loops[e.a]
                if e.c >= loop.max || e.b == lastPos[e.a] { continue }
                setLoop(e.a, e.c, e.b)
                pc = loop.body
                pos = e.b
                return true
            default:    // lookMarker: the body failed
                let look = program.looks[e.a]
                if look.negative {
                    pc = look.end
                    pos = e.b
                    return true
                }
            }
        }
        return false
    }
}
