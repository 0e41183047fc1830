#coding:latin1
x='ÿ'
