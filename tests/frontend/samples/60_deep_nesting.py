def a():
    def b():
        def c():
            def d():
                if x:
                    for y in z:
                        while w:
                            try:
                                with v:
                                    return [[[[1]]]]
                            except E:
                                pass
                return (((((1)))))
            return d
        return c
    return b
x = {'a': {'b': {'c': [1, (2, {3})]}}}
