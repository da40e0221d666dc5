print('broken runs')
attempts = 1
raise ValueError('broken on purpose')
