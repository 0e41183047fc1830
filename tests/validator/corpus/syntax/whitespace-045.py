if 1:
    # comment
