class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def __str__(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()

for a in [Animal("x"), Dog("rex"), Puppy("bit", 3)]:
    print(a)
print(D().who(), [k.__name__ for k in D.mro()])
print(isinstance(Puppy("p", 1), Animal), issubclass(D, C))
