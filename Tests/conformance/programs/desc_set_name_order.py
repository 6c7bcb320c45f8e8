class Field:
    counter = 0
    def __init__(self):
        Field.counter += 1
        self.order = Field.counter
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, self.order)
        self.name = name
        owner.fields = getattr(owner, 'fields', ()) + (name,)

class Model:
    first = Field()
    second = Field()
    not_a_field = 5
    third = Field()

print(Model.fields, Model.first.name, Model.third.order)
f = Field()
class Other:
    a = f
    b = f
print(f.name, Other.fields)
late = Field()
Model.late = late
print(hasattr(late, 'name'))
Model.late.name
