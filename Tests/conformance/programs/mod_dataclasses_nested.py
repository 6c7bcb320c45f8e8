# Dataclasses holding dataclasses: a small order system with asdict and replace.
from dataclasses import dataclass, field, asdict, replace
@dataclass(frozen=True)
class Product:
    sku: str
    price: int
@dataclass
class Line:
    product: Product
    qty: int = 1
    @property
    def total(self):
        return self.product.price * self.qty
@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    def add(self, product, qty=1):
        for i, line in enumerate(self.lines):
            if line.product == product:
                self.lines[i] = replace(line, qty=line.qty + qty)
                return
        self.lines.append(Line(product, qty))
    def total(self):
        return sum(l.total for l in self.lines)
apple, pear = Product('apple', 3), Product('pear', 5)
o = Order(1)
o.add(apple)
o.add(pear, 2)
o.add(apple, 4)
print(o)
print(o.total(), [l.total for l in o.lines])
print(asdict(o))
print(sorted({apple, pear, Product('apple', 3)}, key=lambda p: p.sku))
