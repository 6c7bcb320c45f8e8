d = {}
d[[1, 2]] = 'list key'
