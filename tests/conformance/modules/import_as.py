# modules: import ... as, from ... import * style names, module attributes via getattr
import _helper_mod as hm
from _helper_mod import square as sq
print(hm.square(4), sq(5), hm.square is sq)
fn = getattr(hm, 'square')
print(fn(6))
setattr(hm, 'new_attr', 'added')
import _helper_mod
print(_helper_mod.new_attr, _helper_mod is hm)
import math as m, string as s
print(m.floor(2.7), s.digits)
