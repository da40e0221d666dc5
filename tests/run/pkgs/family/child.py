print('child runs as', __name__, __package__)


def greet(who):
    return 'hello ' + who
