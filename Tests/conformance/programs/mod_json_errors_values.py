import json
docs = ['', ' ', '\n', 'x', 'nul', 'nulll', 'tru', 'True', 'None', 'NAN', 'nan', 'infinity', '-Inf', '-',
        '--1', '+1', '.5', '[', '[,]', '[1,]', '[1,,2]', '{"a":}', '{"a": ,}', '[-]', "'single'",
        '[1, 2', '["a", @]', '  \t  ', '[\n  1,\n  ]', '01', '-01']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e.msg, e.pos, e.lineno, e.colno)
