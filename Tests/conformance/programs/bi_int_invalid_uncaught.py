n = int('42')
m = int('4 2')
