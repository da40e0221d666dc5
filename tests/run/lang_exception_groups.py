# BaseExceptionGroup and ExceptionGroup: construction checks, the class chosen, str, message, exceptions, derive.
for args in [('m',), ('m',[ValueError()], 1)]:
    try: BaseExceptionGroup(*args)
    except Exception as e: print(type(e).__name__, e)
try: BaseExceptionGroup(message='m', exceptions=[])
except Exception as e: print(type(e).__name__, e)
try: BaseExceptionGroup(1, [ValueError()])
except Exception as e: print(type(e).__name__, e)
for x in [{1}, [], 5, {'a':1}, 'ab']:
  try: BaseExceptionGroup('m', x)
  except Exception as e: print(type(e).__name__, e)
try: BaseExceptionGroup('m', [ValueError(), 1])
except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup('m', [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
e = BaseExceptionGroup('msg', [ValueError(1), KeyError(2)]); print(type(e).__name__, str(e), repr(e), e.args, e.message, e.exceptions)
e = BaseExceptionGroup('msg', (KeyboardInterrupt(),)); print(type(e).__name__, str(e), repr(e))
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__)
d = e.derive([ValueError()]); print(type(d).__name__, d)
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except Exception as e:
    print('caught as Exception', type(e).__name__, isinstance(e, BaseExceptionGroup))
class MyEG(ExceptionGroup):
    pass
g = MyEG('mine', [ValueError()])
print(type(g).__name__, g, isinstance(g, Exception))
try: MyEG('m', [KeyboardInterrupt()])
except TypeError as e: print(e)
class MyBEG(BaseExceptionGroup):
    pass
print(type(MyBEG('b', [ValueError()])).__name__)
