class Color:
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'
class Codes:
    class HTTP:
        OK = 200
        NOT_FOUND = 404

def name(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN | Color.BLUE:
            return 'green or blue'
        case Codes.HTTP.OK:
            return 'http ok'
        case Codes.HTTP.NOT_FOUND:
            return 'http not found'
        case _:
            return 'unknown'

for v in ['red', 'green', 'blue', 200, 404, 'purple', 200.0]:
    print(v, '->', name(v))
RED = 'red'
match 'blue':
    case RED:
        print('bare name captures, RED is now', RED)
