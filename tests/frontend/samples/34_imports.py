import os
import os.path
import a.b.c as d
import x, y as z, w.v
from os import path
from os import path as p, sep
from . import a
from .. import b
from ... import c
from .... import d
from .mod import e
from ..pkg.mod import f as g
from x import (a, b,
    c as d)
from x import (a)
from y import *
from . import (a, b,)
from .a.b import c
