class Config:
    def __init__(self):
        self.debug = False

def read(cfg):
    return cfg.verbose

c = Config()
print(c.debug)
read(c)
