import time

start = time.perf_counter()
total = sum(i * i for i in range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
print(time.strftime("%Y-%m-%d", time.gmtime(0)))
print(time.monotonic() > 0, isinstance(time.time(), float))
t = time.strptime("30 Nov 2000", "%d %b %Y")
print(t.tm_year, t.tm_yday)
time.sleep(0.01)
