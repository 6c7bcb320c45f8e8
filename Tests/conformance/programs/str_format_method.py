print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}!'.format(name='Ann'))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'), '{:05d}'.format(42))
print('{:.2f}'.format(3.14159), '{:,}'.format(1234567), '{:x} {:o} {:b} {:#x}'.format(255, 8, 5, 255))
print('{0[1]} {1[k]}'.format([7, 8], {'k': 'v'}), '{{literal}} {}'.format(1), '{!r} {!s}'.format('q', 'q'))
print('{:e}'.format(12345.678), '{:g}'.format(0.00001234), '{:%}'.format(0.25), '{:+d}'.format(5), '{:10.3f}|'.format(-2.5))
print('{:>{w}}'.format('x', w=4), '{:.3}'.format('abcdef'), '{}'.format([1, None]), '{:d}'.format(True))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(repr(e))
