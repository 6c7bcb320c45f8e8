import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x), st.correlation(x, x[::-1]))
print(st.covariance([1.5, 2.5, 3.5], [2, 4, 7]), st.covariance([1, 2], [2, 1]))
r = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(r, r.slope, r.intercept, r[0], r[1], tuple(r), type(r).__name__, isinstance(r, tuple))
print(st.linear_regression([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
slope, intercept = st.linear_regression([0, 10], [5, 25])
print(slope, intercept)
cases = [(st.covariance, ([1], [1])), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 1], [1, 2])),
         (st.correlation, ([1, 2, 3], [5, 5, 5])), (st.correlation, ([1], [2])), (st.linear_regression, ([1, 1], [1, 2])),
         (st.linear_regression, ([1, 2], [1])), (st.linear_regression, ([1], [1]))]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
