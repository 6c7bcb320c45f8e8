# program: dynamic programming tables (edit distance, LCS, knapsack, coins)
from functools import lru_cache

SIZE = 1

WORDS = ("kitten sitting saturday sunday rosettacode raisethysword intention execution "
         "algorithm altruistic levenshtein meilenstein distance instance").split()


def make_rng(seed):
    state = [seed]

    def rand(n):
        state[0] = (state[0] * 48271) % 2147483647
        return state[0] % n
    return rand


def random_text(rand, n, alphabet="ACGT"):
    return "".join(alphabet[rand(len(alphabet))] for _ in range(n))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def edit_script(a, b):
    """Full table plus backtrace, returning the list of operations."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append("=" if a[i - 1] == b[j - 1] else f"~{b[j - 1]}")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"-{a[i - 1]}")
            i -= 1
        else:
            ops.append(f"+{b[j - 1]}")
            j -= 1
    return d[n][m], ops[::-1]


def lcs(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = t[i], t[i + 1]
        for j in range(m - 1, -1, -1):
            row[j] = below[j + 1] + 1 if a[i] == b[j] else max(below[j], row[j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    take = [[False] * (capacity + 1) for _ in items]
    for k, (weight, value) in enumerate(items):
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight] + value
            if cand > best[c]:
                best[c] = cand
                take[k][c] = True
    chosen, c = [], capacity
    for k in range(len(items) - 1, -1, -1):
        if take[k][c]:
            chosen.append(k)
            c -= items[k][0]
    return best[capacity], sorted(chosen)


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    return ways[amount]


def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for v in range(1, amount + 1):
        dp[v] = min((dp[v - c] + 1 for c in coins if c <= v), default=INF)
    return dp[amount] if dp[amount] != INF else -1


@lru_cache(maxsize=None)
def partitions(n, k):
    """Number of partitions of n into parts of size at most k (memoised recursion)."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def main():
    rand = make_rng(2024)
    pairs = [(WORDS[i], WORDS[i + 1]) for i in range(0, len(WORDS) - 1, 2)]
    for a, b in pairs[:4]:
        dist, ops = edit_script(a, b)
        print(f"{a:>14} -> {b:<14} d={dist} ops={''.join(o[0] for o in ops)}")

    dna = [random_text(rand, 48 * SIZE) for _ in range(6)]
    dists = [edit_distance(dna[i], dna[j]) for i in range(len(dna)) for j in range(i + 1, len(dna))]
    print("dna pairwise distances:", dists)
    common = lcs(dna[0], dna[1])
    print(f"lcs(dna0, dna1) len={len(common)} head={common[:20]}")
    s1 = random_text(rand, 120, "abcdefgh")
    s2 = random_text(rand, 110, "abcdefgh")
    print("lcs letters:", len(lcs(s1, s2)), "edit:", edit_distance(s1, s2))

    items = [(1 + rand(30), 1 + rand(100)) for _ in range(40)]
    for cap in (50, 120, 200):
        value, chosen = knapsack(items, cap)
        weight = sum(items[k][0] for k in chosen)
        print(f"knapsack cap={cap}: value={value} weight={weight} items={len(chosen)}")

    coins_eu = [1, 2, 5, 10, 20, 50, 100, 200]
    print("ways to make 2.00:", coin_ways(coins_eu, 200), " 5.00:", coin_ways(coins_eu, 500))
    odd = [7, 11, 13, 29]
    print("min coins:", [min_coins(odd, v) for v in (1, 30, 97, 250, 499)])
    print("partitions:", [partitions(n, n) for n in (10, 40, 80, 120)])
    print("cache:", partitions.cache_info().currsize > 0)


if __name__ == "__main__":
    main()
