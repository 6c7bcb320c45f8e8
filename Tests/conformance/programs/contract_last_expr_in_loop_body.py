for i in range(3):
    i * 10
print('done')
