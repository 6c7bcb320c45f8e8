import statistics as st
from fractions import Fraction as F
datasets = [[1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [4.5], [2, 2, 2, 2], [1.5, 2.5], [F(1, 2), F(1, 3)],
            ['b', 'a', 'c'], [3, 1.5, F(5, 2), 2], [-5, -1, -3, -2], [True, False], [10**20, 1, 5, 7]]
for d in datasets:
    out = []
    for f in [st.median, st.median_low, st.median_high]:
        try:
            out.append(repr(f(d)))
        except TypeError as e:
            out.append(type(e).__name__)
    print(d, out)
for d in [[52, 52, 53, 54], [1, 2, 3, 4, 5], [1, 3, 3, 5, 7], [2.5], [1, 1, 1, 2], [F(1, 2), F(3, 2), F(3, 2)]]:
    print(d, st.median_grouped(d), st.median_grouped(d, 2), st.median_grouped(d, interval=0.5))
print(st.median(iter([3, 1, 2])), st.median(range(10)), st.median_high('hello'), st.median_low('hello'))
for f in [st.median, st.median_low, st.median_high, st.median_grouped]:
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
for args in [(['a', 'b'],), ([1, 2], 'x'), ([[1], [2]],)]:
    try:
        print(st.median_grouped(*args))
    except TypeError as e:
        print(type(e).__name__, e)
