# a SyntaxError from eval, uncaught
value = 1
print("before")
eval("value +* 2")
