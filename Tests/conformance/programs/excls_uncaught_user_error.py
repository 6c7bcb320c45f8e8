class AppError(Exception):
    pass
class ConfigError(AppError):
    pass

def load(name):
    if not name:
        raise ConfigError('empty config name')
    return name

print(load('main.cfg'))
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1:3])
load('')
