import statistics as st
from fractions import Fraction as F
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95]
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=4, method='inclusive'))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method='inclusive'))
print(st.quantiles([1, 2]), st.quantiles([1, 2], n=2), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2], n=1))
print(st.quantiles([F(1, 2), 3, 7], n=2), st.quantiles([1, 100], n=5, method='inclusive'))
print(st.quantiles([3, 1, 2, 5, 4], n=6), st.quantiles(iter([9, 1, 5]), n=4))
for kw in [dict(n=0), dict(n=-1), dict(method='other'), dict(method=None)]:
    try:
        print(st.quantiles([1, 2, 3], **kw))
    except (st.StatisticsError, ValueError) as e:
        print(kw, type(e).__name__, e)
for d in [[], [1]]:
    try:
        st.quantiles(d)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
