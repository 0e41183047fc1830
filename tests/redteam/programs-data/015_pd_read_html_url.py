import pandas as pd
print("PW" + "NED:", pd.read_html("http://169.254.169.254/latest/meta-data/"))
