import statistics as st
from fractions import Fraction as F
datasets = [[1, 2, 3, 4], [1, 2, 3], [1, 2, 3, 4, 4], [2.5, 3.25, 5.75], [0.1] * 10, [0.1, 0.2, 0.3],
            [F(1, 3), F(2, 7), F(5, 2)], [1, 2.5], [1, F(1, 2)], [F(1, 3), 0.25], [True, False, True],
            [True, 2], [10**30, 1, 2], [1e308, 1e308, -1e308], [-1.5, -2.25, 7], [5], [3.0], [-0.0, 0.0],
            [1, float('nan')], [float('inf'), 1], [float('inf'), float('-inf')], [1e-320, 3e-320]]
for d in datasets:
    m = st.mean(d)
    try:
        fm = repr(st.fmean(d))
    except (OverflowError, ValueError) as e:
        fm = str(e)
    print(d[:4], repr(m), type(m).__name__, fm)
print(st.mean(iter([1, 2, 3, 4])), st.mean(x / 2 for x in range(5)), st.mean(range(101)), st.mean((1, 3)))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1.5, 2.5])), st.fmean([10**30, 1]))
print(st.mean([0.1, 0.7]) == (0.1 + 0.7) / 2, repr(st.mean([0.1, 0.7])), repr((0.1 + 0.7) / 2))
print(repr(st.mean([F(1, 10**20), F(3, 10**20)])), repr(st.mean([2**60 + 1, 2**60 + 2])))
class MyFloat(float):
    pass
m = st.mean([MyFloat(1.5), 2.5])
print(repr(m), type(m).__name__)
