# A UTF-8 byte order mark starts this file.
x = "é"
y = x
