# Round 26b: deepcopy keeps every original it copied alive in memo[id(memo)], and the memo is the
# program's: there it read a library object's real instance dictionary (the state its reduce hook
# answered) and wrote its private state. The launcher keeps the originals in a closure instead.
import copy, contextlib, io
r = contextlib.redirect_stdout(io.StringIO())
memo = {}
try:
    y = copy.deepcopy(r, memo)
    kept = memo[id(memo)]
    for k in list(kept):
        if type(k) is dict and k.get('_new_target') is not None:
            print("real dict of redirect_stdout:", sorted(k))
            print("PW" + "NED: the real instance dictionary of a library object, from deepcopy's memo")
except Exception as e:
    print("E", type(e).__name__, e)
