class Service:
    class Unavailable(Exception):
        pass
    def call(self):
        raise Service.Unavailable('try later', 503)

try:
    Service().call()
except Service.Unavailable as e:
    print(type(e).__name__, type(e).__qualname__, e.args)
Service().call()
