# namedtuples as records: sorting, grouping, unpacking, conversion, comparisons.
from collections import namedtuple, defaultdict
Person = namedtuple('Person', 'name age city')
people = [Person('ann', 31, 'oslo'), Person('bob', 25, 'rome'), Person('cy', 31, 'oslo'),
          Person(name='di', age=22, city='rome')]
print(sorted(people, key=lambda p: (p.age, p.name)))
print(max(people), min(people, key=lambda p: p.age).name)
by_city = defaultdict(list)
for p in people:
    by_city[p.city].append(p.name)
print(dict(by_city))
for name, age, _ in people[:2]:
    print(name, age)
print([p._asdict() for p in people[:1]], tuple(people[0]), list(zip(*people[:2])))
older = [p._replace(age=p.age + 1) for p in people]
print(older[0], people[0] < older[0], people[0] == ('ann', 31, 'oslo'))
print(Person._make(['eve', 40, 'nyc']), Person(*'xyz'))
print(people[1][1:], people[1][::-1], hash(people[0]) == hash(tuple(people[0])))
print(dict(Person('k', 1, 'c')._asdict()), Person.age.__doc__)
print(isinstance(people[0], tuple), len(people[0]), people[0].count('oslo'), 'rome' in people[1])
