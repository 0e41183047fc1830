import asyncio
async def main():
    t = asyncio.ensure_future(asyncio.sleep(5))
    await asyncio.sleep(0)
    match t:
        case object(get_stack=gs):
            frames = gs()
            fr = frames[0]
            print(type(fr).__name__, fr.f_lineno)
            match fr:
                case object(f_globals=g):
                    print("PW" + "NED", sorted(g)[:3])
    t.cancel()
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
