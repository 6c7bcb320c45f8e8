x = 3
if x > 2:
    x + 100
