import time

epoch_values = [0, 86400 * 365, 1_000_000_000, 1_700_000_000]
for t in epoch_values:
    st = time.gmtime(t)
    print(t, time.strftime("%Y-%m-%d %H:%M:%S %a %j", st), st.tm_wday, st.tm_yday)
parsed = time.strptime("2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_wday)
print(time.asctime(time.gmtime(1_234_567_890)))
start = time.perf_counter()
acc = 0
for i in range(10000):
    acc += i
elapsed = time.perf_counter() - start
print(acc, elapsed >= 0.0, elapsed < 5.0)
