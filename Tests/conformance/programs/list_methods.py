l = [3, 1, 2]
l.append(4); print(l)
l.insert(0, 'first'); l.insert(-1, 'before last'); l.insert(100, 'end'); l.insert(-100, 'start'); print(l)
l.extend([7, 8]); l.extend('ab'); l.extend(range(2)); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(1), l.index('a'), l.count(1), l.count('zzz'), [1, 1, 2, 1].count(1), l.index(2, 3))
l.remove('first'); print(l)
l.reverse(); print(l)
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=lambda w: w.lower(), reverse=True); print(words)
print(nums.sort(), nums.append(0), nums.reverse(), nums)
