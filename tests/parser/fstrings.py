# f-strings as 3.11 parses them: each replacement field's expression is placed by where its '{'
# sits in the token; literal parts span the whole concatenation.
name, width, precision, value, items = 'x', 10, 4, 3.14159, [1, 2]
a = f"{name}"
a = f'{name!r} {name!s} {name!a}'
a = f"{value:{width}.{precision}}"
a = f"{value:>{width}}" f'{value:<{width}}'
a = f"{value=}"
a = f"{ value = }"
a = f"{value = !r:>10}"
a = f"{value=:.2f}"
a = f"{{literal braces}} {{{name}}}"
a = f"{'nested' + 'quotes'}"
a = f'{"double"}' f"{'single'}"
a = f'''{"""triple"""}'''
a = f"{items[0]}{items[-1]}{len(items)}"
a = f"{x for x in items}"
a = f"{*items,}"
a = f"{items, width}"
a = f"{(lambda: 1)}"
a = f"{(lambda x: x)(1)}"
a = f"{ {'a': 1}['a'] }"
a = f"{value:{'>' if width else '<'}{width}}"
a = f"{name}" "plain" f"{value}" 'tail'
a = "head" f"{name}"
a = u"kind u" f"{name}"
a = f"" ""
a = f"{name}"f"{name}"
a = rf"\d{name}\n" + fr'{name}\w' + Rf"{name}" + fR"{name}"
a = f"\N{BULLET} {name} \t\x41\u0042\U00000043"
a = f"{name:\x41}"
a = f"""
    multi-line {name}
      {value:>{width}}
    {
        name
    }
"""
a = f"""{
name}"""
b = f"{name}" f"""
{value}"""
if True:
    c = f"""abc
  {name} {
value + 1}"""
d = f"{f'{name}'}"
d = f'''{f"{f'{name}'}"}'''
e = f"{value!r:^{width}.{precision}}"
e = f"{name}=" f"{value}"
e = f"{3.14:.1f} {0x10:#x} {10:,}"
e = f"{'é'} {name} é{name}"
e = f"{name:é>10}"
e = f"{ name }{ value }"
