total = 10
label = ' items'
print(total + label)
