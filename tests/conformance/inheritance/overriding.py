# inheritance: method overriding, template method pattern, calling overridden base methods
class Report:
    title = 'Report'
    def header(self):
        return f'== {self.title} =='
    def body(self):
        return 'empty'
    def render(self):
        return '\n'.join([self.header(), self.body(), self.footer()])
    def footer(self):
        return '-' * len(self.header())
class Sales(Report):
    title = 'Sales'
    def body(self):
        return 'sold 3 units'
class Detailed(Sales):
    def body(self):
        return Sales.body(self) + ' (detailed)'
    def footer(self):
        return super().footer().replace('-', '=')
for cls in (Report, Sales, Detailed):
    print(cls().render())
print(Detailed.title, Detailed.header is Report.header, 'body' in Detailed.__dict__, 'header' in Detailed.__dict__)
class Base:
    def __init__(self):
        self.setup()
    def setup(self):
        self.mode = 'base'
class Derived(Base):
    def setup(self):
        self.mode = 'derived'
print(Derived().mode, Base().mode)
