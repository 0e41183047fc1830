def show(score):
    print "Score:", score
show(5)
