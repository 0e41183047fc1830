import csv
import io

semi = 'name;city;score\n"Smith; John";Paris;7.5\nLee;"New\nYork";9\nO\'Neil;Oslo;6\n'
reader = csv.reader(io.StringIO(semi), delimiter=";")
header = next(reader)
rows = list(reader)
print(header)
for r in rows:
    print(r)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "score", "note"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n", extrasaction="ignore")
w.writeheader()
for name, city, score in rows:
    w.writerow({"name": name, "score": float(score), "note": f'from "{city}"', "city": city})
print(out.getvalue())

tsv = "a\tb\tc\n1\t2\t3\n4\t5\t6\n"
cols = list(zip(*csv.reader(io.StringIO(tsv), delimiter="\t")))
print({c[0]: sum(map(int, c[1:])) for c in cols})
sniffed = csv.Sniffer().sniff("x|y|z\n1|2|3\n")
print(repr(sniffed.delimiter))
