from 😀 import m
