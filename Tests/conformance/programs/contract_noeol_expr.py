print("no newline at end of file")
[1, 2.5, 'x', None, True, (3,)]