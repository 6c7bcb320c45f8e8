// pyrust_capabilities(): a JSON manifest of this build. The module list and each module's
// names come from importing every library module in a private context the first time it is
// asked for; every language feature carries a one-line example, and the tests run each
// example (supported ones must run, refused ones must fail naming the feature).

import CPyrustSupport
import Glibc

enum Capabilities {
    /// Built once per process (Swift's lazy static init is thread-safe); never freed.
    static let text: UnsafePointer<CChar> = {
        let json = build()
        return UnsafePointer(CText.copy(json) ?? strdup("{}")!)
    }()

    /// (feature, example) pairs that run.
    static let supported: [(String, String)] = [
        ("arithmetic", "print(2 ** 100 // 3, 7 / 2, -7 % 3)"),
        ("strings and f-strings", "x = 'py'; print(f'{x!r:>6}', x.upper())"),
        ("lists, tuples, dicts, sets", "print([1, 2][::-1], (1,), {'a': 1}, {3})"),
        ("comprehensions", "print([i * i for i in range(3)], {k: 1 for k in 'ab'})"),
        ("functions, closures, lambdas", "def f(a, *args, k=1, **kw):\n    return lambda: (a, args, k, kw)\nprint(f(1, 2, k=3)())"),
        ("classes and inheritance", "class A:\n    def m(self): return 'A'\nclass B(A): pass\nprint(B().m())"),
        ("properties and descriptors", "class C:\n    @property\n    def p(self): return 1\nprint(C().p)"),
        ("generators", "def g():\n    yield 1\n    yield from (2, 3)\nprint(list(g()))"),
        ("exceptions", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)"),
        ("with statements", "class M:\n    def __enter__(self): return 1\n    def __exit__(self, *a): pass\nwith M() as m: print(m)"),
        ("match statements", "match [1, 2]:\n    case [a, b]: print(a + b)"),
        ("imports", "import math\nfrom json import dumps\nprint(math.pi, dumps([1]))"),
        ("bytes and bytearray", "print(b'ab' + bytes(2), bytearray(b'x'))"),
        ("big integers", "print(2 ** 200)"),
        ("complex numbers", "import cmath\nprint(abs(3 + 4j), (1 + 2j) * 1j, cmath.sqrt(-1))"),
        ("walrus and star unpacking", "a, *b = [1, 2, 3]\nif (n := len(b)) > 1: print(a, b, n)"),
    ]

    /// (feature, example) pairs refused with an error that names the feature.
    static let refused: [(String, String)] = [
        ("async functions", "async def f(): pass"),
    ]

    private static func build() -> String {
        var out = "{\"name\": \"pyrust\", \"version\": \"\(String(cString: pyrust_version()))\", "
        out += "\"python\": \"3.11\", "
        out += "\"features\": {\"supported\": " + featureList(supported) + ", \"refused\": " + featureList(refused) + "}, "
        out += "\"modules\": {" + moduleEntries() + "}, "
        out += "\"limits\": [\"max_instructions\", \"timeout_ms\", \"max_output\", \"max_depth\", \"cancel\"], "
        out += "\"host\": {\"contexts\": true, \"inputs\": true, \"result_json\": true, \"values\": true, "
        out += "\"host_functions\": true, \"cfunction_codes\": \"vbcChHiIlLfds\", \"host_modules\": true, "
        out += "\"context_modules\": true, \"watched_globals\": true, \"output_callback\": true, "
        out += "\"script_mode\": true, \"interactive_sessions\": true, \"stage_timings\": true}, "
        out += "\"entry_points\": [" + entryPoints.map { quote($0) }.joined(separator: ", ") + "]}"
        return out
    }

    static let entryPoints = [
        "pyrust_execute", "pyrust_execute_cached", "pyrust_execute_shared", "pyrust_run", "pyrust_run_ex", "pyrust_context_run",
        "pyrust_context_new", "pyrust_context_add_function", "pyrust_context_add_cfunction",
        "pyrust_inputs_new", "pyrust_module_add", "pyrust_capabilities", "pyrust_context_set_output",
        "pyrust_context_set_program", "pyrust_context_set_session", "pyrust_context_timings",
    ]

    private static func featureList(_ list: [(String, String)]) -> String {
        "[" + list.map { "{\"name\": \(quote($0.0)), \"example\": \(quote($0.1))}" }.joined(separator: ", ") + "]"
    }

    /// "math": ["acos", ...] for every library module, names as dir() lists them (public ones).
    private static func moduleEntries() -> String {
        var entries: [String] = []
        guard let context = pyrust_context_new(nil) else { return "" }
        defer { pyrust_context_free(context) }
        for name in ModuleLibrary.names {
            let program = "import \(name) as m\nprint(', '.join('\"' + n + '\"' for n in dir(m) if not n.startswith('_')), end='')"
            var result = pyrust_support_result_ext()
            _ = program.withCString { pyrust_context_run(context, $0, strlen($0), 0, nil, &result) }
            var names = ""
            if result.base.status == 0, let out = result.base.output {
                names = String(cString: out)     // "a", "b", ... (names are identifiers)
            }
            withUnsafeMutablePointer(to: &result) { p in
                p.withMemoryRebound(to: pyrust_support_result.self, capacity: 1) { pyrust_result_free($0) }
            }
            entries.append("\(quote(name)): [\(names)]")
        }
        return entries.joined(separator: ", ")
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
