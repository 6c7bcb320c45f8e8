s = 'no end
print(s)
