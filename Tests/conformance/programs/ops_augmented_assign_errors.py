# A failing augmented assignment names the operator as `op=`; plain operators do not.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)
def pow_str():
    q = 2
    q **= 'a'
def sub_str():
    q = 's'
    q -= 1
def shift_float():
    q = 1
    q <<= 1.5
def or_float():
    q = 1.5
    q |= 1
def add_none():
    q = None
    q += 1
for label, f in [("**=", pow_str), ("-=", sub_str), ("<<=", shift_float), ("|=", or_float), ("+=", add_none)]:
    attempt(label, f)
attempt("-", lambda: "a" - 1)
attempt("**", lambda: 2 ** "a")
q = (1,)
try:
    q += [2]
except TypeError as e:
    print("TypeError:", e)
