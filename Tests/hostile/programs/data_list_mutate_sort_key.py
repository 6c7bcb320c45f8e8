L = list(range(100))
def key(x):
    L.append(x)
    return x
try:
    L.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(L) >= 0)
