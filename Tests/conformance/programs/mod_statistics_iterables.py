import statistics as st
from fractions import Fraction as F
def gen(n):
    for i in range(1, n + 1):
        yield i * 1.5
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode,
         st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean]
for f in funcs:
    results = []
    for data in [gen(5), iter([3, 1, 2]), range(1, 6), (1.0, 2.0, 4.0), {3: 'a', 1: 'b', 2: 'c'}]:
        try:
            results.append(repr(f(data)))
        except (st.StatisticsError, TypeError) as e:
            results.append(type(e).__name__)
    print(f.__name__, results)
print(st.quantiles(gen(9), n=4), st.quantiles(range(7), n=3, method='inclusive'))
print(st.mean({F(1, 2), F(1, 2)}), st.median(sorted([5, 1, 3])), st.mean(map(float, '1 2 3'.split())))
print(st.variance(x for x in [1, 2, 3, 4]), st.pstdev(iter([2, 4, 4, 4, 5, 5, 7, 9])))
