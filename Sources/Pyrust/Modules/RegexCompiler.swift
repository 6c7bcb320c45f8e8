// Turns a parsed pattern (RegexNode) into a flat program for the backtracking matcher
// (RegexMatcher): one instruction per step, jumps by index. Loops keep their counters in
// registers the matcher saves on its backtracking stack, so nothing recurses at match time.

enum RegexOp: UInt8 {
    case char           // a: the code point
    case charFold       // a: the code point, b: case mode
    case any            // anything but \n
    case anyAll
    case set            // a: set index
    case anchor         // a: RegexAnchor raw value
    case save           // a: capture slot
    case split          // try a, on failure b
    case jump           // a
    case repeatStart    // a: loop id, b: pc of its repeatEnd
    case repeatEnd      // a: loop id (body, min, max, greedy in the loop table); exit is pc + 1
    case repeatOne      // a: loop id; the item is at pc + 1, the continuation at pc + 2
    case backref        // a: group, b: case mode
    case lookStart      // a: look id; the body follows; continuation after the lookEnd
    case lookEnd        // a: look id
    case condition      // a: group, b: pc of the "no" branch
    case fail
    case match
}

struct RegexInst {
    var op: RegexOp
    var a: Int = 0
    var b: Int = 0
}

struct RegexLoop {
    var min: Int
    var max: Int
    var greedy: Bool
    var body: Int = 0
}

struct RegexLook {
    var behind: Bool
    var negative: Bool
    var atomic: Bool
    var width: Int
    /// pc just after the lookEnd.
    var end: Int = 0
}

/// A compiled pattern: what `_re.compile` caches (pure Swift data: no Python objects).
final class RegexProgram {
    var code: [RegexInst] = []
    var sets: [RegexSet] = []
    var loops: [RegexLoop] = []
    var looks: [RegexLook] = []
    var groupCount = 0
    var groupNames: [(String, Int)] = []
    var flags = 0
    var isBytes = false
    /// A code point every match must start with (exact case), for a fast search.
    var firstChar: UInt32? = nil
    /// The pc of a one-character instruction every match must start with (-1: none): a
    /// search skips the positions where it fails without starting the matcher.
    var firstTest = -1
    /// What _re.compile returns for this program (made once; the program is per thread).
    var pythonValue: Value? = nil

    private func leadingTest() -> Int {
        var pc = 0
        while pc < code.count {
            switch code[pc].op {
            case .save: pc += 1
            case .char, .charFold, .any, .anyAll, .set: return pc
            case .repeatOne: return loops[code[pc].a].min >= 1 ? pc + 1 : -1
            default: return -1
            }
        }
        return -1
    }

    /// Widths of the groups (for a lookbehind that refers to one), while compiling.
    private var groupWidths: [(Int, Int?)] = []

    static func compile(_ node: RegexNode, groups: Int, groupWidths: [(Int, Int?)]) -> RegexProgram {
        let p = RegexProgram()
        p.groupCount = groups
        p.groupWidths = groupWidths
        p.emit(node)
        p.code.append(RegexInst(op: .match))
        p.firstChar = RegexProgram.leadingChar(node)
        p.firstTest = p.leadingTest()
        p.groupWidths = []
        return p
    }

    private static func leadingChar(_ node: RegexNode) -> UInt32? {
        switch node {
        case .char(let c, .exact): return c
        case .sequence(let xs): return xs.first.flatMap { leadingChar($0) }
        case .group(_, let x), .atomic(let x): return leadingChar(x)
        case .repeatNode(let x, let mn, _, _): return mn > 0 ? leadingChar(x) : nil
        default: return nil
        }
    }

    @inline(__always) private var pc: Int { code.count }

    private func add(_ op: RegexOp, _ a: Int = 0, _ b: Int = 0) -> Int {
        code.append(RegexInst(op: op, a: a, b: b))
        return code.count - 1
    }

    /// Whether node matches exactly one character (a repeat of it needs no general loop).
    private static func isSingle(_ node: RegexNode) -> Bool {
        switch node {
        case .char, .any, .set: return true
        case .sequence(let xs): return xs.count == 1 && isSingle(xs[0])
        default: return false
        }
    }

    private func emit(_ node: RegexNode) {
        switch node {
        case .empty: break
        case .char(let c, let mode):
            // Non-ASCII letters may fold with others that map to them (U+1E9E to ß): always fold.
            if mode == .exact || (c < 0x80 && RegexChars.lower(c, mode) == c && RegexChars.upper(c, mode) == c) {
                _ = add(.char, Int(c))
            } else {
                _ = add(.charFold, Int(c), Int(mode.rawValue))
            }
        case .any(let all): _ = add(all ? .anyAll : .any)
        case .set(let s):
            sets.append(s)
            _ = add(.set, sets.count - 1)
        case .sequence(let xs): for x in xs { emit(x) }
        case .alternation(let xs):
            var jumps: [Int] = []
            for (i, x) in xs.enumerated() {
                if i < xs.count - 1 {
                    let split = add(.split)
                    code[split].a = pc
                    emit(x)
                    jumps.append(add(.jump))
                    code[split].b = pc
                } else {
                    emit(x)
                }
            }
            for j in jumps { code[j].a = pc }
        case .group(let g, let x):
            _ = add(.save, 2 * g)
            emit(x)
            _ = add(.save, 2 * g + 1)
        case .repeatNode(let x, let mn, let mx, let kind):
            if mx == 0 { break }
            let id = loops.count
            loops.append(RegexLoop(min: mn, max: mx, greedy: kind != .lazy))
            if RegexProgram.isSingle(x) {
                _ = add(.repeatOne, id)
                let before = code.count
                emit(x)
                if code.count != before + 1 { code.removeLast(code.count - before) ; _ = add(.fail) }
            } else {
                let start = add(.repeatStart, id)
                loops[id].body = pc
                emit(x)
                let end = add(.repeatEnd, id)
                code[start].b = end
            }
        case .anchor(let a): _ = add(.anchor, Int(a.rawValue))
        case .backref(let g, let mode): _ = add(.backref, g, Int(mode.rawValue))
        case .look(let behind, let negative, let x):
            let width = behind ? x.width(groupWidths).0 : 0
            emitLook(RegexLook(behind: behind, negative: negative, atomic: false, width: width), x)
        case .atomic(let x):
            emitLook(RegexLook(behind: false, negative: false, atomic: true, width: 0), x)
        case .conditional(let g, let yes, let no):
            let cond = add(.condition, g)
            emit(yes)
            let j = add(.jump)
            code[cond].b = pc
            emit(no)
            code[j].a = pc
        }
    }

    private func emitLook(_ look: RegexLook, _ body: RegexNode) {
        let id = looks.count
        looks.append(look)
        _ = add(.lookStart, id)
        emit(body)
        _ = add(.lookEnd, id)
        looks[id].end = pc
    }
}
