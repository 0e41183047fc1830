global 😀
