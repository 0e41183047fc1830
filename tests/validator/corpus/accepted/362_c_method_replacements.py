# What the launcher replaces on CPython 3.11's own types (deque.index, OrderedDict equality,
# itertools.groupby, struct.Struct, asyncio's Future) answers exactly as CPython does.
import asyncio
import collections
import itertools
import statistics
import struct

runs = [(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")]
print(runs)
print([(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda n: n % 3 == 0)])
groups = itertools.groupby("xxyyyz")
key1, group1 = next(groups)
key2, group2 = next(groups)
print(key1, list(group1), key2, list(group2), [k for k, _ in groups])
nan = float("nan")
print([(k, len(list(g))) for k, g in itertools.groupby([nan, nan, 1.0, 1])])
print(list(itertools.groupby([])), statistics.multimode("aabbbcccd"), statistics.mode([4, 1, 4]))
print(sorted((k, sum(1 for _ in g)) for k, g in itertools.groupby(sorted("mississippi"))))

window = collections.deque([3, 1, 4, 1, 5, 9, 2, 6], maxlen=8)
print(window.index(1), window.index(1, 2), window.index(9, -4), window.index(3, 0, 100))
for bad in [(7,), (1, 4, 5), (5, -1)]:
    try:
        window.index(*bad)
    except ValueError as exc:
        print("ValueError:", exc)

O = collections.OrderedDict
a, b = O(x=1, y=2), O(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(a) == b, a == O(x=1, y=2), a != O(x=1, y=3), a == [1])


class Counted(O):
    pass


print(Counted(x=1) == O(x=1), Counted(x=1, y=2) == Counted(y=2, x=1))

record = struct.Struct("<hiq")
packed = record.pack(-2, 70000, 2**40)
print(record.size, packed.hex(), record.unpack(packed))
print(list(record.iter_unpack(packed * 2)), struct.calcsize("<3s2H"), struct.pack(">I", 258))
buffer = bytearray(record.size)
record.pack_into(buffer, 0, 1, 2, 3)
print(bytes(buffer).hex(), record.unpack_from(buffer))


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    seen = []
    callback = seen.append
    future.add_done_callback(callback)
    future.add_done_callback(callback)
    print("removed", future.remove_done_callback(callback))
    future.set_result(42)
    print(await future, future.done(), future.result())
    queue = asyncio.Queue()

    async def produce():
        for n in range(3):
            await queue.put(n)
            await asyncio.sleep(0)

    task = asyncio.create_task(produce())
    got = [await queue.get() for _ in range(3)]
    await task
    print(got, task.done(), await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b")))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
