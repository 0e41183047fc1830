# socket: socket module named directly (static wall)
M = "PWN" + "ED"

import asyncio
print(M, asyncio.events.socket.socket())
