x = *a,
