# -*- coding: latin-1 -*-
# A PEP 263 declaration: bytes decode as latin-1, columns are UTF-8 bytes of the text.
s = "café à ÿ"
x = "é"; y = 1
nomé = 2
