if 1:
# only a comment
