# An order workflow state machine: states as classes, transitions validated, history kept.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__("cannot '%s' an order that is %s" % (event, state.name))
        self.state, self.event = state, event

class State:
    name = 'abstract'
    transitions = {}
    def on_enter(self, order):
        pass
    def __repr__(self):
        return '<%s>' % self.name

class New(State):
    name = 'new'
    transitions = {'pay': 'Paid', 'cancel': 'Cancelled'}

class Paid(State):
    name = 'paid'
    transitions = {'ship': 'Shipped', 'refund': 'Refunded'}
    def on_enter(self, order):
        order.paid_amount = order.total

class Shipped(State):
    name = 'shipped'
    transitions = {'deliver': 'Delivered', 'lose': 'Refunded'}

class Delivered(State):
    name = 'delivered'

class Cancelled(State):
    name = 'cancelled'

class Refunded(State):
    name = 'refunded'
    def on_enter(self, order):
        print('  refunding', order.paid_amount)
        order.paid_amount = 0

STATES = {cls.__name__: cls for cls in (New, Paid, Shipped, Delivered, Cancelled, Refunded)}

class Order:
    def __init__(self, oid, total):
        self.oid, self.total = oid, total
        self.paid_amount = 0
        self.state = New()
        self.history = [self.state.name]

    def fire(self, event):
        target = self.state.transitions.get(event)
        if target is None:
            raise InvalidTransition(self.state, event)
        self.state = STATES[target]()
        self.state.on_enter(self)
        self.history.append(self.state.name)
        return self

    @property
    def done(self):
        return not self.state.transitions

orders = {'A': Order('A', 30), 'B': Order('B', 99), 'C': Order('C', 5)}
script = [('A', 'pay'), ('B', 'cancel'), ('A', 'ship'), ('C', 'ship'), ('B', 'pay'),
          ('C', 'pay'), ('A', 'deliver'), ('C', 'refund'), ('A', 'refund'), ('C', 'pay')]
for oid, event in script:
    order = orders[oid]
    try:
        order.fire(event)
        print('%s %-7s -> %r paid=%d' % (oid, event, order.state, order.paid_amount))
    except InvalidTransition as e:
        print('%s %-7s !! %s' % (oid, event, e))
for oid, order in orders.items():
    print(oid, ' -> '.join(order.history), 'done' if order.done else 'open')
print(sorted(name for name, cls in STATES.items() if not cls.transitions))
def reachable(start):
    seen, todo = [], [start]
    while todo:
        s = todo.pop(0)
        if s not in seen:
            seen.append(s)
            todo.extend(STATES[s].transitions.values())
    return seen
print(reachable('New'), reachable('Shipped'))
orders['A'].fire('pay')
