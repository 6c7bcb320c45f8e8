class RetryableError(Exception):
    def __init__(self, msg, attempts=0):
        super().__init__(msg)
        self.attempts = attempts

def flaky(n):
    if n < 3:
        raise RetryableError('failed on try %d' % n)
    return 'ok after %d' % n

def retry(fn, times):
    last = None
    for i in range(times):
        try:
            return fn(i)
        except RetryableError as e:
            e.attempts = i + 1
            print('attempt', i, 'error', e)
            last = e
    raise last

print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RetryableError as e:
    print('gave up after', e.attempts, 'attempts:', e)
retry(flaky, 1)
