class Logger:
    def log(self, msg):
        print('[%s] %s' % (self.prefix(), msg))
    def prefix(self):
        return 'log'

class Service(Logger):
    def prefix(self):
        return 'service'
    def run(self):
        self.log('running')

class Audited(Service):
    def log(self, msg):
        super().log(msg + ' (audited)')

Logger().log('plain')
Service().run()
Audited().run()
a = Audited()
a.prefix = lambda: 'instance'
a.run()
print(Audited.log.__qualname__, Audited.run.__qualname__)
