class Documented:
    """A class with a docstring."""
    def method(self):
        """Method docstring."""
        return 1
    def nodoc(self):
        return 2

class Plain:
    x = 1

print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Documented.nodoc.__doc__)
print(Plain.__doc__)
print(Plain().__doc__)

class NotDoc:
    x = 1
    """not a docstring"""
print(NotDoc.__doc__)

class Multi:
    """Line one.

    Line three.
    """
print(repr(Multi.__doc__))
