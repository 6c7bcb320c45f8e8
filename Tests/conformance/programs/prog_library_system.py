# A library lending system: dataclass-like records via a class decorator, enum-like classes,
# loans with due dates as integers, fines, searching with generators, and reports.
def record(cls):
    fields = [k for k in cls.__annotations__]
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError('%s takes at most %d arguments' % (cls.__name__, len(fields)))
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError('%s got an unexpected field %r' % (cls.__name__, k))
            if k in values:
                raise TypeError('%s got field %r twice' % (cls.__name__, k))
            values[k] = v
        for f in fields:
            if f not in values:
                if hasattr(cls, f):
                    values[f] = getattr(cls, f)
                else:
                    raise TypeError('%s missing field %r' % (cls.__name__, f))
            setattr(self, f, values[f])
    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls

class Status:
    AVAILABLE = 'available'
    ON_LOAN = 'on loan'
    LOST = 'lost'

@record
class Book:
    isbn: str
    title: str
    author: str
    year: int = 2000
    status: str = Status.AVAILABLE

@record
class Loan:
    isbn: str
    member: str
    day: int
    due: int

class LibraryError(Exception):
    pass

class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.fines = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def search(self, **criteria):
        for b in self.books.values():
            if all(str(v).lower() in str(getattr(b, k)).lower() for k, v in criteria.items()):
                yield b

    def lend(self, isbn, member, day):
        book = self.books.get(isbn)
        match book:
            case None:
                raise LibraryError('no book with isbn %s' % isbn)
            case Book(status=Status.AVAILABLE):
                book.status = Status.ON_LOAN
                self.loans[isbn] = Loan(isbn, member, day, day + self.LOAN_DAYS)
                return self.loans[isbn]
            case Book(status=s, title=t):
                raise LibraryError('%r is %s' % (t, s))

    def give_back(self, isbn, day):
        try:
            loan = self.loans.pop(isbn)
        except KeyError:
            raise LibraryError('%s is not on loan' % isbn) from None
        self.books[isbn].status = Status.AVAILABLE
        late = max(0, day - loan.due)
        if late:
            self.fines[loan.member] = self.fines.get(loan.member, 0) + late * self.FINE_PER_DAY
        return late

lib = Library()
lib.add(Book('111', 'Dune', 'Herbert', 1965), Book('222', 'Emma', 'Austen', 1815),
        Book('333', 'Dune Messiah', 'Herbert', 1969), Book('444', 'Python Tricks', 'Bader'))
print(Book._fields, lib.books['444'])
print([b.title for b in lib.search(title='dune')], [b.isbn for b in lib.search(author='AUSTEN')])
print([b.title for b in lib.search(author='herbert', year=1969)])
events = [('lend', '111', 'ann', 1), ('lend', '111', 'bob', 2), ('lend', '222', 'bob', 3),
          ('back', '111', 20), ('back', '111', 21), ('lend', '999', 'cy', 5), ('back', '222', 10),
          ('lend', '111', 'cy', 22), ('back', '111', 40)]
for ev in events:
    try:
        if ev[0] == 'lend':
            print('lend', ev[1], '->', lib.lend(*ev[1:]))
        else:
            print('back', ev[1], '-> days late:', lib.give_back(*ev[1:]))
    except LibraryError as e:
        print(ev[0], ev[1], '!!', e, '| suppressed context:', e.__suppress_context__)
print('fines:', lib.fines)
lib.books['333'].status = Status.LOST
print([b.title for b in lib.books.values() if b.status != Status.AVAILABLE])
print(Book('1', 't', 'a') == Book('1', 't', 'a', 2000), Book('1', 't', 'a') == Book('1', 't', 'b'))
for args, kw in [((), {}), (('1', 't', 'a', 1, 's', 'extra'), {}), (('1',), {'isbn': '2'}),
                 (('1', 't', 'a'), {'pages': 3})]:
    try:
        Book(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    {Book('1', 't', 'a')}
except TypeError as e:
    print('TypeError', e)
lib.lend('333', 'dee', 50)
