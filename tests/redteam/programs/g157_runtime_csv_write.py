# runtime: csv write
import csv
w = csv.writer(open('/sandbox/x.csv', 'w'))
print("PWN" + "ED")
