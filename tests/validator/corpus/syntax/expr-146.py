del []
