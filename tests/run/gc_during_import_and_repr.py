# Values the VM keeps between calls must survive collections: the submodule name while its
# parent package's code runs (and collects), and the text `builtins` type reprs compare with.
print(type(1), type(''))
import pkgs.collecting.child
print(pkgs.collecting.child.name, pkgs.collecting.child is __import__('sys').modules['pkgs.collecting.child'])
for i in range(3000):
    garbage = [i] * 1000
words = ['w%d' % i for i in range(3000)]
print(type(1), list, type(b''), type(pkgs.collecting))
