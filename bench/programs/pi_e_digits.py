# program: digits of pi and e with big integers
from collections import Counter

DIGITS = 1200          # digits via Machin / series
SPIGOT_DIGITS = 300    # digits via the streaming spigot (cross-check)
GUARD = 10


def arctan_inv(x, unity):
    """arctan(1/x) * unity, computed with the Taylor series in integers."""
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_machin(digits):
    unity = 10 ** (digits + GUARD)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** GUARD


def pi_stormer(digits):
    # pi/4 = 44 atan(1/57) + 7 atan(1/239) - 12 atan(1/682) + 24 atan(1/12943)
    unity = 10 ** (digits + GUARD)
    s = (44 * arctan_inv(57, unity) + 7 * arctan_inv(239, unity)
         - 12 * arctan_inv(682, unity) + 24 * arctan_inv(12943, unity))
    return (4 * s) // 10 ** GUARD


def e_series(digits):
    unity = 10 ** (digits + GUARD)
    total = 0
    term = unity
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** GUARD


def pi_spigot():
    """Gibbons' unbounded spigot, written as a generator of decimal digits."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def sqrt2_digits(digits):
    return isqrt_newton(2 * 10 ** (2 * digits))


def describe(name, value, digits):
    s = str(value)
    head = s[0] + "." + s[1:41]
    body = s[1:digits + 1]
    freq = Counter(body)
    checksum = 0
    for ch in body:
        checksum = (checksum * 10 + int(ch)) % 998244353
    weighted = sum((i + 1) * int(ch) for i, ch in enumerate(body)) % 1000003
    print(f"{name}: {head}...")
    print(f"  last 20: {body[-20:]}  digit sum={sum(map(int, body))}"
          f" checksum={checksum} weighted={weighted}")
    print("  freq:", " ".join(f"{d}:{freq[d]}" for d in "0123456789"))
    return body


def longest_run(s):
    best, best_ch, cur = 1, s[0], 1
    for a, b in zip(s, s[1:]):
        cur = cur + 1 if a == b else 1
        if cur > best:
            best, best_ch = cur, b
    return best, best_ch


def main():
    pi = pi_machin(DIGITS)
    pi2 = pi_stormer(DIGITS)
    # the last couple of digits may differ due to truncation; compare a prefix
    agree = str(pi)[:DIGITS - 5] == str(pi2)[:DIGITS - 5]
    pi_body = describe("pi", pi, DIGITS - 5)
    print("  machin == stormer:", agree)

    gen = pi_spigot()
    spigot = "".join(str(next(gen)) for _ in range(SPIGOT_DIGITS))
    print("  spigot prefix matches:", spigot == str(pi)[:SPIGOT_DIGITS])

    e = e_series(DIGITS)
    e_body = describe("e", e, DIGITS - 5)

    r2 = sqrt2_digits(DIGITS)
    describe("sqrt2", r2, DIGITS - 5)

    print("feynman point at:", pi_body.find("999999") + 1)
    print("longest runs:", longest_run(pi_body), longest_run(e_body))
    common = sum(a == b for a, b in zip(pi_body, e_body))
    print("positions where pi and e agree:", common)
    mixed = int(pi_body[:60]) * int(e_body[:60])
    print("product bits:", mixed.bit_length(), "mod 97:", mixed % 97, "hex tail:", hex(mixed)[-12:])


if __name__ == "__main__":
    main()
