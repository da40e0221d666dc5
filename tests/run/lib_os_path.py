import os, os.path
from os import path
import os.path as osp
print(osp is os.path, os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.pathsep, os.devnull)
print(path.join('a', 'b', 'c'), path.join('/a', '/b', 'c'), path.join('a/', 'b'), path.join('', 'x'), path.join('a', ''))
for p in ['/a/b/c.txt', 'a/b/', '/', '//x', 'c', '', '.bashrc', 'a.b.c', '..', 'a/.x.y', '/a//b', 'x/...']:
    print(repr(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p), path.isabs(p))
for p in ['a/./b/../c', '/../x', '../../a', '//a/b', '///a', '', '.', 'a/..', '/a/b/../../..', './']:
    print(repr(p), path.normpath(p))
print(path.abspath('lib') == os.getcwd() + '/lib', path.relpath('/a/b/c', '/a/d'), path.relpath('lib/json'), path.relpath('/a', '/a'))
print(path.commonprefix(['/usr/lib', '/usr/local']), path.commonpath(['/usr/lib', '/usr/local']), path.commonpath(['a/b', 'a/c/d']))
print(path.exists('lib'), path.isdir('lib'), path.isfile('lib'), path.isfile('README.md'), path.exists('nope'), path.isdir('README.md'))
print(sorted(os.listdir('lib/json')), 'lib' in os.listdir(), 'json' in os.listdir(path.join('lib')))
print(os.getcwd() == path.abspath('.'), type(os.environ['HOME']), 'PATH' in os.environ, os.getenv('NO_SUCH_VAR_X'), os.getenv('NO_SUCH_VAR_X', 'dflt'))
os.environ['WASMPY_TEST'] = 'v'
print(os.environ['WASMPY_TEST'], os.environ.get('WASMPY_TEST'), 'WASMPY_TEST' in os.environ)
del os.environ['WASMPY_TEST']
print('WASMPY_TEST' in os.environ)
print(path.expanduser('~/x') == os.environ['HOME'] + '/x', path.expanduser('x~'), path.expandvars('$HOME/a') == os.environ['HOME'] + '/a', path.expandvars('${NO_SUCH_VAR_X}/$NO_SUCH_VAR_X y$'))
class P:
    def __fspath__(self): return 'lib/json'
print(os.fspath(P()), path.join(P(), 'x'), sorted(os.listdir(P())), isinstance(P(), os.PathLike), isinstance('x', os.PathLike))
for bad in [lambda: os.fspath(1), lambda: path.join('a', 1), lambda: path.basename(None), lambda: os.listdir('no/such/dir'), lambda: os.environ.__setitem__('a', 1), lambda: os.environ['NO_SUCH_VAR_X']]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
for dirpath, dirs, files in os.walk('lib/collections'):
    print(dirpath, sorted(dirs), sorted(files))
try: os.listdir('README.md')
except OSError as e: print(type(e).__name__, e.errno, e.filename)
print(os.error is OSError, path.splitdrive('/x'))
