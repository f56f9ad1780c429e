# lists: sort is stable for equal keys across many elements and reverse=True
data = [(i % 5, i) for i in range(30)]
s = sorted(data, key=lambda p: p[0])
print(s)
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
r = sorted(data, key=lambda p: p[0], reverse=True)
print(r[:12])
names = ['Bo', 'al', 'Cy', 'Al', 'bo', 'cy', 'AL']
print(sorted(names, key=str.lower))
print(sorted(names, key=str.lower, reverse=True))
lst = list(range(20))
lst.sort(key=lambda x: x % 3 == 0)
print(lst)
lst.sort(key=lambda x: -(x // 5))
print(lst)
