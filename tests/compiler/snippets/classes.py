class Base:
    attr = 1

    def __init__(self, x):
        self.__private = x
        self.__dunder__ = x

    def get(self):
        return self.__private

    @property
    def prop(self):
        return self.__private

    @staticmethod
    def st(__arg):
        return __arg


class Child(Base, metaclass=type):
    """Child doc."""
    attr = Base.attr + 1
    items = [attr for _ in range(3)]

    def __init__(self, x):
        super().__init__(x)
        self.y = __class__

    def method(self):
        return super().get() + self.attr

    class Inner:
        def f(self):
            return __class__


def factory(v):
    class Local:
        val = v

        def get(self):
            return v

        def shadow(self):
            return val  # noqa: F821 (global lookup: class scopes don't leak)
    return Local


def deco(cls):
    return cls


@deco
class Decorated(*[Base], **{}):
    pass


class Walrus:
    x = [y := 1, y]
