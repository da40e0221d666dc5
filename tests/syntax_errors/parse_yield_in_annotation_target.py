x: int = = 1
