x = [a for a in (c := b)]
