lambda **: 1
