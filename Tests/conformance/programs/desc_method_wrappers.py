def logged(method):
    def wrapper(self, *args):
        print('%s.%s%r' % (type(self).__name__, method.__name__, args))
        return method(self, *args)
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    wrapper.__wrapped__ = method
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        """Add money."""
        self.balance += amount
        return self.balance
    @logged
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance -= amount
        return self.balance

a = Account()
print(a.deposit(50), a.withdraw(20))
print(Account.deposit.__name__, Account.deposit.__doc__)
print(Account.deposit.__wrapped__(a, 1))
print(Account.deposit.__qualname__)
a.withdraw(100)
