# `s += t` stored back into the same local appends in place when the local holds the only
# reference: aliases, lists, dict keys and constants must keep the old value.
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
        s += str(i % 10)
    return s
print(build(0, "x"), build(3, "é"), len(build(200, "ab")), build(5, "日本")[-7:])
def aliases():
    s = "start"
    kept, d = [], {}
    for i in range(5):
        t = s
        kept.append(s)
        d[s] = i
        s += "-" + str(i)
        s = s + "!"
        print(t, s, len(s), hash(s) == hash("".join(list(s))), t in d, s in d)
    print(kept)
aliases()
def self_add():
    s, u, e = "ab", "ü", ""
    for _ in range(4):
        s += s
    u += u; u += ""; e += ""
    return s, len(s), u, len(u), e
print(self_add())
class S(str):
    pass
def others():
    s, r, a = S("sub"), "a", "a"
    s += "x"
    r += S("b")
    try:
        a += 1
    except TypeError as e:
        print(e, a)
    return type(s).__name__, s, type(r).__name__, r
print(others())
