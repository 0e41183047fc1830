# eval: marshal.loads a code object (static wall)
import marshal
c = marshal.loads(marshal.dumps(compile("print('PWN' + 'ED')", "x", "exec")))
exec(c)
