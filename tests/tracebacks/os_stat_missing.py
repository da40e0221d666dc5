import os

os.stat('no_such_file_here.txt')
