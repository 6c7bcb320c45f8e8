import statistics as st
from fractions import Fraction as F
for d in [[54, 24, 36], [1, 10, 100], [2.5], [F(1, 2), F(9, 2)], [1e-300, 1e300]]:
    print(d, round(st.geometric_mean(d), 9))
for d in [[40, 60], [2.5, 3, 10], [1, 0, 2], [F(1, 2), F(1, 3)], [5], [7.5], [F(3, 4)], [1, 2, 4]]:
    print(d, repr(st.harmonic_mean(d)))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 2], weights=[0, 1]), st.harmonic_mean([F(1, 2), 2], [1, 3]))
cases = [(st.geometric_mean, ([],)), (st.geometric_mean, ([1, -1],)), (st.geometric_mean, ([0, 1],)),
         (st.harmonic_mean, ([],)), (st.harmonic_mean, ([1, -1],)), (st.harmonic_mean, ([-1],)),
         (st.harmonic_mean, (['x'],)), (st.harmonic_mean, ([1, 2], [1])), (st.harmonic_mean, ([1, 2], [-1, 2])),
         (st.harmonic_mean, ([1, 2], [0, 0])), (st.fmean, ([],)), (st.fmean, ([1], [0])), (st.fmean, ([1, 2], [1])),
         (st.geometric_mean, (['a'],))]
for f, args in cases:
    try:
        print(f.__name__, repr(f(*args)))
    except (st.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
