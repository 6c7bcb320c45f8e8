# program: sorting employee records by several keys, itemgetter/attrgetter, bisect
import bisect
from collections import namedtuple
from dataclasses import dataclass, field
from functools import cmp_to_key, total_ordering
from operator import attrgetter, itemgetter

COUNT = 1500

FIRST = ["Ada", "Brook", "Cyrus", "Dana", "Elio", "Fern", "Gus", "Hana", "Ivo", "Jun",
         "Kai", "Lena", "Milo", "Nia", "Otto", "Pia"]
LAST = ["Abbott", "Baker", "Chen", "Diaz", "Evans", "Fox", "Garcia", "Hughes", "Ito",
        "Jensen", "Khan", "Lopez"]
DEPTS = ["eng", "ops", "sales", "legal", "design", "support"]

Employee = namedtuple("Employee", "emp_id first last dept level salary start_year")


@dataclass
class Badge:
    emp_id: int
    name: str
    dept: str
    score: float
    tags: list = field(default_factory=list)


@total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"v{self.text}"


def build_employees(n):
    seq = 42
    people = []
    for i in range(n):
        seq = (seq * 48271) % 2147483647
        level = 1 + seq % 6
        salary = 40000 + level * 9000 + (seq >> 7) % 15000
        people.append(Employee(1000 + i, FIRST[seq % 16], LAST[(seq >> 4) % 12],
                               DEPTS[(seq >> 9) % 6], level, salary, 2005 + (seq >> 12) % 18))
    return people


def compare_badges(a, b):
    # higher score first, then name ascending
    if a.score != b.score:
        return -1 if a.score > b.score else 1
    return (a.name > b.name) - (a.name < b.name)


def main():
    people = build_employees(COUNT)

    # stable multi-key sort: sort by the least significant key first
    staged = sorted(people, key=attrgetter("emp_id"), reverse=True)
    staged.sort(key=attrgetter("last", "first"))
    staged.sort(key=attrgetter("salary"), reverse=True)
    staged.sort(key=attrgetter("dept"))
    direct = sorted(people, key=lambda e: (e.dept, -e.salary, e.last, e.first, -e.emp_id))
    print(f"staged sort == tuple-key sort: {staged == direct}")
    for e in staged[:3]:
        print(f"  {e.dept:<7}{e.salary:>7} {e.last}, {e.first} #{e.emp_id}")

    rows = [e._asdict() for e in people]
    rows.sort(key=itemgetter("level", "start_year"))
    print("itemgetter first/last:", itemgetter("emp_id", "level", "start_year")(rows[0]),
          itemgetter("emp_id", "level", "start_year")(rows[-1]))

    tuples = [tuple(e) for e in people]
    by_last = sorted(tuples, key=itemgetter(2, 1, 0))
    names = [f"{t[2]} {t[1]}" for t in by_last]
    dup_names = sum(1 for a, b in zip(names, names[1:]) if a == b)
    distinct = len(dict.fromkeys(names))
    print(f"adjacent duplicate names after sort: {dup_names}, distinct names: {distinct}, first: {names[0]}")

    salaries = sorted(e.salary for e in people)
    thresholds = [50000, 70000, 90000, 110000]
    counts = [bisect.bisect_left(salaries, t) for t in thresholds]
    print("salaries below thresholds:", dict(zip(thresholds, counts)))
    mid = salaries[len(salaries) // 2]
    print(f"median {mid}, range [{bisect.bisect_left(salaries, mid)}, {bisect.bisect_right(salaries, mid)})")

    grades = [(55000, "C"), (70000, "B"), (90000, "A"), (10 ** 9, "S")]
    bounds = [g[0] for g in grades]
    band = {}
    for e in people:
        g = grades[bisect.bisect_right(bounds, e.salary)][1]
        band[g] = band.get(g, 0) + 1
    print("salary bands:", sorted(band.items()))

    roster = []
    for e in people[:300]:
        bisect.insort(roster, (e.start_year, e.last, e.emp_id))
    print("insort roster ends:", roster[0], roster[-1], len(roster))

    badges = [Badge(e.emp_id, f"{e.first} {e.last}", e.dept,
                    round((e.salary / 1000) % 17 + e.level * 0.5, 1), [e.dept[:2]] * ((e.level + e.emp_id) % 3))
              for e in people]
    ranked = sorted(badges, key=cmp_to_key(compare_badges))
    alt = sorted(badges, key=lambda b: (-b.score, b.name))
    print(f"cmp_to_key ranking matches key ranking: {[b.emp_id for b in ranked] == [b.emp_id for b in alt]}")
    print("top badges:", ", ".join(f"{b.name} ({b.score})" for b in ranked[:3]))
    print("tag lengths of top 10:", [len(b.tags) for b in ranked[:10]])

    best_per_dept = {}
    for b in sorted(badges, key=attrgetter("dept", "score")):
        best_per_dept[b.dept] = b  # last one wins: highest score per dept, stable ties
    print("best per dept:", "; ".join(f"{d}={b.emp_id}" for d, b in sorted(best_per_dept.items())))

    versions = [Version(f"{e.level}.{e.start_year % 10}.{e.emp_id % 13}") for e in people[:200]]
    versions.sort()
    uniq = sorted(set(v.text for v in versions), key=lambda t: Version(t))
    print(f"versions: min {versions[0]!r} max {max(versions)!r}, {len(uniq)} unique, "
          f"5th {uniq[4]}")

    seniority = sorted(people, key=lambda e: (e.start_year, e.level), reverse=True)
    print("most junior:", [e.emp_id for e in seniority[:5]])
    print("reverse stable check:", [e.emp_id for e in sorted(people[:12], key=attrgetter("level"), reverse=True)])


main()
