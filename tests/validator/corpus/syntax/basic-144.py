(a) = 1
(a): int