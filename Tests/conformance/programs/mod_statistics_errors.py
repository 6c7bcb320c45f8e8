import statistics as st
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__, st.StatisticsError.__module__)
for f in [st.mean, st.fmean, st.variance, st.pvariance, st.stdev, st.pstdev, st.median, st.mode]:
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, e)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
for f in [st.mean, st.variance, st.pvariance, st.stdev, st.harmonic_mean]:
    for d in [['a', 'b'], [[1], [2]], [1, 'a'], [None, 1]]:
        try:
            f(d)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    st.mean(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise st.StatisticsError('custom')
except ValueError as e:
    print(type(e).__name__, e, e.args)
print(sorted(n for n in st.__all__ if n != 'NormalDist'))
try:
    st.variance([1e308, -1e308])
except OverflowError as e:
    print(type(e).__name__, e)
