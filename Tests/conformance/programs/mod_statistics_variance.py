import statistics as st
from fractions import Fraction as F
datasets = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4], [1, 2, 3], [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
            [F(1, 6), F(1, 2), F(5, 3)], [F(1, 4), F(5, 4), F(1, 2)], [1, 1, 1], [1, 2.5, F(1, 2)], [True, False, True],
            [10**20, 10**20 + 2], [1e150, -1e150], [0.1, 0.2, 0.3], [5, 7], [1, float('nan')], [1, float('inf')]]
for d in datasets:
    v, pv = st.variance(d), st.pvariance(d)
    print(d[:4], repr(v), type(v).__name__, repr(pv), type(pv).__name__)
print(st.variance([1, 2, 3, 4], 2.5), st.variance([1, 2, 3, 4], 2), st.pvariance([1, 2, 3], 2), st.pvariance([1.5, 2.5], 2.0))
print(repr(st.variance([F(1, 2), F(3, 4)], F(5, 8))), repr(st.pvariance([1, 2, 3], F(2))), repr(st.variance([1, 2], 1.5)))
print(st.pvariance([5]), st.pvariance([5.0]), st.pvariance([F(5)]), st.variance(iter([1, 2, 3])), st.variance(range(10)))
for f, d in [(st.variance, []), (st.variance, [1]), (st.pvariance, []), (st.variance, ['a', 'b']), (st.variance, [[1], [2]])]:
    try:
        print(f(d))
    except (st.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
