import statistics as st

data = [2.5, 3.1, 4.7, 3.1, 5.0, 6.2, 3.9]
print(st.mean(data), st.median(data), st.mode(data))
print(round(st.stdev(data), 4), round(st.pvariance(data), 4))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"))
print([round(q, 3) for q in st.quantiles(data, n=4)])
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 4), round(st.fmean([1, 2, 4]), 4), st.harmonic_mean([40, 60]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 4))
