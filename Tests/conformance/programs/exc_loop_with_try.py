results = []
for v in ['1', 'x', '3', '', '-7', '2.5']:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(str(e))
for r in results:
    print(r)
