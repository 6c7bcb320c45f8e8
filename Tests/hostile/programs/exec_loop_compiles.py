# exec in a loop: each call compiles; limits still stop it
i = 0
while True:
    exec("x = [j for j in range(100)]\nif len(x) != 100: raise SystemExit(1)")
    i += 1
