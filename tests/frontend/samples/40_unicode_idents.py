café = 1
π = 3.14159
名前 = 'name'
ﬁle = 2
Ω = café + π
def función(ñ):
    return ñ
class Ünïcode:
    ß = 1
x = 'naïve' + "日本語"
y = f'{π:.2f} {名前}'
print(café, ﬁle)
