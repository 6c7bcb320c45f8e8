import json
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
data = [MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, MyInt(2)]), MyDict(a=MyFloat(1.0)), MyTuple((1, 2))]
print(json.dumps(data))
print(json.dumps(data, indent=1))
print(json.dumps({MyStr('k'): 1, MyInt(3): 2, MyFloat(0.5): 3}))
print(json.dumps(MyDict(b=1, a=2), sort_keys=True))
print(json.dumps(MyList()), json.dumps(MyDict()), json.dumps(MyStr('é')))
print(json.dumps([True, False, MyInt(0)]))
print(json.dumps({'x': MyFloat('inf')}))
