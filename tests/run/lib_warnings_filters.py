import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='spam')
    warnings.filterwarnings('error', message='.*fatal', category=RuntimeWarning)
    warnings.warn('spam and eggs')
    warnings.warn('SPAM is matched case-insensitively')
    warnings.warn('eggs alone')
    try:
        warnings.warn('this is fatal', RuntimeWarning)
    except RuntimeWarning as e:
        print('error:', e)
    warnings.warn('this is fatal', UserWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings('always')
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('from main')
    warnings.filterwarnings('always', module='other')
    warnings.warn('still from main')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=DeprecationWarning, append=True)
    warnings.warn('dep', DeprecationWarning)
    warnings.filterwarnings('ignore', lineno=30)
    warnings.warn('on line 30')
    warnings.warn('not on line 30')
print([(str(w.message), w.lineno) for w in log])
print(len(warnings.filters) > 0, warnings.filters[0][0])
