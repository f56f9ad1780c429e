# leading comment

x = 1  # trailing comment
    # indented comment

def f():
    # comment in body

    return 1  # after return
# between

    # weird indent comment
y = [
    1,  # one
    # standalone
    2,
]
