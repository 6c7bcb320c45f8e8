def run(cmds):
    out = []
    for c in cmds:
        match c:
            case 'skip':
                continue
            case 'stop':
                break
            case ('add', n):
                out.append(n)
            case ('ret', v):
                return 'early', v, out
            case other:
                out.append('?' + str(other))
    else:
        out.append('done')
    return out
print(run(['skip', ('add', 1), 'x', ('add', 2)]))
print(run([('add', 1), 'stop', ('add', 2)]))
print(run([('add', 5), ('ret', 9), ('add', 6)]))
def gen(items):
    for it in items:
        match it:
            case int(n) if n % 2:
                yield n * 10
            case [*xs]:
                yield from xs
i = 0
while True:
    match i:
        case 3:
            break
        case _:
            i += 1
print(list(gen([1, 2, [7, 8], 3, (4,)])), i)
