name = 'child of a collecting package'
