class Config:
    settings = {'mode': 'fast'}
    count = 0

def bump():
    Config.count += 1
    return Config.count

print(bump(), bump(), Config.count)
c1, c2 = Config(), Config()
c1.settings['mode'] = 'slow'
print(c2.settings, Config.settings)
c1.count += 10
print(c1.count, c2.count, Config.count)
Config.new_attr = 'added later'
print(c1.new_attr, c2.new_attr)
del Config.new_attr
print(hasattr(c1, 'new_attr'))
def method(self):
    return 'patched ' + str(self.count)
Config.method = method
print(c1.method(), c2.method())
Config.count = 'reset'
print(c1.count, c2.count)
