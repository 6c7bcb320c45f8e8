print('a\tb|\\|\'|\"|\x41\x42|\101\102|\u00e9\u4e2d|\U0001F600|end')
print(repr('a\nb'), repr('tab\there'), repr('\r\x00\x07\x1b\x7f'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("\\"))
print(repr('\x80\xff\u0100'), repr('\u200b'), repr('\ud7ff'))
print(len('\n\t\\'), len('\x41'), len('\U0001F600'))
s = 'line1\nline2\n'
print(s, end='')
print('no\
continuation')
print("\a\b\f\v" == '\x07\x08\x0c\x0b')
print(repr('\0'), repr('\12'), repr('\1234'))
