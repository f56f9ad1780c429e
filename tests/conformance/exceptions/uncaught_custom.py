# exceptions: uncaught custom exception with args; last traceback line shows module-less class
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(price, self.amount)
        self.amount -= price
        return self.amount
w = Wallet(10)
print(w.pay(3))
print(w.pay(4))
print(w.pay(5))
