# A log report: a verbose pattern with named groups parses lines into records (a class),
# a generator filters them, sub with a function masks data, and match statements dispatch.
import re

LINE = re.compile(r"""
    (?P<date>\d{4}-\d\d-\d\d)\s+
    (?P<time>\d\d:\d\d:\d\d)\s+
    \[(?P<level>[A-Z]+)\]\s+
    (?P<source>[\w.]+):\s*
    (?P<message>.*)
""", re.X)
EMAIL = re.compile(r'\b[\w.+-]+@([\w-]+\.)+[a-z]{2,}\b', re.I)
DURATION = re.compile(r'(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>ms|s)\b')

LOG = """2024-03-01 10:00:01 [INFO] web.server: started on port 8080
2024-03-01 10:00:05 [WARN] auth: login failed for Bob.Smith@Example.org (3 tries)
garbage line without structure
2024-03-01 10:01:00 [ERROR] db.pool: query took 1.5 s, timeout 900 ms
2024-03-01 10:02:30 [INFO] web.server: request by ann@mail.example.co.uk took 35ms
2024-03-01 10:03:00 [DEBUG] cache: hit ratio 0.93"""


class Record:
    def __init__(self, m):
        self.fields = m.groupdict()
        self.span = m.span('message')

    def __repr__(self):
        f = self.fields
        return f"Record({f['level']}, {f['source']!r}, {f['message'][:20]!r})"

    def durations_ms(self):
        out = []
        for d in DURATION.finditer(self.fields['message']):
            value = float(d['value'])
            out.append(value * 1000 if d['unit'] == 's' else value)
        return out


def records(text):
    for number, line in enumerate(text.splitlines(), 1):
        m = LINE.fullmatch(line)
        if m is None:
            print(f'line {number}: cannot parse {line!r}')
            continue
        yield Record(m)


def mask(m):
    user = m.group().split('@')[0]
    return user[0] + '***@' + m.group(1) + '...'


by_level = {}
for rec in records(LOG):
    by_level.setdefault(rec.fields['level'], []).append(rec)
    match rec.fields['level']:
        case 'ERROR' | 'WARN':
            print('ALERT', rec, EMAIL.sub(mask, rec.fields['message']))
        case 'INFO' if rec.durations_ms():
            print('SLOW?', rec.durations_ms(), EMAIL.subn(mask, rec.fields['message'])[1])
        case _:
            print('ok', rec, rec.span)
print(sorted((k, len(v)) for k, v in by_level.items()))
print(re.split(r'\s*[,;]\s*|\s+and\s+', 'alpha, beta;gamma and delta'))
words = re.findall(r"[a-z]+(?:'[a-z]+)?", "it's the cat's toy, isn't it?")
print(words, [w for w in words if re.search(r"'", w)])
try:
    re.compile(r'(?P<level>\w+) (?P<level>\w+)')
except re.error as e:
    print('bad pattern:', e)
print(re.sub(r'(?P<h>\d\d):(?P<m>\d\d):\d\d', r'\g<h>h\g<m>', LOG.splitlines()[0]))
