class HTTPError(Exception):
    status = 500
    reason = 'Internal Server Error'
    def __str__(self):
        return '%d %s' % (self.status, self.reason)
class NotFound(HTTPError):
    status = 404
    reason = 'Not Found'
class Gone(NotFound):
    status = 410
    reason = 'Gone'

for cls in (HTTPError, NotFound, Gone):
    e = cls()
    print(cls.__name__, e, repr(e), e.args)
def handle(cls):
    try:
        raise cls('detail')
    except NotFound as e:
        return 'client error ' + str(e.status)
    except HTTPError as e:
        return 'server error ' + str(e)
print(handle(Gone), handle(NotFound), handle(HTTPError))
raise Gone('ignored detail')
