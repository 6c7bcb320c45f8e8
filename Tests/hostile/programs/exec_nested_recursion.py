# exec and eval calling themselves: RecursionError, not a native stack overflow
s = "exec(s)"
exec(s)
