import json
x = []
for i in range(100000):
    x = [x]
print(json.dumps(x)[:5])
