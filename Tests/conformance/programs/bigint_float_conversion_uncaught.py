big = 10 ** 400
f = float(big)
