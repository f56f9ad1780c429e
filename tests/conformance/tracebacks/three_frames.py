# tracebacks: AttributeError on None crossing 3 frames (main -> process -> normalize)
def normalize(record):
    return record.get('name').strip().lower()
def process(records):
    out = []
    for r in records:
        out.append(normalize(r))
        print('processed', out[-1])
    return out
process([{'name': '  Alice '}, {'name': 'BOB'}, {'nom': 'x'}])
