print(len((1).to_bytes(2 ** 62, 'big')))
