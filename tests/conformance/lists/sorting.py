# lists: sort/sorted with key, reverse, and stability
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
recs = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('fay', 25)]
by_age = sorted(recs, key=lambda r: r[1])
print(by_age)
print(sorted(recs, key=lambda r: r[1], reverse=True))
step = sorted(recs, key=lambda r: r[0])
step.sort(key=lambda r: r[1])
print(step)
print(sorted(recs, key=lambda r: (-r[1], r[0])))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
lst.sort(reverse=True)
print(lst)
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted([[2, 1], [1, 5], [1, 2]]))
print(sorted([3.5, 1, 2.25, -0.5, True]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
