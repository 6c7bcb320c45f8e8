x = 2.0
print(x ** 100)
print(x ** 10000)
