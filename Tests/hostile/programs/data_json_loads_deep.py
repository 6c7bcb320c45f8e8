import json
print(json.loads('[' * 100000 + ']' * 100000))
