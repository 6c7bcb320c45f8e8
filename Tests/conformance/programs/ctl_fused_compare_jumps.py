# Comparisons feeding a branch, and small-int arithmetic, on every kind of operand.
def classify(v):
    if v < 2:
        return "small"
    elif v == 2:
        return "two"
    if v >= 100:
        return "big"
    return "mid"
for v in [0, 1, 2, 3, 99, 100, 10**20, -10**20, 1.5, 2.0, True, False]:
    print(v, classify(v))
for s in ["a", "b"]:
    if s < "b":
        print(s, "before b")
    if s != "a":
        print(s, "not a")
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x - -1)
y = 1.5
y += 1
print(y, y * 2, y - 1)
z = [1]
z += [2]
z = z * 2
print(z)
t = "ab"
t *= 3
print(t)
w = 0
while w < 5:
    w += 1
print(w)
try:
    if "a" < 1:
        pass
except TypeError as e:
    print("TypeError:", e)
