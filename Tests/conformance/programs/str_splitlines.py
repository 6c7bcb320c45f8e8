text = 'one\ntwo\r\nthree\rfour\n\nsix'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'no newline'.splitlines(), 'trail\n'.splitlines(keepends=True))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('x\n\ny'.split('\n'), 'x\n\ny'.splitlines())
