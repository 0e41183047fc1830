x = '\N{latin small letter e}'
