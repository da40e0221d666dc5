import copy

inner = (1, 2)
s = {inner, 'a', 3}
d = copy.deepcopy(s)
print(sorted(map(repr, d)), d == s, d is not s)
nested = {'k': {1, 2}, 'l': [{3}]}
c = copy.deepcopy(nested)
print(c, c['k'] is not nested['k'], c['l'][0] is not nested['l'][0])
shared = {5}
pair = [shared, shared]
copied = copy.deepcopy(pair)
print(copied, copied[0] is copied[1], copied[0] is not shared)
print(copy.copy(s) == s, copy.copy(s) is not s)
