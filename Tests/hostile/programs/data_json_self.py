import json
a = []
a.append(a)
print(json.dumps(a))
