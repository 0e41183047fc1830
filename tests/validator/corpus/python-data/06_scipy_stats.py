import scipy.stats
r = scipy.stats.linregress([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(round(r.slope, 3), round(r.intercept, 3), round(r.rvalue, 4))
print(round(scipy.stats.norm.cdf(1.96), 4), round(scipy.stats.norm.ppf(0.975, loc=0, scale=1), 3))
t = scipy.stats.ttest_ind([5.1, 4.9, 5.3, 5.0], [5.9, 6.1, 6.0, 5.8])
print(round(float(t.statistic), 3), float(t.pvalue) < 0.001)
