# Names bound by match statements.


def matcher(subject):
    match subject:
        case [first, *rest]:
            return first, rest
        case {"key": value, **others}:
            return value, others
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case (1 | 2) as small:
            return small
        case str() as text if text:
            return text
        case Color.RED:
            return None
        case [*_]:
            return []
        case _:
            return subject


match module_subject:
    case {"a": [1, captured]}:
        pass
    case other_name:
        pass
