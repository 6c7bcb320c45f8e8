x = 5
print(-x, +x, ~x, not x, - -x, -+-x, ~~x, not not x)
print(-5.5, +5.5, -0.0, +(-0.0), -True, +True, ~True, ~False)
print(-(2 ** 100), +(2 ** 100), ~(2 ** 100), -(-(2 ** 100)))
print(-float('inf'), -(1e308 * 10), abs(-7), -abs(-7))
