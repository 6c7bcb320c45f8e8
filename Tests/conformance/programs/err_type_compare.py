print(sorted([1, 'two', 3]))
