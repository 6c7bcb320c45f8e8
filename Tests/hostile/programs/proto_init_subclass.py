class A:
    def __init_subclass__(cls):
        class C(cls):
            pass
class B(A):
    pass
