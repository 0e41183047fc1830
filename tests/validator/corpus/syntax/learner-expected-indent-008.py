def todo():
    # write this later
