class Outer:
    a = 1
    class Inner:
        b = a + 1
