import 😀
