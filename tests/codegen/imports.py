"""Imports in every form."""
import os
import os.path
import os.path as osp
import xml.dom.minidom as minidom
from os import path, sep as separator
from os.path import *


def local_imports():
    import json
    from collections import OrderedDict as OD, defaultdict
    from . import sibling
    from .. import parent
    from .pkg.mod import name
    return json, OD, defaultdict, sibling, parent, name


class Importer:
    import sys
    from sys import version as __version
