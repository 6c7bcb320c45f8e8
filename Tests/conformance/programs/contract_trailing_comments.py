x = [1, 2]
x + [3]
# a comment after the last expression
