class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in Celsius."""
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set celsius', v)
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print('AttributeError', e)
t.fahrenheit = 5
