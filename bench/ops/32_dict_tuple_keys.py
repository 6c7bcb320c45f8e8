# row: dict with tuple keys
def bench():
    grid = {}
    for x in range(20):
        for y in range(20):
            grid[(x, y)] = x * y
    total = 0
    for r in range(22):
        for x in range(1, 19):
            for y in range(1, 19):
                total += grid[(x - 1, y)] + grid[x, y + 1]
                grid[(x, y)] = total & 255
    return total, len(grid), (5, 5) in grid, (50, 5) in grid

print(bench())
