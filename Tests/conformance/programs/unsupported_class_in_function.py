def make():
    class Local:
        value = 3
    return Local.value
print(make())
