# Layout: tabs (tab stops of 8), form feeds, backslash continuations, implicit joining.
if True:
	x = 1
	if x:
		y = 2
	else:
	        z = 3
if True:
        a = 1
        b = 2

def f():
    return 1 + \
        2 + \
3
x = 1 + \
    2
x = [1,
2,   # comment inside brackets
        3]
x = (1 +

     2)
x = {
  'a': 1,
    'b': 2,
}
if x:  # trailing comment
    pass   ;
    # comment at a deeper indent

        # and at another
    pass
x = 1; y = 2;
\
x = 3
if x: \
    pass
assert (x ==
        1), \
    "message"
for i in \
        range(3): pass
    # comment with odd indent
def g(a,
      b): return a
