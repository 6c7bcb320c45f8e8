print('ab' + 'cd', 'ab' * 3, 3 * 'xy', 'a' * 0, 'a' * -2, '' * 5)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [1] * 0, (1, 2) + (3,), (1,) * 3, () * 5)
print([[0] * 2] * 2, 'abc' * True, [None] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
s = 'x'
s += 'y'
s *= 2
print(s, len(s))
print('abc' == 'abc', 'abc' < 'abd', 'abc' + str(1) + repr('q'))
