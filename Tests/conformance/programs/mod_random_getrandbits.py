# getrandbits(k): k <= 32 from one word's top bits, larger k from 32-bit words, least
# significant first, the last word keeping its top bits.
import random
random.seed(2024)
print([random.getrandbits(k) for k in range(0, 34)])
print([random.getrandbits(k) for k in (63, 64, 65, 95, 96, 97, 127, 128, 129, 200, 256, 1000)])
random.seed(7)
big = random.getrandbits(10000)
print(big.bit_length() <= 10000, big % 10**30, big >> 9950)
r = random.Random(7)
print(r.getrandbits(10000) == big, random.getrandbits(1), r.getrandbits(1))
random.seed(99)
words = [random.getrandbits(32) for _ in range(4)]
random.seed(99)
print(random.getrandbits(128) == words[0] | words[1] << 32 | words[2] << 64 | words[3] << 96)
random.seed(99)
w = [random.getrandbits(32) for _ in range(2)]
random.seed(99)
print(random.getrandbits(40) == w[0] | (w[1] >> 24) << 32)
random.seed(1)
print(sum(random.getrandbits(1) for _ in range(1000)), max(random.getrandbits(8) for _ in range(1000)))
print(random.getrandbits(True), random.getrandbits(False))
class K:
    def __index__(self):
        return 20
print(random.getrandbits(K()))
for bad in [lambda: random.getrandbits(-1), lambda: random.getrandbits(2.0), lambda: random.getrandbits('8'),
            lambda: random.getrandbits(2**40), lambda: random.getrandbits(), lambda: random.getrandbits(1, 2),
            lambda: random.getrandbits(k=3), lambda: random.getrandbits(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
random.getrandbits(-5)
