class Settings:
    level = 3
print(Settings.level)
print(Settings.levels)
