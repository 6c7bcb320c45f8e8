print(len('\t\t'.expandtabs(2 ** 40)))
