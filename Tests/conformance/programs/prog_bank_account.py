# A small bank: accounts, transfers, an audit log, and a custom exception hierarchy.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__('%s cannot withdraw %d (balance %d)' % (account.owner, amount, account.balance))
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen('account %d is frozen' % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('deposit must be positive, got %r' % amount)
        self.balance += amount
        self.history.append(('deposit', amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self.balance

    def add_interest(self):
        gained = int(self.balance * self.interest_rate)
        self.balance += gained
        return gained

    def __repr__(self):
        return '<Account %d %s: %d>' % (self.number, self.owner, self.balance)

class SavingsAccount(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2

    def withdraw(self, amount):
        used = sum(1 for kind, _ in self.history if kind == 'withdraw')
        if used >= self.withdrawals_allowed:
            raise BankError('%s: withdrawal limit reached' % self.owner)
        return super().withdraw(amount)

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        self.log.append('opened %r' % acct)
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except BankError as e:
            self.log.append('transfer failed: %s' % e)
            raise
        else:
            dst.deposit(amount)
            self.log.append('moved %d from %s to %s' % (amount, src.owner, dst.owner))
        finally:
            self.log.append('transfer attempt finished')

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank('Pybank')
alice = bank.open(Account, 'alice', 100)
bob = bank.open(SavingsAccount, 'bob', 50)
print(alice, bob, bank.total())
bank.transfer(alice, bob, 30)
print(alice, bob)
for amount in [500, 10, 10, 10]:
    try:
        bank.transfer(bob, alice, amount)
    except InsufficientFunds as e:
        print('insufficient:', e, '| asked', e.amount)
    except BankError as e:
        print('bank error:', type(e).__name__, e)
print(alice, bob, bank.total())
try:
    alice.deposit(-5)
except ValueError as e:
    print('ValueError', e)
print('interest:', alice.add_interest(), bob.add_interest())
alice.frozen = True
try:
    alice.deposit(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, AccountFrozen))
for line in bank.log:
    print('log:', line)
print(sorted(bank.accounts), [h for h in bob.history])
bank.transfer(alice, bob, 1)
