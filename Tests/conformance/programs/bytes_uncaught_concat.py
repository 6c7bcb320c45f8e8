# An uncaught TypeError from bytes: the traceback's last line and line number.
header = b'GET / HTTP/1.1\r\n'
path = '/index.html'
def build(method, target):
    line = method + b' '
    return line + target
print(build(b'GET', b'/'))
print(build(b'POST', path))
