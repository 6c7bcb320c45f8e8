class CleanupError(Exception):
    pass

class Resource:
    def close(self):
        raise CleanupError('close failed')

def use(r):
    try:
        raise ValueError('work failed')
    except ValueError:
        r.close()

use(Resource())
