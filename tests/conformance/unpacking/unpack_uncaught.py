# unpacking: too many values to unpack is an uncaught ValueError
def parse_pair(s):
    key, value = s.split(':')
    return key, value
def parse_all(items):
    return dict(parse_pair(s) for s in items)
print(parse_pair('a:1'))
print(parse_all(['b:2', 'c:3']))
print(parse_pair('c:3:4'))
print('never')
