// Tokens as the lexer hands them to the parser: a kind plus where the text sits in the source.
// No payload is copied: the parser reads names, numbers and strings straight from the byte buffer.

enum TokenKind: UInt8 {
    case endMarker, newline, indent, dedent
    case name, number, string
    /// A byte the grammar has no use for (`$`, `?`, a lone `!`): CPython's tokenizer returns it
    /// as an operator and the parser then reports `invalid syntax` at it.
    case errorToken

    // Punctuation and operators.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, at, atEqual, colonEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, amperEqual, vbarEqual, circumflexEqual, leftShiftEqual, rightShiftEqual

    // Hard keywords (soft keywords `match`, `case`, `_` stay names).
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// The augmented-assignment operator this token stands for, if it is one (`+=` -> .add).
    var augmentedOp: BinOp? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .slashEqual: return .truediv
        case .doubleSlashEqual: return .floordiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .amperEqual: return .bitand
        case .vbarEqual: return .bitor
        case .circumflexEqual: return .bitxor
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        case .atEqual: return .matmul
        default: return nil
        }
    }
}

/// One token. Offsets are byte offsets into the source buffer; columns are 0-based code-point
/// columns. INDENT, DEDENT and ENDMARKER carry no text: CPython reports errors at them using the
/// tokenizer's position, which the lexer records in `col` (and `endCol` = -1).
struct Token {
    var kind: TokenKind
    var start: Int32
    var end: Int32
    var line: Int32
    var col: Int32
    var endLine: Int32
    var endCol: Int32

    static let placeholder = Token(kind: .endMarker, start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0)
    /// `col` of a textless token at the end of input, whose position is worked out on demand.
    static let atEndOfInput: Int32 = -1000

    var pos: SourcePos { SourcePos(line: line, col: col + 1) }
}
