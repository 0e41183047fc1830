#!/usr/bin/env python3
# -*- coding: cp1252 -*-
x = '€'
