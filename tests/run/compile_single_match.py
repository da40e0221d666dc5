# compile() in 'single' mode (the REPL's) accepts a match statement, whose `match` is a soft keyword.
code = compile("match (1, 2):\n    case (1, y):\n        print('one', y)\n    case _:\n        pass\n", "<s>", "single")
exec(code)
match = 3
exec(compile("match\n", "<s>", "single"))
