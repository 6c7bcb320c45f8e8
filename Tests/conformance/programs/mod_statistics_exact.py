import statistics as st
from fractions import Fraction as F
data = [0.1 * k for k in range(1, 40)]
print(repr(st.mean(data)), repr(st.fmean(data)), repr(sum(data) / len(data)))
print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
big = [1e16, 1.0, -1e16, 3.0]
print(repr(st.mean(big)), repr(st.variance(big)), repr(st.stdev(big)))
tiny = [5e-324, 1e-323, 1.5e-323]
print(repr(st.mean(tiny)), repr(st.pvariance(tiny)), repr(st.pstdev(tiny)))
print(repr(st.mean([F(1, 3)] * 3)), repr(st.variance([F(1, 3), F(2, 3), F(1, 1)])))
print(repr(st.mean([1, 2, 2])), repr(st.mean([1, 2, 4])), repr(st.variance([1, 2, 4])), repr(st.variance([1, 3, 5])))
s = 7
vals = []
for _ in range(60):
    s = (s * 1103515245 + 12345) % 2**31
    vals.append(s / 1000.0 - 1000000)
print(repr(st.mean(vals)), repr(st.variance(vals)), repr(st.stdev(vals)), repr(st.pstdev(vals)))
print(repr(st.median(vals)), repr(st.quantiles(vals, n=3)))
ints = [v * 7919 % 1000003 for v in range(1, 200)]
print(repr(st.mean(ints)), repr(st.variance(ints)), repr(st.stdev(ints)), repr(st.pvariance(ints)))
