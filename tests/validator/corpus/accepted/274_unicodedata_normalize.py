import unicodedata

samples = ["café", "cafe\u0301", "Ångström", "ﬁ ligature", "①②③", "Straße"]
for s in samples:
    nfc = unicodedata.normalize("NFC", s)
    nfkd = unicodedata.normalize("NFKD", s)
    ascii_only = "".join(c for c in nfkd if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    print(f"{s!r:16} len={len(s)} nfc={len(nfc)} ascii={ascii_only!r}")
print(unicodedata.normalize("NFC", "cafe\u0301") == "café")
for ch in "Aé€٣😀":
    print(ch, unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.numeric(ch, None))
print(unicodedata.lookup("SNOWMAN"), unicodedata.decimal("٣"), unicodedata.east_asian_width("世"))
print("Straße".casefold() == "STRASSE".casefold())
