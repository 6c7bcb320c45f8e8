print('start')
raise SystemExit('fatal: giving up')
