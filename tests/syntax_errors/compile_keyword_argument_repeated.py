print("a", sep="", end="", sep=" ")
