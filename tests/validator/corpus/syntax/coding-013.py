# This Python file uses the following encoding: utf-8
x = 1
