# an uncaught complex division by zero ends the program
z = 1 + 2j
print(z / 2)
w = z / (0 + 0j)
print(w)
