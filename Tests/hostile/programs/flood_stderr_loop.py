import sys
while True:
    print('z' * 1000, file=sys.stderr)
