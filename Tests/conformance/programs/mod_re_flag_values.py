# re: flag constants, their values, combinations and reprs.
import re
print(int(re.I), int(re.L), int(re.M), int(re.S), int(re.U), int(re.X), int(re.A), int(re.NOFLAG))
print(re.IGNORECASE is re.I, re.I == 2, re.I | re.M == 10, re.I | 8, 8 | re.I, re.M & re.M)
print(re.I, str(re.M), repr(re.S), re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M | re.S, re.ASCII | re.VERBOSE, re.I ^ re.I, (re.I | re.M) & re.M)
print(isinstance(re.I, int), re.I + 1, re.I * 2, hash(re.I) == hash(2), {re.I: 'x'}[2])
print(re.compile('x', re.I | re.M).flags == re.I | re.M | re.U, re.compile('x', 2 | 16))
print(sorted([re.S, re.I, re.M]), re.RegexFlag(24) if hasattr(re, 'RegexFlag') else None)
