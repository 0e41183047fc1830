from a import b
