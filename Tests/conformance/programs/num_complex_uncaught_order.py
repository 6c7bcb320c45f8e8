# ordering comparisons of complex numbers are TypeErrors
values = [3j, 1 + 1j]
print(values)
values.sort()
