# tier2: an exception raised four frames below a hot loop, after hundreds of successful
# iterations, escapes to the top level; the loop's partial output is printed before the traceback
class Store:
    def __init__(self):
        self.data = {i: i * 3 for i in range(450)}
    def fetch(self, k):
        return self.data[k]
class Service:
    def __init__(self, store):
        self.store = store
    def lookup(self, k):
        return self.store.fetch(k) + 1
def handle(svc, k):
    return svc.lookup(k) * 2
def main():
    svc = Service(Store())
    total = 0
    for k in range(600):
        total += handle(svc, k)
        if k % 100 == 0:
            print(k, total)
    print('done', total)
main()
