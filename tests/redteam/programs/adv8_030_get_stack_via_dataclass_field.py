# adversary round 8: 030: asyncio Task.get_stack (frames, launcher's among them) by a dataclass field named get_stack read by dataclasses.astuple -> expected runtime refusal (library getattr of get_stack)
import asyncio
import dataclasses

T = dataclasses.make_dataclass('T', [('get_' + 'stack', object)], bases=(asyncio.Task,), init=False, repr=False, eq=False,
                               namespace={'__mod' + 'ule__': '__main__'})


async def main():
    t = T(asyncio.sleep(0))
    fields = dataclasses.astuple(t)
    frames = fields[0]()
    print(frames)
    if frames:
        print('PWN' + 'ED')
    await t

asyncio.run(main())
