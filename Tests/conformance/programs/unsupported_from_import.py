from uuid import uuid4
print(len(str(uuid4())))
