a = 1j
b = 2.5J
c = 1 + 2j
d = 1e3j
e = 0j
f = 1_0j
