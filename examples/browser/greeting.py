def greet(name):
    return f'hello, {name}, from Python'
