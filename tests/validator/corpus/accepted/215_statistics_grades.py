import statistics

scores = {
    "alice": [88, 92, 79, 93],
    "bob": [72, 65, 80, 70],
    "carol": [95, 98, 91, 99],
    "dave": [60, 75, 68, 71],
    "erin": [85, 85, 90, 80],
}
all_scores = [s for lst in scores.values() for s in lst]
print("mean   ", round(statistics.mean(all_scores), 3))
print("median ", statistics.median(all_scores))
print("stdev  ", round(statistics.stdev(all_scores), 3))
print("pstdev ", round(statistics.pstdev(all_scores), 3))
print("mode   ", statistics.mode(all_scores))
print("quartiles", statistics.quantiles(all_scores, n=4))
for name, lst in sorted(scores.items(), key=lambda kv: -statistics.fmean(kv[1])):
    avg = statistics.fmean(lst)
    z = (avg - statistics.mean(all_scores)) / statistics.pstdev(all_scores)
    print(f"{name:<6}{avg:7.2f}{z:+7.2f}")
