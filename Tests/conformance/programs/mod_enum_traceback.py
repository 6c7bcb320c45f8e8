# An error inside an enum method ends the program: the traceback shows the method's frame.
from enum import Enum

class Account(Enum):
    CHECKING = 1
    SAVINGS = 2

    def rate(self):
        rates = {Account.CHECKING: 0.0}
        return rates[self]

print(Account.CHECKING.rate())
try:
    Account.SAVINGS.rate()
except KeyError as e:
    print('KeyError', e)
Account.SAVINGS.rate()
