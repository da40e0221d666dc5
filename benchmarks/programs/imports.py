# Module import: the standard-library modules programs reach for, imported by a fresh process
# (wasmpy's are frozen into the build; CPython reads its cached .pyc files).
import bisect
import collections
import contextlib
import copy
import dataclasses
import enum
import functools
import heapq
import itertools
import json
import math
import random
import re
import string
import textwrap
import typing

print(json.dumps({'modules': 16}), re.sub(r'\d', '#', 'a1b2'), textwrap.shorten('a b c d e f', 8))
