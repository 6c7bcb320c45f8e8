print(len(bytes.fromhex('ab' * 10 ** 6)))
