s = r'raw\n' b'' if 0 else '''tri
ple'''
t = '\N{LATIN SMALL LETTER A}'
