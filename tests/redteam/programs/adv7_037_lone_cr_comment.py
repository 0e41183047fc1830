# adversary round 7: lone-CR line break after a comment: does the walker see the statement CPython sees?
import typing
# hidden?g = typing.cast.__globals__print('PWN' + 'ED', type(g))
