# row: global variable reads and writes
COUNTER = 0
SCALE = 3
LIMIT = 1000


def bench():
    global COUNTER
    total = 0
    for i in range(27000):
        COUNTER += SCALE
        if COUNTER > LIMIT:
            COUNTER -= LIMIT
        total += COUNTER + SCALE
    return total, COUNTER

print(bench())
