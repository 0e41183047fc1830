# adversary round 2: 030_heapq_key_import
import heapq
print(heapq.nsmallest(1, ["os"], key=__import__))
