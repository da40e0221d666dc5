x = [a async]
