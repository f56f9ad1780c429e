# properties: @property with setter and deleter, validation in setter
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance
    @property
    def balance(self):
        print('  get balance')
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f'negative balance: {value}')
        print('  set balance', value)
        self._balance = value
    @balance.deleter
    def balance(self):
        print('  delete balance')
        self._balance = 0
a = Account('ann', 50)
print(a.balance)
a.balance += 25
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
del a.balance
print(a._balance, type(Account.balance).__name__)
