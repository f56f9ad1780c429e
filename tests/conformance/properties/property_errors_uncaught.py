# properties: an exception raised inside a property getter propagates uncaught
class Sensor:
    def __init__(self, readings):
        self.readings = readings
    @property
    def average(self):
        return sum(self.readings) / len(self.readings)
    @property
    def report(self):
        return f'avg={self.average:.2f}'
print(Sensor([1, 2, 3, 4]).report)
print(Sensor([]).report)
