// The error the lexer, parser and compiler raise: CPython's SyntaxError family.

struct SyntaxError: Error {
    /// "SyntaxError", "IndentationError" or "TabError", as CPython names them.
    var typeName: String = "SyntaxError"
    var message: String
    /// 1-based line; 1-based column in code points (CPython's `offset`); endCol is exclusive
    /// (CPython's `end_offset`), equal to col + 1 for a single caret.
    var line: Int
    var col: Int
    var endCol: Int
    /// CPython prints the offending source line for errors found while parsing, but not for
    /// those its compiler raises later ('return' outside function, ...).
    var showsSource = true

    init(_ message: String, line: Int, col: Int, endCol: Int? = nil, typeName: String = "SyntaxError") {
        self.typeName = typeName
        self.message = message
        self.line = line
        self.col = col
        self.endCol = endCol ?? (col + 1)
    }
}
