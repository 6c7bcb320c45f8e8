a = """first
second 'quoted' "double"
third"""
print(a)
print(repr(a))
b = '''x\ty
  indented'''
print(b)
c = r'C:\new\table\x41'
print(c, len(c), repr(c))
d = r"\d+\s*" + R'\n'
print(d, repr(d))
e = """\
no leading newline"""
print(e)
print(r'\\' + r'x', len(r'\\'))
print('adj' "acent" '''strings''', 'a' 'b' == 'ab')
print(repr(r'\''), repr(r"a\"b"))
