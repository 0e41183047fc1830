x = '\N{EM SPACE}'
