# vim: set fileencoding=utf-16 :
x = 1
