// Error text exactly as CPython 3.11 prints it for `python3 -c`: tracebacks with chained
// exceptions and repeated-line compression, and SyntaxErrors with the source line and carets.

private let recursiveCutoff = 3
private let tracebackLimit = 1000

func runtimeErrorReport(_ vm: VM, _ exc: PyException) -> ErrorReport {
    var text = ""
    var seen: [ObjectIdentifier] = []
    formatChain(vm, exc, &text, &seen)
    if let p = syntaxErrorParts(exc) {
        // As its traceback ends: the bare message, at its line in the compiled source.
        return ErrorReport(typeName: exceptionTypeName(exc.type), message: p.message, line: p.line, col: p.offset,
                           traceback: text)
    }
    let message = messageText(vm, exc) + vm.suggestionSuffix(exc)
    return ErrorReport(typeName: exceptionTypeName(exc.type), message: message, line: Int(exc.traceback.first?.line ?? 0), col: 0,
                       traceback: text)
}

private func messageText(_ vm: VM, _ exc: PyException) -> String {
    return (try? vm.exceptionMessage(exc).string) ?? "<exception str() failed>"
}

private func formatChain(_ vm: VM, _ exc: PyException, _ text: inout String, _ seen: inout [ObjectIdentifier]) {
    seen.append(ObjectIdentifier(exc))
    if seen.count < 100 {
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            formatChain(vm, cause, &text, &seen)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let ctx = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(ctx)) {
            formatChain(vm, ctx, &text, &seen)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
    }
    formatOne(vm, exc, &text)
}

private func formatOne(_ vm: VM, _ exc: PyException, _ text: inout String) {
    // Entries were appended innermost first; print outermost first.
    var entries = Array(exc.traceback.reversed())
    if entries.count > tracebackLimit { entries.removeFirst(entries.count - tracebackLimit) }
    if !entries.isEmpty {
        text += "Traceback (most recent call last):\n"
        var last: TracebackEntry? = nil
        var count = 0
        for (index, e) in entries.enumerated() {
            if let l = last, l.line == e.line, l.function == e.function {
                // same as before
            } else {
                if count > recursiveCutoff { text += repeatedLine(count - recursiveCutoff) }
                last = e
                count = 0
            }
            count += 1
            if count <= recursiveCutoff {
                text += "  File \"\(e.fileName ?? vm.programName)\", line \(e.line), in \(e.function)\n"
                if e.fileName == nil, let source = vm.tracebackSource {
                    let lookup = index == entries.count - 1 && exc.type.isSubtype(of: .attributeError)
                    appendSourceLine(source, e, methodLookupFailed: lookup, &text)
                }
            }
        }
        if count > recursiveCutoff { text += repeatedLine(count - recursiveCutoff) }
    }
    if let located = syntaxErrorLocation(exc) {
        // A SyntaxError raised by exec/eval/compile: where it is, then the bare message.
        text += located
        text += "\(exceptionTypeName(exc.type)): \(syntaxErrorParts(exc)?.message ?? "")\n"
        return
    }
    let message = messageText(vm, exc) + vm.suggestionSuffix(exc)
    let name = exceptionTypeName(exc.type)
    text += message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
    // 3.11 prints add_note() notes after the message.
    if let d = exc.dict, let notes = d.getStr(PyStr.make("__notes__")) {
        if case .list(let l) = notes {
            for n in l.items {
                if case .str(let s) = n { text += s.string + "\n" } else {
                    text += ((try? vm.str(n).string) ?? "<note str() failed>") + "\n"
                }
            }
        } else {
            text += ((try? vm.repr(notes).string) ?? "") + "\n"
        }
    }
}

/// A file's line under its `File` entry, without its indentation, as CPython prints it, and the markers under
/// the failing part of it (TracebackCarets.swift).
private func appendSourceLine(_ source: UnsafeBufferPointer<UInt8>, _ entry: TracebackEntry, methodLookupFailed: Bool,
                              _ text: inout String) {
    guard let whole = sourceLine(source, Int(entry.line)) else { return }
    let bytes = Array(whole.utf8)
    func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 12 }
    var start = 0, end = bytes.count
    while start < end && isSpace(bytes[start]) { start += 1 }
    // Trailing blanks stay, as python3 prints them; a line of blanks is not shown.
    if start < end {
        text += "    " + String(decoding: bytes[start..<end], as: UTF8.self) + "\n"
        if let carets = tracebackCarets(whole, line: Int(entry.line), position: entry.position,
                                        methodLookupFailed: methodLookupFailed) { text += carets }
    }
}

/// How a traceback names an exception class: builtins by name, __main__ classes by qualname,
/// classes of other modules (re.error, json.decoder.JSONDecodeError) by module and qualname.
func exceptionTypeName(_ t: PyType) -> String {
    guard t.isHeapType else { return t.name }
    let module = t.moduleName
    if module == "__main__" || module == "builtins" { return t.qualname }
    return module + "." + t.qualname
}

private func repeatedLine(_ n: Int) -> String {
    return "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
}

/// A SyntaxError (or IndentationError/TabError) with CPython's layout.
func syntaxErrorReport(_ e: SyntaxError, _ source: UnsafeBufferPointer<UInt8>, fileName: String = "<string>") -> ErrorReport {
    var text = "  File \"\(fileName)\", line \(e.line)\n"
    if e.showsSource, let lineText = sourceLine(source, e.line) {
        // Strip leading whitespace, shifting the caret with it (as CPython's print_error_text).
        var offset = e.col - 1
        var start = 0
        let bytes = Array(lineText.utf8)
        while start < bytes.count && (bytes[start] == 32 || bytes[start] == 9 || bytes[start] == 12) {
            start += 1
            offset -= 1
        }
        let shown = String(decoding: bytes[start...], as: UTF8.self)
        let len = shown.unicodeScalars.count
        if offset > len { offset = len }
        text += "    \(shown)\n"
        if offset >= 0 {
            // CPython's error display marks a single character for indentation errors, whatever
            // span the exception carries.
            let isIndentation = e.typeName == "IndentationError" || e.typeName == "TabError"
            let carets = (!isIndentation && e.endCol > 0 && e.endCol > e.col) ? e.endCol - e.col : 1
            text += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        }
    }
    text += "\(e.typeName): \(e.message)\n"
    return ErrorReport(typeName: e.typeName, message: e.message, line: e.line, col: e.col, traceback: text)
}

/// The 1-based line of the source, without its newline; nil if out of range or not UTF-8.
func sourceLine(_ source: UnsafeBufferPointer<UInt8>, _ line: Int) -> String? {
    if line < 1 { return nil }
    var current = 1
    var start = 0
    var i = 0
    let n = source.count
    while i < n && current < line {
        if source[i] == 10 {
            current += 1
            start = i + 1
        } else if source[i] == 13 {
            current += 1
            if i + 1 < n && source[i + 1] == 10 { i += 1 }
            start = i + 1
        }
        i += 1
    }
    if current != line || start > n { return nil }
    var end = start
    if start == n && line > 1 { return nil }
    while end < n && source[end] != 10 && source[end] != 13 { end += 1 }
    let bytes = Array(source[start..<end])
    // Invalid UTF-8 lines are not shown (CPython cannot decode them either).
    var it = bytes.makeIterator()
    var decoder = UTF8()
    loop: while true {
        switch decoder.decode(&it) {
        case .scalarValue: continue
        case .emptyInput: break loop
        case .error: return nil
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// The parts of a SyntaxError built as CPython builds one (msg, (filename, lineno, offset,
/// text, end_lineno, end_offset)); nil for one made otherwise.
func syntaxErrorParts(_ exc: PyException) -> (message: String, file: String, line: Int, offset: Int, text: String?, endOffset: Int)? {
    guard exc.type.isSubtype(of: .syntaxError), exc.args.count == 2, case .str(let m) = exc.args[0],
          case .tuple(let t) = exc.args[1], t.items.count == 6, case .str(let f) = t.items[0],
          case .int(let line) = t.items[1], case .int(let offset) = t.items[2] else { return nil }
    var text: String? = nil
    if case .str(let s) = t.items[3] { text = s.string }
    var end = offset + 1
    if case .int(let e) = t.items[5] { end = e }
    return (m.string, f.string, line, offset, text, end)
}

/// The `File` line, source line and carets CPython prints above such a SyntaxError's message.
private func syntaxErrorLocation(_ exc: PyException) -> String? {
    guard let p = syntaxErrorParts(exc) else { return nil }
    var out = "  File \"\(p.file)\", line \(p.line)\n"
    if let line = p.text {
        var offset = p.offset - 1
        var scalars = Array(line.unicodeScalars)
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{0C}" {
            scalars.removeFirst()
            offset -= 1
        }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars)
        let len = scalars.count
        if offset > len { offset = len }
        out += "    \(String(shown))\n"
        if offset >= 0 {
            let isIndentation = exc.type.isSubtype(of: .indentationError)
            let carets = (!isIndentation && p.endOffset > p.offset) ? p.endOffset - p.offset : 1
            out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        }
    }
    return out
}
