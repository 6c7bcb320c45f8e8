a = [1]
while True:
    a.extend(a)
