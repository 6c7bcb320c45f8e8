// Lexer/parser tests: AST shapes for the tricky precedence cases, syntax errors compared with
// python3 (the oracle, run at test time), and nesting limits checked on a small thread stack.

import Foundation
import Testing
@testable import Pyrust

// MARK: - Helpers

private func parse(_ source: String) throws(SyntaxError) -> Module {
    let bytes = Array(source.utf8)
    return try bytes.withUnsafeBufferPointer { (p) throws(SyntaxError) -> Module in try parseModule(p) }
}

private func parseError(_ bytes: [UInt8]) -> SyntaxError? {
    do throws(SyntaxError) {
        _ = try bytes.withUnsafeBufferPointer { (p) throws(SyntaxError) -> Module in try parseModule(p) }
        return nil
    } catch {
        return error
    }
}

/// A compact, unambiguous rendering of an expression.
private func show(_ e: Expr) -> String {
    switch e.kind {
    case .name(let n): return n
    case .int(let v): return "\(v)"
    case .bigInt(let s): return "big:\(s)"
    case .float(let d): return "\(d)"
    case .imaginary(let d): return "\(d)j"
    case .str(let s): return s.debugDescription
    case .bytes(let b): return "b\(b)"
    case .fstring(let parts):
        return "f[" + parts.map { p -> String in
            switch p {
            case .literal(let s): return s.debugDescription
            case .field(let x, let conv, let spec, let selfDoc):
                var r = "{" + show(x)
                if let d = selfDoc { r += " doc=" + d.debugDescription }
                if let c = conv { r += "!\(c)" }
                if let sp = spec { r += ":" + show(Expr(.fstring(sp), x.pos)) }
                return r + "}"
            }
        }.joined(separator: ",") + "]"
    case .bool(let b): return b ? "True" : "False"
    case .none: return "None"
    case .ellipsis: return "..."
    case .unary(let op, let x): return "(\(op) \(show(x)))"
    case .binary(let op, let a, let b): return "(\(op) \(show(a)) \(show(b)))"
    case .boolOp(let isAnd, let xs): return "(\(isAnd ? "and" : "or") " + xs.map(show).joined(separator: " ") + ")"
    case .compare(let a, let rest): return "(cmp \(show(a))" + rest.map { " \($0.0) \(show($0.1))" }.joined() + ")"
    case .ifExp(let t, let b, let o): return "(if \(show(t)) \(show(b)) \(show(o)))"
    case .lambda(let p, let b):
        return "(lambda [\(p.posOnly.map(\.name))/\(p.args.map(\.name))*\(p.vararg ?? "")\(p.kwOnly.map(\.name))**\(p.kwarg ?? "")] \(show(b)))"
    case .call(let f, let args):
        return "(call \(show(f))" + args.map { a -> String in
            switch a {
            case .positional(let x): return " " + show(x)
            case .star(let x): return " *" + show(x)
            case .keyword(let n, let x): return " \(n)=" + show(x)
            case .doubleStar(let x): return " **" + show(x)
            }
        }.joined() + ")"
    case .attribute(let x, let n): return "(. \(show(x)) \(n))"
    case .subscript(let x, let i): return "(sub \(show(x)) \(show(i)))"
    case .slice(let l, let u, let s): return "(slice \(l.map(show) ?? "_") \(u.map(show) ?? "_") \(s.map(show) ?? "_"))"
    case .list(let xs): return "[" + xs.map(show).joined(separator: " ") + "]"
    case .tuple(let xs): return "(tuple" + xs.map { " " + show($0) }.joined() + ")"
    case .dict(let items): return "{" + items.map { ($0.key.map(show) ?? "**") + ":" + show($0.value) }.joined(separator: " ") + "}"
    case .set(let xs): return "{set" + xs.map { " " + show($0) }.joined() + "}"
    case .starred(let x): return "*" + show(x)
    case .listComp(let x, let g): return "(listcomp \(show(x))\(gens(g)))"
    case .setComp(let x, let g): return "(setcomp \(show(x))\(gens(g)))"
    case .dictComp(let k, let v, let g): return "(dictcomp \(show(k)) \(show(v))\(gens(g)))"
    case .generatorExp(let x, let g): return "(genexp \(show(x))\(gens(g)))"
    case .namedExpr(let t, let v): return "(:= \(t) \(show(v)))"
    case .yield(let x): return "(yield \(x.map(show) ?? ""))"
    case .yieldFrom(let x): return "(yieldfrom \(show(x)))"
    case .await(let x): return "(await \(show(x)))"
    }
}

private func gens(_ gs: [Comprehension]) -> String {
    gs.map { " for \(show($0.target)) in \(show($0.iter))" + $0.ifs.map { " if " + show($0) }.joined() }.joined()
}

/// The expression of a one-statement program.
private func expr(_ source: String) throws -> String {
    let m = try parse(source)
    guard m.body.count == 1, case .expr(let e) = m.body[0].kind else {
        Issue.record("not a single expression statement: \(source)")
        return ""
    }
    return show(e)
}

// MARK: - Expression shapes

@Suite struct ParserShapeTests {
    @Test(arguments: [
        ("-2**2", "(neg (pow 2 2))"),
        ("2**-1", "(pow 2 (neg 1))"),
        ("2**3**2", "(pow 2 (pow 3 2))"),
        ("-x**-y**z", "(neg (pow x (neg (pow y z))))"),
        ("a - b - c", "(sub (sub a b) c)"),
        ("a + b * c ** d", "(add a (mul b (pow c d)))"),
        ("a | b ^ c & d << e + f", "(bitor a (bitxor b (bitand c (lshift d (add e f)))))"),
        ("not a == b", "(not (cmp a eq b))"),
        ("a or b and not c", "(or a (and b (not c)))"),
        ("a and b or c and d", "(or (and a b) (and c d))"),
        ("a < b <= c != d", "(cmp a lt b le c ne d)"),
        ("a not in b is not c in d", "(cmp a notIn b isNot c in_ d)"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("lambda x, y=1, *a, k, **kw: x", "(lambda [[]/[\"x\", \"y\"]*a[\"k\"]**kw] x)"),
        ("lambda a, /, b: a", "(lambda [[\"a\"]/[\"b\"]*[]**] a)"),
        ("(y := f(x))", "(:= y (call f x))"),
        ("a[1:2, ::3]", "(sub a (tuple (slice 1 2 _) (slice _ _ 3)))"),
        ("a[:]", "(sub a (slice _ _ _))"),
        ("a[*b]", "(sub a (tuple *b))"),
        ("f(*a, b, *c, k=1, **d)", "(call f *a b *c k=1 **d)"),
        ("f(x for x in y)", "(call f (genexp x for x in y))"),
        ("[x * y for x in a if x for y in b if y if x]", "(listcomp (mul x y) for x in a if x for y in b if y if x)"),
        ("{k: v for k, v in d}", "(dictcomp k v for (tuple k v) in d)"),
        ("{*a, b}", "{set *a b}"),
        ("{**a, 'b': 1}", "{**:a \"b\":1}"),
        ("a.b[c](d).e", "(. (call (sub (. a b) c) d) e)"),
        ("await x ** 2", "(pow (await x) 2)"),
        ("-a.b", "(neg (. a b))"),
        ("~-+x", "(invert (neg (pos x)))"),
        ("x, *y", "(tuple x *y)"),
        ("()", "(tuple)"),
        ("(1,)", "(tuple 1)"),
        ("...", "..."),
    ])
    func precedence(_ source: String, _ expected: String) throws {
        #expect(try expr(source) == expected)
    }

    @Test(arguments: [
        ("123", "123"),
        ("1_000_000", "1000000"),
        ("0x_ff", "255"),
        ("0o17", "15"),
        ("0b1010", "10"),
        ("123456789012345678901234567890", "big:123456789012345678901234567890"),
        ("0xffffffffffffffffffff", "big:0xffffffffffffffffffff"),
        ("1.5e-3", "0.0015"),
        ("1.", "1.0"),
        (".5", "0.5"),
        ("1_0.5", "10.5"),
        ("1e400", "inf"),
        ("3j", "3.0j"),
        ("'a' \"b\" '''c'''", "\"abc\""),
        (#"'\x41\u00e9\N{BULLET}\101\n\\'"#, #""Aé•A\n\\""#),
        (#"r'\n\''"#, #""\\n\\\'""#),
        ("b'a\\x00'", "b[97, 0]"),
        ("'\\q'", #""\\q""#),
    ])
    func literals(_ source: String, _ expected: String) throws {
        #expect(try expr(source) == expected)
    }

    @Test(arguments: [
        ("f'a{x!r:>{w}}b{{c}}'", #"f["a",{x!r:f[">",{w}]},"b{c}"]"#),
        ("f'{x=}'", #"f[{x doc="x="!r}]"#),
        ("f'{ x = :>3}'", #"f[{x doc=" x = ":f[">3"]}]"#),
        ("f'{x:%H:%M}'", #"f[{x:f["%H:%M"]}]"#),
        ("'a' f'{b}' 'c'", #"f["a",{b},"c"]"#),
        ("f'{a[\"b\"]}'", #"f[{(sub a "b")}]"#),
        ("f'{x:{y}.{z}}'", #"f[{x:f[{y},".",{z}]}]"#),
        ("rf'\\{x}'", #"f["\\",{x}]"#),
    ])
    func fstrings(_ source: String, _ expected: String) throws {
        #expect(try expr(source) == expected)
    }

    @Test func fstringFieldPositionsAreOnTheStringsLine() throws {
        let m = try parse("x = 1\ny = f'ab{zz}'\n")
        guard case .assign(_, let v) = m.body[1].kind, case .fstring(let parts) = v.kind,
              case .field(let e, _, _, _) = parts[1] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(e.pos == SourcePos(line: 2, col: 10))
        #expect(e.end == SourcePos(line: 2, col: 12))
    }

    @Test func importForms() throws {
        let m = try parse("import a.b as c, d\nfrom ..pkg.mod import (x as y, z,)\nfrom m import *\nfrom . import q\n")
        guard case .importModules(let a) = m.body[0].kind, case .importFrom(let mod, let level, let names) = m.body[1].kind,
              case .importFrom(let m2, 0, let star) = m.body[2].kind, case .importFrom("", 1, let rel) = m.body[3].kind else {
            Issue.record("import shapes")
            return
        }
        #expect(a.map(\.name) == ["a.b", "d"] && a[0].asName == "c" && a[1].asName == nil)
        #expect(mod == "pkg.mod" && level == 2 && names.map(\.name) == ["x", "z"] && names[0].asName == "y")
        #expect(m2 == "m" && star.isEmpty && rel.map(\.name) == ["q"])
    }

    @Test func statements() throws {
        let src = """
        @dec
        def f(a, b=1, *args, c, d=2, **kw):
            global g
            if a:
                return b
            elif c:
                pass
            else:
                del a[0], b.c
            for i, *j in range(3):
                continue
            else:
                x = y = 1
            while x: break
            try:
                raise E from None
            except (A, B) as e:
                x += 1
            except:
                x: int = 2
            finally:
                assert x, "m"
        class C: pass
        import os
        with a as b: pass
        async def g(): await x
        match x:
            case 1:
                pass
        y = 0
        """
        let m = try parse(src)
        #expect(m.body.count == 7)
        guard case .functionDef(let f) = m.body[0].kind else { Issue.record("no def"); return }
        #expect(f.name == "f" && f.decorators.count == 1 && m.body[0].pos == SourcePos(line: 2, col: 1))
        #expect(f.params.args.map(\.name) == ["a", "b"] && f.params.vararg == "args")
        #expect(f.params.kwOnly.map(\.name) == ["c", "d"] && f.params.kwarg == "kw")
        #expect(f.body.count == 5)
        guard case .ifStmt(_, _, let orElse) = f.body[1].kind, orElse.count == 1,
              case .ifStmt(_, _, let inner) = orElse[0].kind, inner.count == 1, case .del(let ts) = inner[0].kind else {
            Issue.record("elif shape")
            return
        }
        #expect(ts.count == 2)
        guard case .tryStmt(_, let handlers, _, let fin) = f.body[4].kind else { Issue.record("try"); return }
        #expect(handlers.count == 2 && handlers[0].name == "e" && handlers[1].type == nil && fin.count == 1)
        let features = m.body[1...5].map { s -> String in
            switch s.kind {
            case .unsupported(let name): return name
            case .classDef(let cd): return "class \(cd.name)"
            case .with(let items, _): return "with \(items.count)"
            case .match(_, let cases): return "match \(cases.count)"
            case .importModules(let aliases): return "import " + aliases.map(\.name).joined(separator: ",")
            default: return "?"
            }
        }
        #expect(features.count == 5 && features[1] == "import os" && features[3] == "async functions"
                && features[4] == "match 1")
        #expect(features[0].hasPrefix("class ") && features[2].hasPrefix("with "))
        #expect(m.body[6].pos == SourcePos(line: 30, col: 1))
    }

    @Test func matchPatterns() throws {
        let m = try parse("match a, b:\n    case [x, *_] | {'k': v, **r} | C(1, y=z) as w if w:\n        pass\n    case -1 | 2 - 3j | K.V | None | _:\n        pass\n")
        guard case .match(let subject, let cases) = m.body[0].kind, cases.count == 2 else { Issue.record("match"); return }
        #expect(show(subject) == "(tuple a b)")
        #expect(cases[0].guardTest != nil && cases[1].guardTest == nil)
        guard case .capture(let inner?, let name) = cases[0].pattern.kind, name == "w",
              case .or(let alts) = inner.kind, alts.count == 3 else { Issue.record("as/or"); return }
        guard case .sequence(let items) = alts[0].kind, items.count == 2, case .star(nil) = items[1].kind else {
            Issue.record("sequence"); return
        }
        guard case .mapping(let keys, _, let rest) = alts[1].kind, keys.count == 1, rest == "r" else {
            Issue.record("mapping"); return
        }
        guard case .classPattern(_, let args, let kws, _) = alts[2].kind, args.count == 1, kws == ["y"] else {
            Issue.record("class"); return
        }
        guard case .or(let lits) = cases[1].pattern.kind, lits.count == 5,
              case .value = lits[0].kind, case .value = lits[1].kind, case .value = lits[2].kind,
              case .singleton = lits[3].kind, case .capture(nil, nil) = lits[4].kind else { Issue.record("literals"); return }
    }

    @Test func assignments() throws {
        let m = try parse("a, *b = c = d\nx[0] **= 2\nv: list[int]\n")
        guard case .assign(let targets, let value) = m.body[0].kind else { Issue.record("assign"); return }
        #expect(targets.map(show) == ["(tuple a *b)", "c"] && show(value) == "d")
        guard case .augAssign(let t, let op, _) = m.body[1].kind else { Issue.record("aug"); return }
        #expect(show(t) == "(sub x 0)" && op == .pow)
        guard case .annAssign(_, let ann, let v) = m.body[2].kind else { Issue.record("ann"); return }
        #expect(show(ann) == "(sub list int)" && v == nil)
    }

    @Test func newlinesAndLineJoining() throws {
        let m = try parse("x = (1 +\r\n  2)\r\ny = 3 \\\n  + 4\rz = '''a\r\nb'''\n\n# c\n   \n")
        #expect(m.body.count == 3)
        #expect(m.body[2].pos == SourcePos(line: 5, col: 1))
        guard case .assign(_, let z) = m.body[2].kind else { Issue.record("z"); return }
        #expect(show(z) == #""a\nb""#)
    }
}

// MARK: - Syntax errors against python3

/// Bad programs; python3 decides the expected (type, msg, lineno, offset, end_offset).
private let badPrograms: [[UInt8]] = [
    "x = (1 +\n$)", "$", "a €", "x = 1 \\ y", "x = 1 + \\", "(1,\n2", "print \"hi\"", String(repeating: "[", count: 200),
    String(repeating: "(", count: 201), "x = 1\n  y = 2", "if x:\n    a\n  b", "if x:\npass", "for x in y:\n  pass\nfor x in y:\nz",
    "if 1:\n\tpass\n        pass", "é + $", "x = 1 +", "x = (1 +", "x = (1 + 2]", "x = 1)", "if x\n  pass", "f(a b)",
    "x = [1 2]", "try:\n  pass\nx = 1", "try:\n  pass", "1 = x", "f() = 1", "a + b = 1", "(a, b) += 1", "del 1",
    "def f(a=1, b): pass", "f(a=1, b)", "def f(x, x): pass", "f\"{}\"", "f\"{x\"", "f\"}\"", "x = 1e", "x = 0777", "x = 0xg",
    "x = 1_", "x = 1a", "\"abc", "\"\"\"abc\n\nx", "x = 0b2", "x, f() = 1", "f(), x = 1", "True = 1", "f() += 1",
    "for f() in x: pass", "[x for 1 in y]", "*a = 1", "x = (yield) = 1", "(x) := 1", "if x = 1: pass", "f(a.b=1)",
    "f(**a, *b)", "f(**a, b)", "f(x for x in y, 1)", "def f(x) 1", "def f:", "x := 1", "f(x=1, x=2)", "(a b c)",
    "{1: 2 3}", "a = 1 if b", "def f(*): pass", "lambda *: 0", "def f(*a=1): pass", "def f(a, /, b, /): pass", "x = *a",
    "a, *b, *c = x", "x = {**a, b}", "try:\n  pass\nexcept A, B:\n  pass", "f\"{x!z}\"", "f\"{:x}\"", "f\"{x:{y:{z}}}\"",
    "f\"{x#}\"", "f\"{x)}\"", "f\"{x +}\"", "f\"{1_}\"", "f\"{x y}\"", "f'{a['b']}'", "\"\\x4\"", "\"\\N{foo}\"",
    "\"a\" b\"c\"", "b\"é\"", "x = 1\n\u{01}", "if x:\n  pass\n else: pass", "x = [1,\n 2\n 3]", "(\nx = 1 $ 2\n",
    "x = 1 $ 2\ny = \"abc", "[*a for a in b]", "{**a for a in b}", "lambda x x: 1", "else: pass", "class A\n  pass",
    "def f():\n    x = 1\n\n    # c\n  y = 2", "x = \"abc\\",
    "if True:\n" + (1..<100).map { String(repeating: " ", count: $0) + "if 1:\n" }.joined() + String(repeating: " ", count: 100) + "pass\n",
].map { Array($0.utf8) } + [
    [0x78, 0x20, 0x3D, 0x20, 0x31, 0xFF], [0xFF, 0x78], [0x78, 0xC3], [0x78, 0x3D, 0x31, 0x0A, 0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0x78, 0x00], [0xEF, 0xBB, 0xBF, 0x78, 0x20, 0x24],
]

private let oracleScript = """
import sys, json
for line in sys.stdin:
    b = bytes.fromhex(line.strip())
    arg = b
    if not b.startswith(b'\\xef\\xbb\\xbf'):
        try:
            arg = b.decode('utf-8')
        except UnicodeDecodeError:
            pass
    try:
        compile(arg, '<string>', 'exec')
        r = ['OK']
    except SyntaxError as e:
        r = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_offset if e.end_offset is not None else 0]
    except Exception as e:
        r = [type(e).__name__, str(e)]
    print(json.dumps(r), flush=True)
"""

/// Runs python3 on the programs; nil when python3 is not available.
private func pythonVerdicts(_ programs: [[UInt8]]) -> [[Any]]? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", oracleScript]
    let input = Pipe(), output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let text = programs.map { $0.map { String(format: "%02x", $0) }.joined() }.joined(separator: "\n") + "\n"
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return nil }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    return lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any] }
}

@Suite struct ParserErrorTests {
    @Test func syntaxErrorsMatchPython() throws {
        guard let verdicts = pythonVerdicts(badPrograms), verdicts.count == badPrograms.count else {
            Issue.record("python3 is needed as the oracle for this test")
            return
        }
        var mismatches: [String] = []
        for (program, verdict) in zip(badPrograms, verdicts) {
            let source = String(decoding: program, as: UTF8.self).debugDescription
            let got = parseError(program)
            guard let kind = verdict.first as? String else { continue }
            if kind == "OK" {
                if let g = got { mismatches.append("\(source): python OK, got \(g.message)") }
                continue
            }
            guard verdict.count == 5, let msg = verdict[1] as? String, let line = verdict[2] as? Int,
                  let offset = verdict[3] as? Int, let endOffset = verdict[4] as? Int else { continue }
            guard let g = got else {
                mismatches.append("\(source): python \(kind) \(msg), we parsed it")
                continue
            }
            let want = "\(kind): \(msg) @\(line):\(offset)-\(endOffset)"
            let have = "\(g.typeName): \(g.message) @\(g.line):\(g.col)-\(g.endCol)"
            if want != have { mismatches.append("\(source)\n  python: \(want)\n  pyrust: \(have)") }
        }
        let report = "\(mismatches.count) of \(badPrograms.count):\n" + mismatches.joined(separator: "\n")
        #expect(mismatches.isEmpty, Comment(rawValue: report))
    }

    @Test func nulBytesHaveNoLocation() {
        let e = parseError([0x31, 0x00])
        #expect(e?.message == "source code string cannot contain null bytes" && e?.line == 0)
    }
}

// MARK: - Nesting limits

/// Parses on a thread with a 512 KB stack, as a host thread might have (debug builds use far
/// bigger frames, so they get more).
private func parseOnSmallStack(_ source: [UInt8]) -> String {
    final class Box: @unchecked Sendable { var result = "" }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let t = Thread {
        if let e = parseError(source) { box.result = "\(e.typeName): \(e.message)" } else { box.result = "OK" }
        done.signal()
    }
    #if DEBUG
    t.stackSize = 64 * 1024 * 1024
    #else
    t.stackSize = 512 * 1024
    #endif
    t.start()
    done.wait()
    return box.result
}

private func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

/// Deeply nested programs, by name (the names keep test output readable).
private let deepPrograms: [String: (String, String)] = [
    "unary minus x100000": (repeated("-", 100_000) + "1", "RecursionError"),
    "not x100000": (repeated("not ", 100_000) + "1", "RecursionError"),
    "power x100000": (repeated("2**", 100_000) + "1", "RecursionError"),
    "sum of 100000": ("1" + repeated("+1", 100_000), "RecursionError"),
    "attributes x100000": ("a" + repeated(".b", 100_000), "RecursionError"),
    "conditional x100000": (repeated("1 if 1 else ", 100_000) + "1", "RecursionError"),
    "lambda bodies x100000": (repeated("lambda:", 100_000) + "1", "RecursionError"),
    "lambda defaults x100000": (repeated("lambda x=", 100_000) + "1", "RecursionError"),
    "parentheses x200": (repeated("(", 200) + repeated(")", 200), "OK"),
    "calls x199": (repeated("f(", 199) + repeated(")", 199), "OK"),
    "dicts x199": (repeated("{1:", 199) + "1" + repeated("}", 199), "OK"),
    "lists x200 in lambdas": (repeated("[lambda x=", 150) + "1" + repeated(":x]", 150), "OK"),
    "open parentheses x100000": (repeated("(", 100_000), "SyntaxError"),
    "f-strings x100": (repeated("f'{", 100) + "1" + repeated("}'", 100), "SyntaxError"),
]

@Suite struct ParserLimitTests {
    @Test(arguments: Array(deepPrograms.keys).sorted())
    func deepNestingFailsCleanly(_ name: String) {
        guard let (source, expected) = deepPrograms[name] else { return }
        let r = parseOnSmallStack(Array(source.utf8))
        #expect(r.hasPrefix(expected), Comment(rawValue: r))
    }

    @Test func indentationDepth() {
        let src = (0..<101).map { repeated(" ", $0) + "if 1:\n" }.joined() + repeated(" ", 101) + "pass\n"
        #expect(parseOnSmallStack(Array(src.utf8)) == "IndentationError: too many levels of indentation")
    }
}
