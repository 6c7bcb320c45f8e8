print('first', end='')
'line\nnext\t"q"'
