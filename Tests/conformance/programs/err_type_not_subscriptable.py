n = None
n[0]
