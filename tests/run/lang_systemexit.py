# SystemExit with an exit status.
print('exiting')
raise SystemExit(3)
