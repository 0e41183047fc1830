del x +
