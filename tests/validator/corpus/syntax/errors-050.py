import x.
