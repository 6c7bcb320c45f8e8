import statistics as st
from fractions import Fraction as F
datasets = [[1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9], [F(1, 3), F(2, 3), F(5, 3)],
            [1, 1, 1, 1], [1e-300, 3e-300], [1e300, 3e300], [0.1, 0.2, 0.4, 0.8], [10**40, 10**40 + 1, 10**40 + 5],
            [True, False], [1, 2.5, F(1, 2)], [3, 3.000000000000001]]
for d in datasets:
    s, ps = st.stdev(d), st.pstdev(d)
    print(d[:3], repr(s), repr(ps), type(s).__name__)
print(st.stdev([1, 2, 3], 2), st.pstdev([1, 2, 3], 2), st.stdev([1.5, 2.5], 2.0), st.pstdev([F(1, 2), F(3, 2)], F(1)))
print(st.pstdev([5]), st.stdev(range(100)), st.pstdev(iter([1, 5])))
for f, d in [(st.stdev, [1]), (st.pstdev, []), (st.stdev, [1, float('nan')]), (st.pstdev, [float('inf'), 1])]:
    try:
        print(f(d))
    except (st.StatisticsError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
