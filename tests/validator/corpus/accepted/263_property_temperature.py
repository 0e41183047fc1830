class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    def __repr__(self):
        return f"Temperature({self._c:.2f}C / {self.fahrenheit:.2f}F / {self.kelvin:.2f}K)"


t = Temperature(25)
print(t)
t.fahrenheit = 212
print(t)
for v in (-300, -273.15, 37):
    try:
        t.celsius = v
        print("set", t)
    except ValueError as e:
        print("rejected:", e)
table = [(c, Temperature(c).fahrenheit) for c in range(-40, 101, 20)]
print("\n".join(f"{c:>5}C = {f:>6.1f}F" for c, f in table))
