# adversary round 9: Tries (control): explicit two-argument super(GuardedModule, contextlib).__setattr__ -- expected 422 since only zero-arg super() is admitted
import contextlib

def spy(obj, name, *d):
    return obj.stdout

super(type(contextlib), contextlib).__setattr__("get" + "attr", spy)
print("written", contextlib.getattr is spy)
