# stdlib_string: ascii_letters, ascii_lowercase, ascii_uppercase, digits, punctuation, hexdigits
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(len(string.ascii_letters), 'q' in string.ascii_lowercase, '5' in string.digits)
def caesar(text, k):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lo:
            out.append(lo[(lo.index(ch) + k) % 26])
        elif ch in up:
            out.append(up[(up.index(ch) + k) % 26])
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print(string.capwords('hello   big world'))
