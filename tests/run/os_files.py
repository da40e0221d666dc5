# os: stat/lstat/fstat, mkdir/makedirs/rmdir/removedirs, remove/unlink, rename/replace,
# scandir, walk and the os.path queries, through the host; errors as CPython's.
import os
import stat

base = os.path.join(os.getcwd(), '_wasmpy_os_test')


def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))


if os.path.exists(base):
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base), os.path.exists(base + 'x'))
st = os.stat(base)
print(type(st).__name__, type(st).__module__, tuple(st) == st, st == tuple(st), len(st), stat.S_ISDIR(st.st_mode), stat.S_ISREG(st[0]))
print(st.st_mode == st[stat.ST_MODE], st.st_size == st[6], type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(repr(st).startswith('os.stat_result(st_mode='), st.st_mtime_ns // 1_000_000_000 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)

f = os.path.join(base, 'a.txt')
with open(f, 'w') as out:
    out.write('hello')
    print(os.fstat(out.fileno()).st_size >= 0)
print(os.path.getsize(f), os.stat(f).st_size, os.lstat(f).st_size, stat.S_ISREG(os.stat(f).st_mode), os.path.isfile(f))
print(abs(os.path.getmtime(f) - os.stat(f).st_mtime) < 1e-6, os.path.getatime(f) > 0, os.path.getctime(f) > 0)
print(stat.filemode(os.stat(base).st_mode)[0], stat.filemode(os.stat(f).st_mode)[0], os.path.samefile(f, f))

os.makedirs(os.path.join(base, 'x', 'y', 'z'))
os.makedirs(os.path.join(base, 'x', 'y'), exist_ok=True)
attempt(lambda: os.makedirs(os.path.join(base, 'x', 'y')))
os.rename(f, os.path.join(base, 'x', 'b.txt'))
os.replace(os.path.join(base, 'x', 'b.txt'), os.path.join(base, 'x', 'y', 'c.txt'))
with open(os.path.join(base, 'x', 'd.txt'), 'w') as out:
    out.write('d')
for top, dirs, files in os.walk(base):
    print(os.path.relpath(top, base), sorted(dirs), sorted(files))
with os.scandir(os.path.join(base, 'x')) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink(), os.path.relpath(entry.path, base), os.fspath(entry) == entry.path)
print(sorted(e.name for e in os.scandir(base)))

attempt(lambda: os.stat(os.path.join(base, 'nope')))
attempt(lambda: os.lstat(os.path.join(base, 'nope')))
attempt(lambda: os.mkdir(base))
attempt(lambda: os.rmdir(os.path.join(base, 'x')))
attempt(lambda: os.rmdir(os.path.join(base, 'nope')))
attempt(lambda: os.remove(os.path.join(base, 'x')))
attempt(lambda: os.unlink(os.path.join(base, 'nope')))
attempt(lambda: os.rename(os.path.join(base, 'nope'), os.path.join(base, 'nope2')))
attempt(lambda: os.stat('a\0b'))
attempt(lambda: os.stat(1.5))
attempt(lambda: os.mkdir(5.5))
attempt(lambda: os.rename(1, 'b'))
attempt(lambda: os.stat(None))
attempt(lambda: os.scandir(os.path.join(base, 'nope')))
attempt(lambda: os.path.getsize(os.path.join(base, 'nope')))
attempt(lambda: os.stat_result(range(5)))
print(os.stat_result(range(10)), os.stat_result(range(10)).st_atime, os.stat_result(range(19)).st_rdev)
try:
    os.stat(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == os.path.join(base, 'missing'), e.filename2)
try:
    os.rename(os.path.join(base, 'm1'), os.path.join(base, 'm2'))
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))

os.remove(os.path.join(base, 'x', 'y', 'c.txt'))
os.unlink(os.path.join(base, 'x', 'd.txt'))
os.removedirs(os.path.join(base, 'x', 'y', 'z'))
print(os.path.exists(os.path.join(base, 'x')), os.path.exists(base))
if os.path.exists(base):
    os.rmdir(base)
print(os.path.exists(base))
