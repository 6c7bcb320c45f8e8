word = 'hi'
word[5]
