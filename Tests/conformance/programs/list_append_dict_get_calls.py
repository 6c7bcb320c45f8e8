# list.append and dict.get: the common calls and every way of getting them wrong.
xs = []
for i in range(5):
    xs.append(i * i)
xs.append(xs)
print(len(xs), xs[:5], xs[5] is xs)
d = {"a": 1, (1, 2): "t"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get((1, 2)), d.get(1.0, "none"))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
def attempt(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: xs.append())
attempt(lambda: xs.append(1, 2))
attempt(lambda: xs.append(x=1))
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.get([1]))
attempt(lambda: d.get(key="a"))
attempt(lambda: "s".append(1))
attempt(lambda: (1,).append(2))
attempt(lambda: [].get(1))
g = d.get
a = xs.append
a(99)
print(g("a"), xs[-1])
