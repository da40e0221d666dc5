# The package of modules the import_*.py programs import.
print('pkgs initialised', __name__, __package__)
