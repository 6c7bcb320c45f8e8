// The markers CPython 3.11 draws under a script's traceback line: `^^^^` under the failing
// expression when it is not the whole line, `~~~^^~~~` for a binary operation (the operator)
// and a subscript (the index). Each instruction carries its expression's span (the compiler's
// CodeUnit.positions); statement-level code has none and gets no markers.

/// An expression's span packed in 64 bits: start line (20 bits), start column (12), end line
/// minus start line (8), end column (12), and for a method call `obj.name(...)` the end column
/// of `obj.name` (12; 0 otherwise), since one instruction both looks the method up and calls
/// it; columns as the parser gives them (1-based, end exclusive). 0: unknown (also for spans
/// beyond those sizes).
enum SourceSpan {
    static func pack(_ e: Expr, method: Expr? = nil) -> UInt64 {
        let line = Int(e.pos.line), col = Int(e.pos.col), endLine = Int(e.end.line), endCol = Int(e.end.col)
        guard line > 0, col > 0, endLine >= line, endLine - line < 1 << 8, endCol > 0, line < 1 << 20,
              col < 1 << 12, endCol < 1 << 12 else { return 0 }
        var methodEnd = 0
        if let m = method, Int(m.end.line) == line, m.end.col > 0, Int(m.end.col) < 1 << 12 { methodEnd = Int(m.end.col) }
        return UInt64(line) << 44 | UInt64(col) << 32 | UInt64(endLine - line) << 24 | UInt64(endCol) << 12
            | UInt64(methodEnd)
    }

    /// A statement's span: it has no end position, so it runs to the end of its line (right
    /// for a statement that ends its line, as in `def f(): raise E`).
    static func pack(statement pos: SourcePos) -> UInt64 {
        let line = Int(pos.line), col = Int(pos.col)
        guard line > 0, line < 1 << 20, col > 0, col < toEndOfLine else { return 0 }
        return UInt64(line) << 44 | UInt64(col) << 32 | UInt64(toEndOfLine) << 12
    }

    /// The end column meaning "the end of the line's text".
    static let toEndOfLine = 0xFFF

    /// (start line, start column, end line, end column, method end column or -1), columns
    /// 0-based, ends exclusive.
    static func unpack(_ p: UInt64) -> (Int, Int, Int, Int, Int)? {
        guard p != 0 else { return nil }
        let line = Int(p >> 44)
        return (line, Int((p >> 32) & 0xFFF) - 1, line + Int((p >> 24) & 0xFF), Int((p >> 12) & 0xFFF) - 1,
                Int(p & 0xFFF) - 1)
    }
}

/// The marker line for traceback entry `line` whose source text is `text` (unstripped), or nil
/// when CPython would draw none (the span covers the whole line, or is unknown).
/// `methodLookupFailed`: the innermost entry of an AttributeError at a method call, which
/// CPython places at `obj.name` rather than the whole call.
func tracebackCarets(_ text: String, line: Int, position: UInt64, methodLookupFailed: Bool) -> String? {
    guard var (startLine, startCol, endLine, endColumn, methodEnd) = SourceSpan.unpack(position), startLine == line
    else { return nil }
    if methodLookupFailed && methodEnd > startCol {
        endLine = startLine
        endColumn = methodEnd
    }
    let toEnd = endColumn == SourceSpan.toEndOfLine - 1
    startLine = line
    let chars = Array(text.unicodeScalars)
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }
    var indent = 0
    while indent < chars.count && isSpace(chars[indent]) { indent += 1 }
    var endCol = endColumn
    var anchors: (left: Int, right: Int)? = nil
    if toEnd {
        var last = chars.count
        while last > 0 && (isSpace(chars[last - 1]) || chars[last - 1] == "\r" || chars[last - 1] == "\n") { last -= 1 }
        endCol = last
        guard startCol >= 0, startCol < endCol else { return nil }
    } else if endLine == startLine {
        guard startCol >= 0, endCol <= chars.count, startCol < endCol else { return nil }
        anchors = caretAnchors(String(String.UnicodeScalarView(chars[startCol..<endCol])))
    } else {
        // A span over several lines: marked to the last non-blank character of its first.
        var last = chars.count
        while last > 0 && (isSpace(chars[last - 1]) || chars[last - 1] == "\r" || chars[last - 1] == "\n") { last -= 1 }
        endCol = last
        guard startCol >= 0, startCol < endCol else { return nil }
    }
    if endCol - startCol == chars.count - indent && anchors == nil { return nil }
    var out = "    "
    out += String(repeating: " ", count: max(startCol - indent, 0))
    for p in startCol..<endCol {
        if let a = anchors, p - startCol >= a.left && p - startCol < a.right { out += "^" } else {
            out += anchors == nil ? "^" : "~"
        }
    }
    return out + "\n"
}

/// Where the operator of a binary operation, or the index of a subscript, sits in `segment`
/// (0-based, end exclusive), when the segment parses as one of those.
private func caretAnchors(_ segment: String) -> (left: Int, right: Int)? {
    var bytes = Array(segment.utf8)
    let module: Module? = bytes.withUnsafeMutableBufferPointer { buffer in
        try? parseModule(UnsafeBufferPointer(buffer))
    }
    guard let body = module?.body, let first = body.first, case .expr(let e) = first.kind else { return nil }
    let chars = Array(segment.unicodeScalars)
    switch e.kind {
    case .binary(_, let left, let right):
        // The first non-blank character between the operands, and the next one too when it is
        // not blank either (`//`, `**`, `<<`).
        let from = Int(left.end.col) - 1, to = Int(right.pos.col) - 1
        guard from >= 0, to <= chars.count, from <= to else { return nil }
        var i = from
        while i < to {
            let c = chars[i]
            if c != " " && c != "\t" && c != "\u{0C}" && c != "\n" && c != "\r" {
                let two = i + 1 < to && chars[i + 1] != " " && chars[i + 1] != "\t" && chars[i + 1] != "\u{0C}"
                return (i, two ? i + 2 : i + 1)
            }
            i += 1
        }
        return nil
    case .subscript(let value, let index):
        let left = Int(value.end.col) - 1, right = Int(index.end.col) - 1 + 1
        guard left >= 0, right <= chars.count, left <= right else { return nil }
        return (left, right)
    default:
        return nil
    }
}
