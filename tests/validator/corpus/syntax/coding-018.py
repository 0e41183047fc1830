# -*- coding: big5 -*-
x = '世'
