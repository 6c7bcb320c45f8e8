class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def describe(self):
        return type(self).__name__ + ': ' + self.speak()

class Dog(Animal):
    sound = 'woof'

class Cat(Animal):
    sound = 'meow'
    def speak(self):
        return Animal.speak(self).upper()

class Kitten(Cat):
    def __init__(self, name, age):
        Cat.__init__(self, name)
        self.age = age

for a in [Animal('thing'), Dog('rex'), Cat('tom'), Kitten('kit', 1)]:
    print(a.describe())
k = Kitten('bo', 2)
print(k.age, k.name, vars(k))
print(Kitten.__bases__, Kitten.__base__)
print(isinstance(k, Animal), issubclass(Kitten, Dog))
print(Kitten.speak is Cat.speak, Dog.speak is Animal.speak)
Kitten('x')
