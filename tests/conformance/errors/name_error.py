# errors: NameError for an undefined name at runtime, after earlier output
def shout(name):
    return name.upper() + '!'
def greet(name):
    return 'hello ' + salutation_text
print('start')
print(shout('ann'))
names = ['bo', 'cy']
for n in names:
    print(shout(n))
print(greet('ann'))
print('never')
