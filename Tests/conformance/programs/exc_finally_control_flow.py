def ret_in_finally():
    try:
        return 'from try'
    finally:
        return 'from finally'
print(ret_in_finally())
def swallow():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(swallow())
def order():
    try:
        print('try')
        return 'value'
    finally:
        print('finally runs before return')
print(order())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
while True:
    try:
        break
    finally:
        print('finally on break')
