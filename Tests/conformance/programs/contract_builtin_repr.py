len
