# tracebacks: IndexError raised one call deep, crossing 2 frames
def last_item(seq):
    return seq[len(seq)]
def safe_last(seq):
    return seq[-1] if seq else None
data = [1, 2, 3]
print('first', data[0])
print('safe last', safe_last(data), safe_last([]))
print('last', last_item(data))
print('never')
