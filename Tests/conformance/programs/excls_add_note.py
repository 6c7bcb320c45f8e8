class ValidationError(Exception):
    pass

def validate(item):
    try:
        if item < 0:
            raise ValidationError('negative: %d' % item)
    except ValidationError as e:
        e.add_note('while validating item %d' % item)
        e.add_note('second note')
        raise

try:
    validate(-5)
except ValidationError as e:
    print(e, e.__notes__)
e = ValueError('x')
print(hasattr(e, '__notes__'))
try:
    e.add_note(42)
except TypeError as err:
    print('TypeError', err)
e.add_note('only one')
print(e.__notes__, str(e), repr(e))
try:
    validate(-1)
except ValidationError as e:
    print(type(e).__name__, e.args, e.__notes__)
validate(3)
print('valid')
raise ValidationError('no notes on this one')
