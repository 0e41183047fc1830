# eval: Dict[str, '...'] and Callable[['...'], int] hold ForwardRefs
import typing
src = "print('PWN' + 'ED', __import__('os').getpid())"
for alias in (typing.Dict[str, src], typing.Callable[[src], int], typing.Union[src, int]):
    for a in typing.get_args(alias):
        for b in ([a] if not isinstance(a, list) else a):
            if type(b).__name__ == "For" + "wardRef":
                try:
                    b._evaluate(None, None, frozenset())
                except Exception as e:
                    print("refused:", type(e).__name__, e)
                break
    break
