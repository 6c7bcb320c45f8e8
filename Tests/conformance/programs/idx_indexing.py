s = 'python'
l = [10, 20, 30, 40]
t = ('a', 'b', 'c')
print(s[0], s[5], s[-1], s[-6], l[0], l[-1], l[-4], t[1], t[-3])
print(l[True], s[False], [[1, 2], [3, 4]][1][0], 'abc'[1][0][0])
n = [[0] * 3 for _ in range(2)]
n[1][2] = 'x'
print(n)
l[1] = 'changed'
l[-1] = None
print(l)
print(l[2 ** 0], s[len(s) - 1], (1, 2)[-2])
