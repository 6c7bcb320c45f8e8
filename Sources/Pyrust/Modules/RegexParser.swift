// re's pattern syntax: CPython's sre_parse rules (what is accepted, and the same error messages
// and positions), producing a tree (RegexNode) that RegexCompiler turns into a program.
// Flags in effect are baked into the nodes (a literal knows whether it ignores case), so scoped
// flags like (?i:...) need nothing at match time.

import CPyrustSupport

/// The flag bits of re (re.IGNORECASE ...), as CPython numbers them.
enum RegexFlag {
    static let template = 1, ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16
    static let unicode = 32, verbose = 64, debug = 128, ascii = 256
}

/// How a node compares case: exactly, ASCII letters folded, or Unicode simple case folded.
enum RegexCase: UInt8 { case exact, ascii, unicode }

/// \d \D \w \W \s \S, in ASCII or Unicode meaning.
struct RegexCategory {
    enum Kind: UInt8 { case digit, word, space }
    var kind: Kind
    var negated: Bool
    var ascii: Bool
}

/// A character class: [...] or an escape like \d.
final class RegexSet {
    var negated = false
    var ranges: [(UInt32, UInt32)] = []
    var categories: [RegexCategory] = []
    var caseMode = RegexCase.exact
    /// ASCII members, precomputed by `finish` (bit c of the two words).
    var asciiLow: UInt64 = 0, asciiHigh: UInt64 = 0
    var hasNonASCII = false

    func finish() {
        asciiLow = 0; asciiHigh = 0; hasNonASCII = false
        for c in UInt32(0)..<128 where rawContains(c) {
            if c < 64 { asciiLow |= 1 << UInt64(c) } else { asciiHigh |= 1 << UInt64(c - 64) }
        }
        for (_, hi) in ranges where hi >= 128 { hasNonASCII = true }
        if !categories.isEmpty { hasNonASCII = true }
    }

    /// Membership without negation or case folding.
    func rawContains(_ c: UInt32) -> Bool {
        for (lo, hi) in ranges where lo <= c && c <= hi { return true }
        for cat in categories where RegexChars.category(cat, c) { return true }
        return false
    }

    @inline(__always) func contains(_ c: UInt32) -> Bool {
        var hit: Bool
        if c < 64 { hit = asciiLow & (1 << UInt64(c)) != 0 }
        else if c < 128 { hit = asciiHigh & (1 << UInt64(c - 64)) != 0 }
        else { hit = hasNonASCII && rawContains(c) }
        if !hit && caseMode != .exact { hit = foldedContains(c) }
        return hit != negated
    }

    private func foldedContains(_ c: UInt32) -> Bool {
        let lo = RegexChars.lower(c, caseMode), up = RegexChars.upper(c, caseMode)
        if lo != c && rawContains(lo) { return true }
        if up != c && rawContains(up) { return true }
        let upLow = RegexChars.lower(up, caseMode)
        if upLow != c && upLow != lo && rawContains(upLow) { return true }
        return false
    }
}

/// Anchors and boundaries.
enum RegexAnchor: UInt8 {
    case beginning, beginningLine, beginningString, end, endLine, endString
    case boundary, nonBoundary, asciiBoundary, asciiNonBoundary
}

enum RegexRepeatKind: UInt8 { case greedy, lazy, possessive }

indirect enum RegexNode {
    case empty
    case char(UInt32, RegexCase)
    case any(dotAll: Bool)
    case set(RegexSet)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A capturing group (index >= 1).
    case group(Int, RegexNode)
    case repeatNode(RegexNode, min: Int, max: Int, kind: RegexRepeatKind)
    case anchor(RegexAnchor)
    case backref(Int, RegexCase)
    case look(behind: Bool, negative: Bool, RegexNode)
    case atomic(RegexNode)
    case conditional(Int, RegexNode, RegexNode)

    /// Smallest and largest width (largest: nil when unbounded). Used for lookbehind.
    func width(_ groupWidths: [(Int, Int?)]) -> (Int, Int?) {
        switch self {
        case .empty, .anchor, .look: return (0, 0)
        case .char, .any, .set: return (1, 1)
        case .sequence(let xs):
            var lo = 0; var hi: Int? = 0
            for x in xs {
                let (a, b) = x.width(groupWidths)
                lo = RegexParser.addWidth(lo, a)
                if let h = hi, let bb = b { hi = RegexParser.addWidth(h, bb) } else { hi = nil }
            }
            return (lo, hi)
        case .alternation(let xs):
            var lo = Int.max; var hi: Int? = 0
            for x in xs {
                let (a, b) = x.width(groupWidths)
                lo = Swift.min(lo, a)
                if let h = hi, let bb = b { hi = Swift.max(h, bb) } else { hi = nil }
            }
            return (lo == Int.max ? 0 : lo, hi)
        case .group(_, let x), .atomic(let x): return x.width(groupWidths)
        case .repeatNode(let x, let mn, let mx, _):
            let (a, b) = x.width(groupWidths)
            let lo = RegexParser.mulWidth(a, mn)
            if mx == RegexParser.maxRepeat { return (lo, b == 0 ? 0 : nil) }
            if let bb = b { return (lo, RegexParser.mulWidth(bb, mx)) }
            return (lo, nil)
        case .backref(let g, _):
            if g < groupWidths.count { return groupWidths[g] }
            return (0, nil)
        case .conditional(_, let yes, let no):
            let (a, b) = yes.width(groupWidths), (c, d) = no.width(groupWidths)
            if let bb = b, let dd = d { return (Swift.min(a, c), Swift.max(bb, dd)) }
            return (Swift.min(a, c), nil)
        }
    }
}

/// A syntax error: CPython's message and position (nil: none), or one of the non-re.error
/// exceptions sre_parse raises.
struct RegexSyntaxError: Error {
    enum Kind { case reError, overflow, value, recursion }
    var kind = Kind.reError
    var message: String
    var position: Int?
}

struct RegexParser {
    static let maxRepeat = 4294967295
    static let maxGroups = 1 << 30
    /// Group nesting sre_parse reaches before CPython's recursion limit stops it.
    static let maxNesting = 495

    let text: [UInt32]
    let isBytes: Bool
    var index = 0
    var flags: Int
    /// Group widths by index (index 0 unused); nil width: still open.
    var groupWidths: [(Int, Int?)?] = [nil]
    var groupNames: [(String, Int)] = []
    var lookbehindGroups: Int? = nil
    var groupRefPositions: [(Int, Int)] = []

    init(_ text: [UInt32], isBytes: Bool, flags: Int) {
        self.text = text
        self.isBytes = isBytes
        self.flags = flags
    }

    var groupCount: Int { groupWidths.count - 1 }

    static func addWidth(_ a: Int, _ b: Int) -> Int { let (r, o) = a.addingReportingOverflow(b); return o ? Int.max / 2 : Swift.min(r, Int.max / 2) }
    static func mulWidth(_ a: Int, _ b: Int) -> Int { let (r, o) = a.multipliedReportingOverflow(by: b); return o ? Int.max / 2 : Swift.min(r, Int.max / 2) }

    // MARK: - the tokenizer (sre's Tokenizer: an escape is one token of two characters)

    @inline(__always) var atEnd: Bool { index >= text.count }
    @inline(__always) var next: UInt32? { index < text.count ? text[index] : nil }

    /// The next token: a character, or a backslash and the character after it.
    mutating func get() throws(RegexSyntaxError) -> [UInt32]? {
        guard index < text.count else { return nil }
        let c = text[index]
        if c == 0x5C {
            if index + 1 >= text.count {
                throw RegexSyntaxError(message: "bad escape (end of pattern)", position: text.count - 1)
            }
            index += 2
            return [c, text[index - 1]]
        }
        index += 1
        return [c]
    }

    mutating func match(_ c: Unicode.Scalar) -> Bool {
        if let n = next, n == c.value {
            index += 1
            return true
        }
        return false
    }

    func error(_ message: String, _ offset: Int = 0) -> RegexSyntaxError {
        RegexSyntaxError(message: message, position: index - offset)
    }

    static func string(_ cs: [UInt32]) -> String {
        var s = ""
        for c in cs { if let u = Unicode.Scalar(c) { s.unicodeScalars.append(u) } }
        return s
    }

    /// Python's repr of a str (enough for group names in messages).
    static func repr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == quote { out += "\\" + String(quote) }
                else if u.value < 0x20 || u.value == 0x7F { out += "\\x" + hex(u.value, 2) }
                else { out.unicodeScalars.append(u) }
            }
        }
        out.append(quote)
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        var s = String(v, radix: 16)
        while s.count < width { s = "0" + s }
        return s
    }

    static func isDigit(_ c: UInt32?) -> Bool { if let c = c { return c >= 0x30 && c <= 0x39 }; return false }
    static func isOctal(_ c: UInt32?) -> Bool { if let c = c { return c >= 0x30 && c <= 0x37 }; return false }
    static func isHex(_ c: UInt32?) -> Bool {
        guard let c = c else { return false }
        return (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66)
    }
    static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    static func isIdentifier(_ s: [UInt32]) -> Bool {
        guard let first = s.first else { return false }
        for (i, c) in s.enumerated() {
            guard let u = Unicode.Scalar(c) else { return false }
            if i == 0 ? !(u.properties.isXIDStart || c == 0x5F) : !u.properties.isXIDContinue { return false }
        }
        _ = first
        return true
    }

    /// Collects up to n characters that satisfy test.
    mutating func getWhile(_ n: Int, _ test: (UInt32?) -> Bool) -> [UInt32] {
        var out: [UInt32] = []
        while out.count < n, test(next) { out.append(text[index]); index += 1 }
        return out
    }

    /// sre's getuntil: the characters before terminator (consumed).
    mutating func getUntil(_ terminator: UInt32, _ name: String) throws(RegexSyntaxError) -> [UInt32] {
        var result: [UInt32] = []
        while true {
            guard let token = try get() else {
                if result.isEmpty { throw error("missing " + name) }
                throw error("missing \(RegexParser.string([terminator])), unterminated name", result.count)
            }
            if token.count == 1 && token[0] == terminator {
                if result.isEmpty { throw error("missing " + name, 1) }
                break
            }
            result += token
        }
        return result
    }

    // MARK: - flags in effect

    var caseMode: RegexCase {
        if flags & RegexFlag.ignoreCase == 0 { return .exact }
        return isBytes || flags & RegexFlag.ascii != 0 || flags & RegexFlag.locale != 0 ? .ascii : .unicode
    }
    var asciiClasses: Bool { isBytes || flags & RegexFlag.ascii != 0 || flags & RegexFlag.locale != 0 }

    func literal(_ c: UInt32) -> RegexNode { .char(c, caseMode) }

    func category(_ kind: RegexCategory.Kind, negated: Bool) -> RegexSet {
        let s = RegexSet()
        s.categories = [RegexCategory(kind: kind, negated: negated, ascii: asciiClasses)]
        return s
    }

    // MARK: - the grammar

    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        do throws(RegexSyntaxError) {
            return try parsePattern()
        } catch {
            // sre's tokenizer looks one token ahead, so a pattern ending in a lone backslash
            // fails as soon as the parser gets to the character before it.
            var trailing = 0
            while trailing < text.count && text[text.count - 1 - trailing] == 0x5C { trailing += 1 }
            if trailing % 2 == 1 && index >= text.count - 1 {
                throw RegexSyntaxError(message: "bad escape (end of pattern)", position: text.count - 1)
            }
            throw error
        }
    }

    private mutating func parsePattern() throws(RegexSyntaxError) -> RegexNode {
        let node = try parseAlternation(verbose: flags & RegexFlag.verbose != 0, nested: 0)
        if next != nil { throw error("unbalanced parenthesis") }
        for (g, pos) in groupRefPositions where g > groupCount {
            throw RegexSyntaxError(message: "invalid group reference \(g)", position: pos)
        }
        return node
    }

    mutating func parseAlternation(verbose: Bool, nested: Int) throws(RegexSyntaxError) -> RegexNode {
        if nested > RegexParser.maxNesting || pyrust_stack_exhausted() != 0 {
            throw RegexSyntaxError(kind: .recursion, message: "maximum recursion depth exceeded", position: nil)
        }
        var items: [RegexNode] = []
        while true {
            items.append(try parseSequence(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !match("|") { break }
        }
        return items.count == 1 ? items[0] : .alternation(items)
    }

    mutating func parseSequence(verbose verboseIn: Bool, nested: Int, first: Bool) throws(RegexSyntaxError) -> RegexNode {
        var verbose = verboseIn
        var items: [RegexNode] = []
        while true {
            guard let this = next else { break }
            if this == 0x7C || this == 0x29 { break }    // | )
            guard let token = try get() else { break }
            if verbose {
                if this == 0x20 || (this >= 0x09 && this <= 0x0D) { continue }
                if this == 0x23 {   // #
                    while let c = try get(), c != [0x0A] {}
                    continue
                }
            }
            if token.count == 2 {
                items.append(try escape(token))
                continue
            }
            switch this {
            case 0x5B: items.append(try parseClass())
            case 0x2A, 0x2B, 0x3F, 0x7B:    // * + ? {
                try parseRepeat(this, &items)
            case 0x2E: items.append(.any(dotAll: flags & RegexFlag.dotAll != 0))
            case 0x5E:
                items.append(.anchor(flags & RegexFlag.multiline != 0 ? .beginningLine : .beginning))
            case 0x24:
                items.append(.anchor(flags & RegexFlag.multiline != 0 ? .endLine : .end))
            case 0x28:
                if let node = try parseGroup(verbose: &verbose, nested: nested, first: first, empty: items.isEmpty) {
                    items.append(node)
                }
            default:
                items.append(literal(this))
            }
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
    }

    mutating func parseRepeat(_ this: UInt32, _ items: inout [RegexNode]) throws(RegexSyntaxError) {
        let here = index
        var lo = 0, hi = RegexParser.maxRepeat
        switch this {
        case 0x3F: hi = 1
        case 0x2A: break
        case 0x2B: lo = 1
        default:
            if next == 0x7D { items.append(literal(this)); return }
            var loText: [UInt32] = [], hiText: [UInt32] = []
            while RegexParser.isDigit(next) { loText.append(text[index]); index += 1 }
            if match(",") {
                while RegexParser.isDigit(next) { hiText.append(text[index]); index += 1 }
            } else {
                hiText = loText
            }
            if !match("}") {
                items.append(literal(this))
                index = here
                return
            }
            if !loText.isEmpty {
                lo = RegexParser.number(loText)
                if lo >= RegexParser.maxRepeat {
                    throw RegexSyntaxError(kind: .overflow, message: "the repetition number is too large", position: nil)
                }
            }
            if !hiText.isEmpty {
                hi = RegexParser.number(hiText)
                if hi >= RegexParser.maxRepeat {
                    throw RegexSyntaxError(kind: .overflow, message: "the repetition number is too large", position: nil)
                }
                if hi < lo { throw error("min repeat greater than max repeat", index - here) }
            }
        }
        guard var item = items.last else { throw error("nothing to repeat", index - here + 1) }
        switch item {
        case .anchor: throw error("nothing to repeat", index - here + 1)
        case .repeatNode: throw error("multiple repeat", index - here + 1)
        default: break
        }
        if isPossessiveMarker(item) { throw error("multiple repeat", index - here + 1) }
        if case .sequence(let xs) = item, xs.isEmpty { item = .empty }
        let kind: RegexRepeatKind = match("?") ? .lazy : match("+") ? .possessive : .greedy
        let node = RegexNode.repeatNode(item, min: lo, max: hi, kind: kind)
        items[items.count - 1] = kind == .possessive ? .atomic(.sequence([node, .empty])) : node
    }

    /// A possessive repeat is stored as atomic(sequence([repeat, empty])) (a shape no group
    /// produces) so that a following quantifier is "multiple repeat" while a real atomic group
    /// (?>...) can be repeated.
    private func isPossessiveMarker(_ n: RegexNode) -> Bool {
        if case .atomic(let inner) = n, case .sequence(let xs) = inner, xs.count == 2, case .repeatNode = xs[0],
           case .empty = xs[1] { return true }
        return false
    }

    static func number(_ digits: [UInt32]) -> Int {
        var n = 0
        for d in digits {
            n = n &* 10 &+ Int(d - 0x30)
            if n > 1 << 40 { return 1 << 40 }
        }
        return n
    }

    // MARK: - groups and extensions

    mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool, empty: Bool) throws(RegexSyntaxError) -> RegexNode? {
        let start = index - 1
        var capture = true
        var name: [UInt32]? = nil
        var addFlags = 0, delFlags = 0
        var lookKind: (behind: Bool, negative: Bool)? = nil
        var atomic = false
        if match("?") {
            guard let token = try get() else { throw error("unexpected end of pattern") }
            if token.count == 2 { throw error("unknown extension ?" + RegexParser.string(token), 3) }
            let char = token[0]
            switch char {            case 0x50:  // P
                if match("<") {
                    let n = try getUntil(0x3E, "group name")
                    if !RegexParser.isIdentifier(n) {
                        throw error("bad character in group name \(RegexParser.repr(RegexParser.string(n)))", n.count + 1)
                    }
                    name = n
                } else if match("=") {
                    let n = try getUntil(0x29, "group name")
                    let ns = RegexParser.string(n)
                    if !RegexParser.isIdentifier(n) {
                        throw error("bad character in group name \(RegexParser.repr(ns))", n.count + 1)
                    }
                    guard let gid = groupNames.first(where: { $0.0 == ns })?.1 else {
                        throw error("unknown group name \(RegexParser.repr(ns))", n.count + 1)
                    }
                    if !checkGroup(gid) { throw error("cannot refer to an open group", n.count + 1) }
                    try checkLookbehindGroup(gid)
                    return .backref(gid, caseMode)
                } else {
                    guard let t = try get() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + RegexParser.string(t), t.count + 2)
                }
            case 0x3A: capture = false  // :
            case 0x23:  // # comment
                while true {
                    guard let c = next else { throw error("missing ), unterminated comment", index - start) }
                    index += 1
                    if c == 0x29 { break }
                }
                return nil
            case 0x3D, 0x21:  // = !
                lookKind = (false, char == 0x21)
                capture = false
            case 0x3C:  // <
                guard let t = try get() else { throw error("unexpected end of pattern") }
                let c = t[0]
                if t.count == 2 || (c != 0x3D && c != 0x21) {
                    throw error("unknown extension ?<" + RegexParser.string(t), t.count + 2)
                }
                lookKind = (true, c == 0x21)
                capture = false
            case 0x3E:  // > atomic group
                atomic = true
                capture = false
            case 0x28:  // ( conditional
                return try parseConditional(start: start, verbose: verbose, nested: nested)
            default:
                if RegexParser.flagBit(char) != nil || char == 0x2D {
                    guard let (add, del) = try parseFlags(char) else {
                        if !first || !empty {
                            throw RegexSyntaxError(message: "global flags not at the start of the expression", position: start)
                        }
                        verbose = flags & RegexFlag.verbose != 0
                        return nil
                    }
                    addFlags = add; delFlags = del
                    capture = false
                } else {
                    throw error("unknown extension ?" + RegexParser.string([char]), 2)
                }
            }
        }
        var gid = 0
        if capture {
            gid = groupWidths.count
            if let n = name {
                let ns = RegexParser.string(n)
                if let old = groupNames.first(where: { $0.0 == ns })?.1 {
                    throw error("redefinition of group name \(RegexParser.repr(ns)) as group \(gid); was group \(old)", n.count + 1)
                }
                groupNames.append((ns, gid))
            }
            if gid >= RegexParser.maxGroups { throw error("too many groups") }
            groupWidths.append(nil)
        }
        let savedFlags = flags
        let savedLookbehind = lookbehindGroups
        if let lk = lookKind, lk.behind, lookbehindGroups == nil { lookbehindGroups = groupWidths.count }
        flags = (flags | addFlags) & ~delFlags
        let subVerbose = (verbose || addFlags & RegexFlag.verbose != 0) && delFlags & RegexFlag.verbose == 0
        let body = try parseAlternation(verbose: subVerbose, nested: nested)
        flags = savedFlags
        if let lk = lookKind, lk.behind { lookbehindGroups = savedLookbehind }
        if !match(")") { throw error("missing ), unterminated subpattern", index - start) }
        if let lk = lookKind {
            if lk.behind {
                let (lo, hi) = body.width(groupWidths.map { $0 ?? (0, nil) })
                if hi == nil || lo != hi! {
                    throw RegexSyntaxError(message: "look-behind requires fixed-width pattern", position: nil)
                }
            }
            return .look(behind: lk.behind, negative: lk.negative, body)
        }
        if atomic { return .atomic(body) }
        if capture {
            groupWidths[gid] = body.width(groupWidths.map { $0 ?? (0, nil) })
            return .group(gid, body)
        }
        // A non-capturing group stays a unit: a quantifier after it applies to all of it, and
        // `(?:a*)*` or `(?:^)*` are not "multiple repeat" or "nothing to repeat".
        return .sequence([body])
    }

    mutating func parseConditional(start: Int, verbose: Bool, nested: Int) throws(RegexSyntaxError) -> RegexNode {
        let condName = try getUntil(0x29, "group name")
        var condGroup: Int
        let cs = RegexParser.string(condName)
        if RegexParser.isIdentifier(condName) {
            guard let g = groupNames.first(where: { $0.0 == cs })?.1 else {
                throw error("unknown group name \(RegexParser.repr(cs))", condName.count + 1)
            }
            condGroup = g
        } else {
            guard !condName.isEmpty, condName.allSatisfy({ RegexParser.isDigit($0) }) else {
                throw error("bad character in group name \(RegexParser.repr(cs))", condName.count + 1)
            }
            condGroup = RegexParser.number(condName)
            if condGroup == 0 { throw error("bad group number", condName.count + 1) }
            if condGroup >= RegexParser.maxGroups { throw error("invalid group reference \(condGroup)", condName.count + 1) }
            if !groupRefPositions.contains(where: { $0.0 == condGroup }) {
                groupRefPositions.append((condGroup, index - condName.count - 1))
            }
        }
        try checkLookbehindGroup(condGroup)
        let yes = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
        var no = RegexNode.empty
        if match("|") {
            no = try parseSequence(verbose: verbose, nested: nested + 1, first: false)
            if next == 0x7C { throw error("conditional backref with more than two branches") }
        }
        if !match(")") { throw error("missing ), unterminated subpattern", index - start) }
        return .conditional(condGroup, yes, no)
    }

    func checkGroup(_ gid: Int) -> Bool {
        gid < groupWidths.count && groupWidths[gid] != nil
    }

    func checkLookbehindGroup(_ gid: Int) throws(RegexSyntaxError) {
        if let lb = lookbehindGroups {
            if !checkGroup(gid) { throw error("cannot refer to an open group") }
            if gid >= lb { throw error("cannot refer to group defined in the same lookbehind subpattern") }
        }
    }

    static func flagBit(_ c: UInt32) -> Int? {
        switch c {
        case 0x69: return RegexFlag.ignoreCase   // i
        case 0x4C: return RegexFlag.locale       // L
        case 0x6D: return RegexFlag.multiline    // m
        case 0x73: return RegexFlag.dotAll       // s
        case 0x78: return RegexFlag.verbose      // x
        case 0x61: return RegexFlag.ascii        // a
        case 0x74: return RegexFlag.template     // t
        case 0x75: return RegexFlag.unicode      // u
        default: return nil
        }
    }

    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    /// sre's _parse_flags: nil for global flags (?aiLmsux), else the scoped (add, del).
    mutating func parseFlags(_ first: UInt32) throws(RegexSyntaxError) -> (Int, Int)? {
        let typeFlags = RegexFlag.ascii | RegexFlag.locale | RegexFlag.unicode
        var char = first
        var add = 0, del = 0
        if char != 0x2D {
            while true {
                let flag = RegexParser.flagBit(char) ?? 0
                if !isBytes {
                    if char == 0x4C { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                } else if char == 0x75 {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                }
                add |= flag
                if flag & typeFlags != 0 && add & typeFlags != flag {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                guard let c = next else { throw error("missing -, : or )") }
                index += 1
                char = c
                if c == 0x29 || c == 0x2D || c == 0x3A { break }
                if RegexParser.flagBit(c) == nil {
                    throw error(RegexParser.isAlpha(c) ? "unknown flag" : "missing -, : or )", 1)
                }
            }
        }
        if char == 0x29 {
            flags |= add
            return nil
        }
        if add & RegexFlag.debug != 0 { throw error("bad inline flags: cannot turn on global flag", 1) }
        if char == 0x2D {
            guard let c = next else { throw error("missing flag") }
            index += 1
            char = c
            if RegexParser.flagBit(c) == nil {
                throw error(RegexParser.isAlpha(c) ? "unknown flag" : "missing flag", 1)
            }
            while true {
                let flag = RegexParser.flagBit(char) ?? 0
                if flag & typeFlags != 0 { throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                del |= flag
                guard let c2 = next else { throw error("missing :") }
                index += 1
                char = c2
                if c2 == 0x3A { break }
                if RegexParser.flagBit(c2) == nil {
                    throw error(RegexParser.isAlpha(c2) ? "unknown flag" : "missing :", 1)
                }
            }
        }
        if del & RegexFlag.debug != 0 { throw error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }

    // MARK: - character classes

    mutating func parseClass() throws(RegexSyntaxError) -> RegexNode {
        let here = index - 1
        let set = RegexSet()
        set.caseMode = caseMode
        set.negated = match("^")
        var count = 0
        while true {
            guard let this = try get() else { throw error("unterminated character set", index - here) }
            if this == [0x5D] && count > 0 { break }
            count += 1
            let code1 = this.count == 2 ? try classEscape(this) : .literal(this[0])
            if match("-") {
                guard let that = try get() else { throw error("unterminated character set", index - here) }
                if that == [0x5D] {
                    add(code1, to: set)
                    set.ranges.append((0x2D, 0x2D))
                    break
                }
                let code2 = that.count == 2 ? try classEscape(that) : .literal(that[0])
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, lo <= hi else {
                    throw error("bad character range \(RegexParser.string(this))-\(RegexParser.string(that))",
                                this.count + 1 + that.count)
                }
                set.ranges.append((lo, hi))
            } else {
                add(code1, to: set)
            }
        }
        set.finish()
        return .set(set)
    }

    enum ClassItem { case literal(UInt32), category(RegexCategory) }

    func add(_ item: ClassItem, to set: RegexSet) {
        switch item {
        case .literal(let c): set.ranges.append((c, c))
        case .category(let cat): set.categories.append(cat)
        }
    }

    func categoryItem(_ c: UInt32) -> ClassItem? {
        switch c {
        case 0x64: return .category(RegexCategory(kind: .digit, negated: false, ascii: asciiClasses))
        case 0x44: return .category(RegexCategory(kind: .digit, negated: true, ascii: asciiClasses))
        case 0x77: return .category(RegexCategory(kind: .word, negated: false, ascii: asciiClasses))
        case 0x57: return .category(RegexCategory(kind: .word, negated: true, ascii: asciiClasses))
        case 0x73: return .category(RegexCategory(kind: .space, negated: false, ascii: asciiClasses))
        case 0x53: return .category(RegexCategory(kind: .space, negated: true, ascii: asciiClasses))
        default: return nil
        }
    }

    static func simpleEscape(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x61: return 7     // \a
        case 0x66: return 12    // \f
        case 0x6E: return 10    // \n
        case 0x72: return 13    // \r
        case 0x74: return 9     // \t
        case 0x76: return 11    // \v
        case 0x5C: return 0x5C
        default: return nil
        }
    }

    /// \x \u \U escapes (shared by both contexts); nil when c is none of them.
    mutating func hexEscape(_ escape: [UInt32]) throws(RegexSyntaxError) -> UInt32? {
        let c = escape[1]
        var width = 0
        if c == 0x78 { width = 2 } else if c == 0x75 && !isBytes { width = 4 } else if c == 0x55 && !isBytes { width = 8 } else { return nil }
        let digits = getWhile(width, RegexParser.isHex)
        let all = escape + digits
        if digits.count != width { throw error("incomplete escape \(RegexParser.string(all))", all.count) }
        var v: UInt32 = 0
        for d in digits { v = v &* 16 &+ (d <= 0x39 ? d - 0x30 : (d | 0x20) - 0x61 + 10) }
        if width == 8 && (v > 0x10FFFF) { throw error("bad escape \(RegexParser.string(all))", all.count) }
        return v
    }

    mutating func classEscape(_ escape: [UInt32]) throws(RegexSyntaxError) -> ClassItem {
        let c = escape[1]
        if c == 0x62 { return .literal(8) }     // \b is backspace here
        if let v = RegexParser.simpleEscape(c) { return .literal(v) }
        if let cat = categoryItem(c) { return cat }
        if let v = try hexEscape(escape) { return .literal(v) }
        if c == 0x4E && !isBytes { return .literal(try namedEscape()) }
        if RegexParser.isOctal(c) {
            let more = getWhile(2, RegexParser.isOctal)
            let all = escape + more
            let v = RegexParser.octal(Array(all.dropFirst()))
            if v > 0o377 { throw error("octal escape value \(RegexParser.string(all)) outside of range 0-0o377", all.count) }
            return .literal(v)
        }
        if RegexParser.isDigit(c) || RegexParser.isASCIILetter(c) {
            throw error("bad escape \(RegexParser.string(escape))", 2)
        }
        return .literal(c)
    }

    /// \N{NAME} (after the \N): the code point named NAME, as unicodedata.lookup finds it.
    mutating func namedEscape() throws(RegexSyntaxError) -> UInt32 {
        if !match("{") { throw error("missing {") }
        let name = try getUntil(0x7D, "character name")
        let wanted = RegexParser.string(name).uppercased()
        if let c = RegexParser.scalarNamed(wanted) { return c }
        throw error("undefined character name \(RegexParser.repr(RegexParser.string(name)))", name.count + 4)
    }

    /// A linear search of the Unicode names (Swift has no lookup by name; patterns that use
    /// \N{...} are compiled once per thread and cached).
    static func scalarNamed(_ name: String) -> UInt32? {
        if name.isEmpty { return nil }
        for range in [UInt32(0)...0x3FFFF, 0xE0000...0xE01EF] {
            for v in range {
                guard let u = Unicode.Scalar(v) else { continue }
                let p = u.properties
                if let n = p.name, n == name { return v }
                if let a = p.nameAlias, a == name { return v }
            }
        }
        return nil
    }

    static func octal(_ ds: [UInt32]) -> UInt32 {
        var v: UInt32 = 0
        for d in ds { v = v * 8 + (d - 0x30) }
        return v
    }

    mutating func escape(_ escape: [UInt32]) throws(RegexSyntaxError) -> RegexNode {
        let c = escape[1]
        switch c {
        case 0x41: return .anchor(.beginningString)    // \A
        case 0x5A: return .anchor(.endString)          // \Z
        case 0x62: return .anchor(asciiClasses ? .asciiBoundary : .boundary)
        case 0x42: return .anchor(asciiClasses ? .asciiNonBoundary : .nonBoundary)
        default: break
        }
        if case .category(let cat)? = categoryItem(c) {
            let s = RegexSet()
            s.categories = [cat]
            s.finish()
            return .set(s)
        }
        if let v = RegexParser.simpleEscape(c) { return literal(v) }
        if let v = try hexEscape(escape) { return literal(v) }
        if c == 0x4E && !isBytes { return literal(try namedEscape()) }
        if c == 0x30 {
            let more = getWhile(2, RegexParser.isOctal)
            return literal(RegexParser.octal(more))
        }
        if RegexParser.isDigit(c) {
            var all = escape
            if RegexParser.isDigit(next) {
                all.append(text[index]); index += 1
                if RegexParser.isOctal(all[1]) && RegexParser.isOctal(all[2]) && RegexParser.isOctal(next) {
                    all.append(text[index]); index += 1
                    let v = RegexParser.octal(Array(all.dropFirst()))
                    if v > 0o377 { throw error("octal escape value \(RegexParser.string(all)) outside of range 0-0o377", all.count) }
                    return literal(v)
                }
            }
            let group = RegexParser.number(Array(all.dropFirst()))
            if group < groupWidths.count {
                if !checkGroup(group) { throw error("cannot refer to an open group", all.count) }
                try checkLookbehindGroup(group)
                return .backref(group, caseMode)
            }
            throw error("invalid group reference \(group)", all.count - 1)
        }
        if RegexParser.isASCIILetter(c) { throw error("bad escape \(RegexParser.string(escape))", 2) }
        return literal(c)
    }
}
