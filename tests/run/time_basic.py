import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.time_ns()
time.sleep(0.05)
print(time.time() - t0 >= 0.04, time.monotonic() - m0 >= 0.04, time.perf_counter() >= p0, isinstance(n0, int), n0 > 10**18)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(time.gmtime(0), time.gmtime(1e9), time.gmtime(-1.5), time.gmtime(2**40), time.gmtime(951782400))
st = time.gmtime(1234567890)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(st[0], st[-1], st[:3], len(st), tuple(st), st == (2009, 2, 13, 23, 31, 30, 4, 44, 0), isinstance(st, tuple))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %Z %z %% %c %x %X %U %W %w %e %D %T %F %R %C %G %g %V %u %h %Q', st))
for t in [0, 86399, 86400 * 365, 1e9, 1.7e9, -86400 * 400, 4102444800, 1230768000, 1262217600, 1293753600]:
    g = time.gmtime(t); print(time.strftime('%Y %j %U %W %V %G %a', g), time.asctime(g))
print(time.asctime(time.gmtime(0)), time.ctime(0), time.mktime(time.localtime(1e9)), time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.localtime(1e9), time.timezone, time.tzname, time.daylight)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
for f in [lambda: time.sleep('a'), lambda: time.sleep(-1), lambda: time.gmtime('a'), lambda: time.gmtime(1e20),
          lambda: time.struct_time((1, 2)), lambda: time.strftime(1), lambda: time.asctime((1, 2)), lambda: time.mktime(1),
          lambda: time.localtime(float('nan')), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
