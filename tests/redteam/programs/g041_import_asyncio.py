# import: import asyncio and use it
import asyncio
print("PWN" + "ED", asyncio.subprocess)
