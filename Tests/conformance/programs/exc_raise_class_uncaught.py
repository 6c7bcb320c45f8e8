def validate(x):
    if x < 0:
        raise ValueError
    return x
print(validate(1))
validate(-1)
