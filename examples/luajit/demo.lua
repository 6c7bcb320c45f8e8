-- pyrust from LuaJIT through its FFI: the declarations come from include/pyrust_ffi.h (the
-- preprocessor-free copy of pyrust.h), the library from the path given or the loader's path.
-- Runs programs with pyrust_run (output and errors from the result struct, never from
-- pyrust_last_error), a context with inputs and the value back as JSON, a run limit, and the
-- cache statistics. Checks every answer: exits non-zero on the first wrong one.
--   luajit examples/luajit/demo.lua [path/to/libpyrust.so]
local ffi = require("ffi")

local here = debug.getinfo(1, "S").source:match("^@(.*)/[^/]*$") or "."
local header = assert(io.open(here .. "/../../include/pyrust_ffi.h", "r"))
ffi.cdef(header:read("*a"))
header:close()
local pyrust = ffi.load(arg[1] or "libpyrust.so.0")

local failures = 0
local function expect(what, got, want)
    local shown = tostring(got):gsub("\n", "\\n")
    if got == want then
        print(string.format("  %-34s %s", what, shown))
    else
        failures = failures + 1
        print(string.format("  %-34s %s   !! want %s", what, shown, tostring(want)))
    end
end

-- One run: a Lua table with the result's fields (copied, then the result is freed).
local function run(code, flags, limits)
    local r = ffi.new("pyrust_result")
    if limits then
        pyrust.pyrust_run_ex(code, #code, flags or 0, limits, r)
    else
        pyrust.pyrust_run(code, #code, flags or 0, r)
    end
    local t = {
        status = r.status,
        output = ffi.string(r.output, r.output_len),
        error_type = r.error_type ~= nil and ffi.string(r.error_type) or nil,
        error_message = r.error_message ~= nil and ffi.string(r.error_message) or nil,
        line = r.error_line,
    }
    pyrust.pyrust_result_free(r)
    return t
end

print("pyrust " .. ffi.string(pyrust.pyrust_version()) .. " from " .. jit.version)

print("programs:")
local r = run("print('hi')\nsum(x * x for x in range(10))", pyrust.PYRUST_RUN_CACHED)
expect("output", r.output, "hi\n285")
expect("status", r.status, pyrust.PYRUST_OK)

print("errors come back in the result:")
r = run("x = 1\nx / 0")
expect("status", r.status, pyrust.PYRUST_ERROR)
expect("error", (r.error_type or "?") .. ": " .. (r.error_message or "?"), "ZeroDivisionError: division by zero")
expect("line", r.line, 2)

print("a limit stops a run:")
local limits = ffi.new("pyrust_limits")
limits.size = ffi.sizeof("pyrust_limits")
limits.max_instructions = 100000
r = run("while True:\n    pass", 0, limits)
expect("status", r.status, pyrust.PYRUST_LIMIT_EXCEEDED)
expect("error type", r.error_type, "LimitExceeded")

print("a context with inputs, the value back as JSON:")
local ctx = pyrust.pyrust_context_new(nil)
local inputs = pyrust.pyrust_inputs_new()
assert(pyrust.pyrust_inputs_set_all_json(inputs, '{"prices": [3.5, 2, 10], "rate": 0.2}') == 0)
local code = "total = sum(prices)\n{'total': total, 'tax': round(total * rate, 2)}"
local out = ffi.new("pyrust_result")
for _ = 1, 3 do   -- cached: compiled once, run three times with the same inputs
    pyrust.pyrust_context_run(ctx, code, #code, pyrust.PYRUST_RUN_CACHED, inputs, out)
    expect("result_json", out.result_json ~= nil and ffi.string(out.result_json, out.result_json_len) or "NULL",
           '{"total": 15.5, "tax": 3.1}')
    pyrust.pyrust_result_free(out)
end
local stats = ffi.new("pyrust_cache_stats")
pyrust.pyrust_context_cache_stats(ctx, stats)
expect("cache hits, misses", tonumber(stats.hits) .. ", " .. tonumber(stats.misses), "2, 1")
pyrust.pyrust_inputs_free(inputs)
pyrust.pyrust_context_free(ctx)

if failures > 0 then
    print(failures .. " wrong answers")
    os.exit(1)
end
print("all answers right")
