# program: N-queens counting, pancake flips and a sliding puzzle search
from collections import deque
from itertools import permutations

QUEENS_N = 8
FLIP_N = 7


def count_queens(n):
    """Backtracking with sets for columns and both diagonals."""
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)

    place(0)
    return solutions


def count_queens_bits(n):
    full = (1 << n) - 1

    def solve(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return solve(0, 0, 0)


def canonical(solution):
    n = len(solution)
    boards = []
    s = list(solution)
    for _ in range(4):
        # rotate 90 degrees: new[c] = n-1-r where old[r] = c
        rot = [0] * n
        for r, c in enumerate(s):
            rot[c] = n - 1 - r
        s = rot
        boards.append(tuple(s))
        boards.append(tuple(reversed(s)))
    return min(boards)


def flip_count(perm):
    """Repeatedly reverse the prefix whose length is the first element, until it is 0."""
    p = list(perm)
    flips = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def flip_survey(n):
    checksum = 0
    best = (0, ())
    histogram = {}
    for idx, perm in enumerate(permutations(range(n))):
        f = flip_count(perm)
        checksum += f if idx % 2 == 0 else -f
        histogram[f] = histogram.get(f, 0) + 1
        if f > best[0]:
            best = (f, perm)
    return checksum, best, histogram


GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
MOVES = {0: (1, 3), 1: (0, 2, 4), 2: (1, 5), 3: (0, 4, 6), 4: (1, 3, 5, 7),
         5: (2, 4, 8), 6: (3, 7), 7: (4, 6, 8), 8: (5, 7)}


def slide_bfs(start, limit=60000):
    seen = {start: None}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        if state == GOAL:
            path = []
            while state is not None:
                path.append(state)
                state = seen[state]
            return len(path) - 1, len(seen)
        if len(seen) > limit:
            break
        z = state.index(0)
        for nz in MOVES[z]:
            s = list(state)
            s[z], s[nz] = s[nz], s[z]
            t = tuple(s)
            if t not in seen:
                seen[t] = state
                queue.append(t)
    return None, len(seen)


def scramble(state, steps, seed):
    x = seed
    prev = None
    for _ in range(steps):
        z = state.index(0)
        options = [m for m in MOVES[z] if m != prev]
        x = (x * 214013 + 2531011) % 2 ** 32
        nz = options[(x >> 16) % len(options)]
        s = list(state)
        s[z], s[nz] = s[nz], s[z]
        state, prev = tuple(s), z
    return state


def main():
    sols = count_queens(QUEENS_N)
    unique = {canonical(s) for s in sols}
    print(f"{QUEENS_N}-queens: {len(sols)} solutions, {len(unique)} distinct up to symmetry")
    print(f"first: {sols[0]}, last: {sols[-1]}")
    print("bitmask counts:", [count_queens_bits(k) for k in range(4, QUEENS_N + 2)])
    row = sols[len(sols) // 2]
    for r in range(3):
        print("  " + " ".join("Q" if row[r] == c else "." for c in range(QUEENS_N)))

    checksum, (most, perm), hist = flip_survey(FLIP_N)
    print(f"flips n={FLIP_N}: checksum {checksum}, max {most} at {list(perm)}")
    print("flip histogram:", ", ".join(f"{k}:{v}" for k, v in sorted(hist.items())))

    for seed in (3, 17):
        start = scramble(GOAL, 12, seed)
        dist, explored = slide_bfs(start)
        print(f"8-puzzle {''.join(map(str, start))}: {dist} moves, {explored} states seen")


main()
