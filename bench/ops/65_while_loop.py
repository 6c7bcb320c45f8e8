# row: while loop with counters
def bench():
    total = 0
    i = 0
    j = 100
    while i < 23000:
        if j > 0:
            j -= 1
        else:
            j = 100
        total += i - j
        i += 1
    return total

print(bench())
