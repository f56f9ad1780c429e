class A:
    pass
class B(A):
    x = 1
    def method(self):
        return self.x
class C(A, B, metaclass=M):
    pass
class D(*bases, **kw):
    pass
class E():
    """Docstring."""
    class Inner:
        pass
class F(object): pass
class G(Generic[T], x=1):
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        pass
