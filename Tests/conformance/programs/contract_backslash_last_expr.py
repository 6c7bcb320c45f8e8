a = 'start'
a + \
    ' # not a comment' + \
    "'quoted'"
