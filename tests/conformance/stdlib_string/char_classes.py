# stdlib_string: classifying characters with string constants; base-36 encoding with digits+letters
import string
text = 'Hello World 2024! #tests'
print(sum(c in string.ascii_uppercase for c in text), sum(c in string.digits for c in text), sum(c in string.punctuation for c in text))
print(''.join(c for c in text if c in string.ascii_letters))
alphabet = string.digits + string.ascii_lowercase
def to_base36(n):
    if n == 0:
        return '0'
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(alphabet[r])
    return ''.join(reversed(out))
for n in [0, 35, 36, 1295, 10 ** 15, 2 ** 64]:
    s = to_base36(n)
    print(n, s, int(s, 36) == n)
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print('wizard'.translate(table))
