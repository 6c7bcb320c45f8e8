# A vending machine: products, coins, change-making, state checks, and error reporting.
class VendingError(Exception):
    pass
class SoldOut(VendingError):
    pass
class NotEnoughMoney(VendingError):
    def __init__(self, needed):
        super().__init__('insert %d more cents' % needed)
        self.needed = needed
class CannotMakeChange(VendingError):
    pass

class Product:
    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock
    def __repr__(self):
        return '%s(%dc x%d)' % (self.name, self.price, self.stock)

class VendingMachine:
    COINS = (100, 25, 10, 5)

    def __init__(self):
        self.slots = {}
        self.coins = {c: 2 for c in self.COINS}
        self.inserted = []
        self.sales = []

    def load(self, code, product):
        self.slots[code] = product

    @property
    def credit(self):
        return sum(self.inserted)

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError('rejected coin %r' % (coin,))
        self.inserted.append(coin)
        return self.credit

    def _change(self, amount):
        result = []
        available = dict(self.coins)
        for c in self.inserted:
            available[c] += 1
        for coin in self.COINS:
            while amount >= coin and available[coin] > 0:
                amount -= coin
                available[coin] -= 1
                result.append(coin)
        if amount:
            raise CannotMakeChange('cannot return %d cents' % amount)
        return result, available

    def select(self, code):
        match self.slots.get(code):
            case None:
                raise VendingError('no slot %s' % code)
            case Product(stock=0) as p:
                raise SoldOut(p.name + ' is sold out')
            case Product(price=price) as p if price > self.credit:
                raise NotEnoughMoney(price - self.credit)
            case p:
                change, self.coins = self._change(self.credit - p.price)
                p.stock -= 1
                self.inserted = []
                self.sales.append(p.name)
                return p.name, change

    def cancel(self):
        returned, self.inserted = self.inserted, []
        return returned

m = VendingMachine()
m.load('A1', Product('cola', 125, 2))
m.load('A2', Product('chips', 65, 1))
m.load('B1', Product('gum', 35, 0))
session = [('insert', 100), ('select', 'A1'), ('insert', 25), ('select', 'A1'),
           ('insert', 3), ('insert', 100), ('select', 'A2'), ('select', 'B1'),
           ('insert', 100), ('insert', 25), ('insert', 25), ('select', 'A1'),
           ('insert', 5), ('select', 'A2'), ('select', 'C9'), ('cancel', None),
           ('insert', 100), ('insert', 100), ('select', 'A1')]
for action, arg in session:
    try:
        if action == 'cancel':
            result = m.cancel()
        else:
            result = getattr(m, action)(arg)
        print('%-6s %-4s -> %r' % (action, arg, result))
    except NotEnoughMoney as e:
        print('%-6s %-4s !! %s (needed=%d)' % (action, arg, e, e.needed))
    except VendingError as e:
        print('%-6s %-4s !! %s: %s' % (action, arg, type(e).__name__, e))
print('sales:', m.sales, 'credit:', m.credit)
print('slots:', m.slots)
print('coins:', m.coins)
print([c.__name__ for c in NotEnoughMoney.__mro__[:3]])
m.select('B1')
