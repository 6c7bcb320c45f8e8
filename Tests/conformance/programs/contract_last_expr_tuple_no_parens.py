v = 3
v, v * 2, 'x'
