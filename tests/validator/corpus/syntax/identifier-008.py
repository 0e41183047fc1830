from m import 😀
