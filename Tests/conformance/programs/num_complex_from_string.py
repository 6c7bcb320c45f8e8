# complex(str) parsing
for s in ['1', '1j', '-1j', '+1j', 'j', '-j', '1+2j', '1-2j', '1+j', '1-J', ' 3.5e2-1.5E-1j ',
          '(1+2j)', ' ( 1+2j ) ', 'inf', '-infj', 'nan+nanj', 'infinity-infinityJ', '1e500j',
          '1_000+2_0j', '.5j', '5.j', '1e5', '-0', '-0j', '0-0j', '(j)', '\t1j\n']:
    z = complex(s)
    print(repr(s), repr(z))
for s in ['', ' ', '1+', '1+2', 'j1', '1jj', '(1+2j', '1+2j)', '1 +2j', '1__0j', '_1j',
          '1_j', 'x', '0x10', '1e', '()', '1+2i', 'nanx', '++1j', '1j+2']:
    try:
        print(repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
