# Dict/str-heavy text kernel: generate words from a deterministic generator,
# build sentences with join, split them back, count words in a dict, sort by
# frequency, and format a report. Exercises str building, hashing and sorting.
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sha", "vu", "ne", "dor", "pi",
             "el", "qua", "zu", "ban", "or", "fi"]


def make_words(n, seed):
    state = seed
    words = []
    for _ in range(n):
        state = (state * 1664525 + 1013904223) % 4294967296
        k = 1 + (state >> 28) % 3
        parts = []
        s = state
        for _ in range(k):
            parts.append(SYLLABLES[s & 15])
            s >>= 4
        w = "".join(parts)
        if (state >> 12) & 7 == 0:
            w = w.capitalize()
        words.append(w)
    return words


def make_text(words, per_line):
    lines = []
    for i in range(0, len(words), per_line):
        chunk = words[i:i + per_line]
        lines.append(" ".join(chunk) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(".,").lower()
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
    return counts


def report(counts, top):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for i, (w, c) in enumerate(items[:top]):
        out.append(f"{i + 1:3d}. {w:<12s} {c:6d}")
    return out, items


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    words = make_words(n, 2024)
    text = make_text(words, 11)
    counts = count_words(text)
    lines, items = report(counts, 5)
    for line in lines:
        print(line)
    by_len = {}
    for w, c in items:
        key = len(w)
        by_len[key] = by_len.get(key, 0) + c
    summary = ", ".join("%d:%d" % (k, by_len[k]) for k in sorted(by_len))
    h = 0
    for w, c in items:
        for ch in w:
            h = (h * 33 + ord(ch)) % 1000000007
        h = (h + c) % 1000000007
    upper = text.upper().count("KA")
    replaced = len(text.replace("sha", "S"))
    print("distinct", len(counts), "chars", len(text), "KA", upper, "replaced", replaced)
    print("by length:", summary)
    print("checksum", h)


main()
