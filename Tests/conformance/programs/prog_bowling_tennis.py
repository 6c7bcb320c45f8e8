# A bowling scorer (frames, strikes, spares, validation) and a tennis game scorer.
class BowlingError(ValueError):
    pass

class Frame:
    def __init__(self, number):
        self.number = number
        self.rolls = []

    @property
    def is_last(self):
        return self.number == 10

    @property
    def strike(self):
        return bool(self.rolls) and self.rolls[0] == 10

    @property
    def spare(self):
        return not self.strike and len(self.rolls) >= 2 and self.rolls[0] + self.rolls[1] == 10

    @property
    def complete(self):
        if self.is_last:
            if len(self.rolls) == 3:
                return True
            return len(self.rolls) == 2 and sum(self.rolls) < 10
        return self.strike or len(self.rolls) == 2

    def symbols(self):
        out = []
        for i, r in enumerate(self.rolls):
            if r == 10 and (i == 0 or not self.is_last or out[-1] in 'X/'):
                out.append('X')
            elif i > 0 and out[-1] not in 'X/' and self.rolls[i - 1] + r == 10:
                out.append('/')
            else:
                out.append('-' if r == 0 else str(r))
        return ''.join(out)

class Game:
    def __init__(self):
        self.frames = [Frame(1)]

    def roll(self, pins):
        if not 0 <= pins <= 10:
            raise BowlingError('invalid pin count %r' % (pins,))
        frame = self.frames[-1]
        if frame.complete:
            if frame.is_last:
                raise BowlingError('game is over')
            frame = Frame(frame.number + 1)
            self.frames.append(frame)
        standing = 10
        if frame.rolls and not (frame.is_last and (frame.strike and len(frame.rolls) == 1 or frame.spare)):
            last = frame.rolls[-1]
            standing = 10 - last if last != 10 else 10
        if pins > standing:
            raise BowlingError('frame %d: only %d pins standing, got %d' % (frame.number, standing, pins))
        frame.rolls.append(pins)

    def rolls_after(self, frame_index):
        for f in self.frames[frame_index + 1:]:
            yield from f.rolls

    def scores(self):
        total = 0
        for i, f in enumerate(self.frames):
            if not f.complete:
                return
            bonus = list(self.rolls_after(i))
            if f.is_last:
                total += sum(f.rolls)
            elif f.strike:
                if len(bonus) < 2:
                    return
                total += 10 + bonus[0] + bonus[1]
            elif f.spare:
                if not bonus:
                    return
                total += 10 + bonus[0]
            else:
                total += sum(f.rolls)
            yield f.number, f.symbols(), total

def play(rolls):
    g = Game()
    for r in rolls:
        g.roll(r)
    return list(g.scores())

for name, rolls in [('gutter', [0] * 20), ('perfect', [10] * 12), ('all spares', [5] * 21),
                    ('mixed', [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
                    ('partial', [10, 10, 4])]:
    result = play(rolls)
    print('%-10s' % name, ' '.join('%s' % s for _, s, _ in result), '->', result[-1][2] if result else None)
for bad in [[11], [5, 6], [10] * 13, [-1]]:
    try:
        play(bad)
    except BowlingError as e:
        print('BowlingError', e)

class Tennis:
    NAMES = ['love', '15', '30', '40']
    def __init__(self, a, b):
        self.players = (a, b)
        self.points = {a: 0, b: 0}
    def point(self, who):
        if self.winner():
            raise RuntimeError('game already won by ' + self.winner())
        self.points[who] += 1
        return self.score()
    def winner(self):
        (a, pa), (b, pb) = self.points.items()
        if max(pa, pb) >= 4 and abs(pa - pb) >= 2:
            return a if pa > pb else b
        return None
    def score(self):
        (a, pa), (b, pb) = self.points.items()
        match (pa, pb):
            case _ if self.winner():
                return 'game ' + self.winner()
            case (x, y) if x == y and x >= 3:
                return 'deuce'
            case (x, y) if min(x, y) >= 3:
                return 'advantage ' + (a if x > y else b)
            case (x, y) if x == y:
                return self.NAMES[x] + '-all'
            case (x, y):
                return self.NAMES[x] + '-' + self.NAMES[y]

t = Tennis('ann', 'bob')
print([t.point(p) for p in ['ann', 'ann', 'bob', 'bob', 'ann', 'bob', 'ann', 'bob', 'bob', 'bob']])
t.point('ann')
