where = 'namespace package member'
