a = 7
b = 0
c = a // b
