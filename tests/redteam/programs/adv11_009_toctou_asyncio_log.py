from asyncio import log
print(log)
lg = log.logger
print(lg, lg.manager)
rec = lg.makeRecord("n", 20, "f", 1, "m", (), None)
print("PW" + "NED?", rec.process, rec.processName)
