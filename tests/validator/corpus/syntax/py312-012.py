def type(): pass
