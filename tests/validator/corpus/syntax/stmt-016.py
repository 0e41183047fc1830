raise E
