x = 1; ((x + 1))  # comment ( with a paren
