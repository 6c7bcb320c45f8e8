assert True
assert 1 == 1, 'never shown'
x = 5
assert x > 0 and x < 10
try:
    assert x < 0
except AssertionError as e:
    print('no message:', repr(e), e.args)
try:
    assert x < 0, 'x must be negative, got %d' % x
except AssertionError as e:
    print('message:', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
print('done')
