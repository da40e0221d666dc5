# match statements: every pattern kind; match, case and _ stay usable as names.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case (1, 2, *rest):
        pass
    case ():
        pass
    case []:
        pass
    case (single,):
        pass
    case (grouped):
        pass

match value:
    case 0 | 1 | -1 | 1.5 | -2.5 | 1 + 2j | -1 - 2j | 0j:
        pass
    case "string" | b"bytes" | 'implicit' 'concat':
        pass
    case None | True | False:
        pass
    case Color.RED | module.Color.BLUE:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
    case pkg.mod.Point(x, y=[a, b]):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {}:
        pass
    case {1: _, "a": [*_], Color.RED: None}:
        pass
    case {**rest}:
        pass
    case [Point(x=0) as origin, *others] if origin:
        pass
    case (1 | 2) as num:
        pass
    case str() | bytes():
        pass
    case x if x > 0:
        pass
    case _:
        pass

match a, b:
    case 1, 2:
        pass
    case *all,:
        pass

match (a, *b):
    case _:
        pass

match = 1
match.attr = 2
match[0] = 3
match(x)
case = 4
_ = 5
print(match, case, _)
match -x:
    case _:
        pass
match not_a_keyword:
    case case:
        pass
