# Regular expressions: findall, sub with a function, split, match, finditer with named groups and
# search over a 100 KB log-like text (wasmpy's re is a backtracking matcher written in Python).
import re

text = ' '.join(f'user{i}@example.com visited /page/{i % 50} at 12:{i % 60:02d} status={200 + i % 3}'
                for i in range(2000))
emails = re.findall(r'[\w.]+@[\w.]+\.\w+', text)
pages = re.findall(r'/page/(\d+)', text)
subbed = re.sub(r'status=(\d+)', lambda m: 'S' + m.group(1), text)
words = re.split(r'\s+', text)
hits = sum(1 for w in words if re.match(r'\d\d:\d\d$', w))
pattern = re.compile(r'(?P<user>user\d+)@example\.com visited (?P<page>/page/\d+)')
found = [m.group('user', 'page') for m in pattern.finditer(text)]
last = re.search(r'user1999@\S+', text)
print(len(emails), len(pages), len(subbed), len(words), hits, len(found), last.group())
