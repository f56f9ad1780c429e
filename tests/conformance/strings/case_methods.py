# strings: upper/lower/title/capitalize/swapcase/casefold and predicates
words = ['hello World', "they're bill's friends", 'ABC def', 'mIxEd 123 caSe', '', 'élan ÉCOLE', 'straße']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print('Straße'.casefold(), 'Hello'.isupper(), 'HELLO'.isupper(), 'hello'.islower(), 'Hello World'.istitle())
tests = ['123', '12.5', 'abc', 'abc123', '', ' ', 'ABC', 'a b', '٣', 'Ab_1', '\t\n', 'x1']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print('Hello'.isascii(), 'héllo'.isascii(), 'abc'.isprintable(), 'a\nb'.isprintable())
print('ABC'.lower().upper(), 'a1b2'.upper(), ''.title(), 'x'.capitalize())
