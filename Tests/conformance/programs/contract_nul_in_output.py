print('a\0b')
print(len('x\x00y'), repr('\x00'))
'end\x00'
