x: __debug__
