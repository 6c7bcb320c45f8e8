import statistics as st
for d in [[1, 1, 2, 3, 3, 3, 4], ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'],
          ['red', 'red', 'green', 'blue', 'blue'], 'aabbbbccddddeeffffgg', [1.5], [1, 1.0, True, 2],
          [(1, 2), (1, 2), (3,)], [None, None, 0], range(5), [3, 2, 1, 2, 3], [-1, -1, 0]]:
    print(repr(d)[:40], repr(st.mode(d)), st.multimode(d))
print(st.multimode(''), st.multimode([]), st.multimode(iter([2, 1, 2, 1])))
try:
    st.mode([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
for bad in [[[1], [1]], [{}, {}]]:
    for f in [st.mode, st.multimode]:
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    st.mode(5)
except TypeError as e:
    print(type(e).__name__, e)
print(st.mode(x % 3 for x in range(10)), st.multimode(x % 3 for x in range(9)))
