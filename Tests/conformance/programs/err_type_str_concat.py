print('count: ' + 3)
