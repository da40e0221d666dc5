# Explicit and implicit globals, and what a global statement does to enclosing scopes.
counter = 0
print(len("builtins are implicit globals"))


def bump():
    global counter
    counter += 1
    return counter


def declares_unknown():
    # A global declared only in a function still becomes a symbol of the module.
    global created_later
    created_later = 1


def reads():
    return counter, undefined_name


def shadows():
    counter = 10
    return counter


def outer():
    global shared
    shared = 1

    def inner():
        # `shared` is global in the enclosing function: implicit global here.
        return shared
    return inner


def outer_local():
    value = 1

    def inner():
        global value
        value = 2

        def innermost():
            # The global statement in `inner` hides `outer_local`'s binding.
            return value
        return innermost
    return inner


class Config:
    global counter
    counter = 5
    setting = counter

    def method(self):
        return setting


def deleter():
    global counter
    del counter


global at_module_level
at_module_level = 1
