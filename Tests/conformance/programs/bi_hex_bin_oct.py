print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(-(2 ** 70)))
print(bin(0), bin(5), bin(-5), bin(2 ** 40), oct(0), oct(8), oct(-64), oct(2 ** 65))
print(hex(True), bin(False), int(hex(12345), 16), int(bin(-99), 0), int(oct(511), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
