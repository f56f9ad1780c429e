try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as exc:
    raise
else:
    pass
finally:
    pass
try:
    x = 1
finally:
    y = 2
try:
    pass
except A:
    pass
finally:
    pass
