for s in ['123', '12a', '', ' ', 'abc', 'ABC', 'a b', '\t\n', '½', '²', 'éé', 'a1', '٣', '-1', '1.5', 'Ⅷ']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
