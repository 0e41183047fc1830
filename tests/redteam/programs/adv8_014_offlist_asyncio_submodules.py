# adversary round 8: 014: policy gap demo (no forbidden capability): modules off the allow-list reachable by plain means: `from asyncio import log/threads` (IMPORT_FROM falls back to sys.modules after hide_submodules removed the attribute) and asyncio.tasks.base_tasks / .coroutines / futures.base_futures / locks.mixins
import asyncio
from asyncio import log, threads, staggered, transports
print(log, log.logger, threads, staggered, transports)
print(asyncio.tasks.base_tasks, asyncio.tasks.coroutines, asyncio.futures.base_futures, asyncio.locks.mixins)
