while True:
    print(end='')
