# An inventory system: items with validation via descriptors, stock movements, reports.
class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError('%s must be a number, not %s' % (self.public, type(value).__name__))
        if value < 0:
            raise ValueError('%s must be >= 0, got %r' % (self.public, value))
        setattr(obj, self.name, value)

class Item:
    price = Positive()
    quantity = Positive()
    def __init__(self, sku, name, price, quantity=0):
        self.sku, self.name = sku, name
        self.price, self.quantity = price, quantity
    @property
    def value(self):
        return self.price * self.quantity
    def __repr__(self):
        return 'Item(%r, %r, price=%r, qty=%r)' % (self.sku, self.name, self.price, self.quantity)

class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.items = {}
        self.moves = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError('duplicate sku %s' % item.sku)
        self.items[item.sku] = item
    def receive(self, sku, n):
        self.items[sku].quantity += n
        self.moves.append((sku, +n))
    def ship(self, sku, n):
        item = self.items[sku]
        if item.quantity < n:
            raise OutOfStock('%s: want %d, have %d' % (item.name, n, item.quantity))
        item.quantity -= n
        self.moves.append((sku, -n))
    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.quantity < threshold), key=lambda i: i.quantity)
    def total_value(self):
        return sum(i.value for i in self.items.values())
    def report(self):
        print('%-6s %-10s %7s %4s %8s' % ('SKU', 'NAME', 'PRICE', 'QTY', 'VALUE'))
        for sku in sorted(self.items):
            i = self.items[sku]
            print('%-6s %-10s %7.2f %4d %8.2f' % (sku, i.name, i.price, i.quantity, i.value))
        print('total value: %.2f' % self.total_value())

inv = Inventory()
inv.add(Item('A1', 'widget', 2.5, 10))
inv.add(Item('B2', 'gadget', 12.0, 3))
inv.add(Item('C3', 'doohickey', 0.75))
inv.report()
for action, sku, n in [('ship', 'A1', 4), ('receive', 'C3', 40), ('ship', 'B2', 5),
                       ('ship', 'C3', 12), ('receive', 'B2', 1), ('ship', 'Z9', 1)]:
    try:
        getattr(inv, action)(sku, n)
        print('%s %s %d ok' % (action, sku, n))
    except OutOfStock as e:
        print('out of stock:', e)
    except KeyError as e:
        print('unknown sku:', e)
inv.report()
print('low stock:', inv.low_stock())
print('moves:', inv.moves)
for bad in [('price', -1), ('quantity', 'lots'), ('price', True)]:
    try:
        setattr(inv.items['A1'], *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inv.add(Item('A1', 'copy', 1))
except KeyError as e:
    print('KeyError', e)
print(sorted(vars(inv.items['A1'])), type(Item.price).__name__)
Item('D4', 'broken', -3)
