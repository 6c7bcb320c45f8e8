# complex() from numbers
print(complex(), complex(1), complex(2.5), complex(1, 2), complex(1.5, -2))
print(complex(True, False), complex(real=3), complex(imag=4), complex(real=1, imag=2))
print(complex(1j), complex(1j, 1), complex(1, 1j), complex(1j, 1j))
print(complex(2 ** 60, 2 ** 70))
z = 1 + 2j
print(complex(z) is z)
class C:
    def __complex__(self):
        return 5 - 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
print(complex(-0.0, -0.0), complex(0.0, -0.0))
