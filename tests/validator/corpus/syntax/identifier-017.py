lambda 😀: 1
