from fractions import Fraction
good = ['3/4', '-3/4', '+3/4', '6/8', '  7/3  ', '0/5', '5', '-0', '1.5', '-.5', '.25', '5.', '1e3', '1E-3',
        '-1.5e+2', '2.5e-3', '1_000', '1_000/3_000', '1.2_5', '1e1_0', '\t\n 42 \r', '0.000', '00012/0004',
        '3.14159', '1.0e0', '+0.0']
for s in good:
    f = Fraction(s)
    print(repr(s), repr(f))
bad = ['', ' ', 'abc', '1/', '/2', '1 /2', '1/ 2', '1/-2', '1/+2', '1.5/2', '1/2.5', '1__0', '_1', '1_',
       '1e', 'e5', '.e5', '.', '+-1', '--1', '1.2.3', '1/2/3', '0x10', 'inf', 'nan', '1.5_', '1,5', '½']
for s in bad:
    try:
        print(repr(s), repr(Fraction(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ['1/0', '0/0', '-5/0']:
    try:
        Fraction(s)
    except ZeroDivisionError as e:
        print(repr(s), type(e).__name__, e)
print(Fraction('1.d') if False else 'skip', Fraction('3.25') == Fraction(13, 4))
