import a.😀
