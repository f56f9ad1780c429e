if True:
	x = 1
	if x:
		y = 2
	else:
		y = 3
def f():
	return 1
