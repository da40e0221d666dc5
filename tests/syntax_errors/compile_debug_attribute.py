import sys
sys.__debug__ = 1
