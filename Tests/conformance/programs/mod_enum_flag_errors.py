# Flag errors: values outside the members, operands of other types, 'in' with non-members.
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


for bad in (8, 9, 'r', None, 2.0):
    try:
        print(repr(Perm(bad)))
    except ValueError as e:
        print('ValueError', e)
for op in ('or', 'and', 'xor', 'in', 'rin', 'lt'):
    try:
        if op == 'or':
            Perm.R | 1
        elif op == 'and':
            2 & Perm.W
        elif op == 'xor':
            Perm.R ^ 'x'
        elif op == 'in':
            1 in Perm.R
        elif op == 'rin':
            'R' in (Perm.R | Perm.W)
        else:
            Perm.R < Perm.W
    except TypeError as e:
        print('TypeError', e)
print(repr(Perm(-1)), repr(Perm(-8)))
