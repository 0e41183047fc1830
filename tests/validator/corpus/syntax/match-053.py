match.x
