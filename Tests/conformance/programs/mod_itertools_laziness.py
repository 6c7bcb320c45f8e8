# Laziness and exhaustion: what each iterator pulls from its input, and when.
from itertools import *
log = []
def src(n, tag='s'):
    for i in range(n):
        log.append(f'{tag}{i}')
        yield i
def run(label, it, k):
    log.clear(); out = [x for _, x in zip(range(k), it)]; print(label, out, log)
run('chain', chain(src(2, 'a'), src(2, 'b')), 3)
run('islice', islice(src(10), 2, 6, 2), 2)
run('compress', compress(src(5), [0, 1, 0, 1]), 5)
run('takewhile', takewhile(lambda x: x < 2, src(5)), 5)
run('dropwhile', dropwhile(lambda x: x < 2, src(4)), 1)
run('accumulate', accumulate(src(4)), 2)
run('pairwise', pairwise(src(4)), 2)
run('zip_longest', zip_longest(src(1, 'a'), src(3, 'b')), 2)
run('product', product(src(2, 'a'), src(2, 'b')), 1)
run('groupby', groupby(src(5), key=lambda x: x // 2), 2)
run('cycle', cycle(src(2)), 5)
run('starmap', starmap(divmod, zip(src(3), repeat(2))), 2)
run('filterfalse', filterfalse(lambda x: x % 3, src(7)), 2)
run('tee', tee(src(3))[1], 2)
for name, it in [('islice', islice('abc', 5)), ('pairwise', pairwise('ab')), ('takewhile', takewhile(str.isalpha, 'a1b')),
                 ('product', product('ab')), ('permutations', permutations('ab')), ('chain', chain('a', 'b'))]:
    first = list(it)
    print(name, first, list(it), next(it, 'end'))
class Resumes:
    n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise StopIteration
        return self.n
for make in [chain, islice]:
    r = Resumes()
    it = make(r) if make is chain else make(r, None)
    print(make.__name__, list(it), list(it))
