print('before')
s = """never
closed
