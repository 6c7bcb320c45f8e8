# an uncaught cmath domain error
from cmath import log, sqrt
print(sqrt(-4), log(-1))
print(log(0j))
