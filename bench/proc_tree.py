#!/usr/bin/env python3
"""Runs a command and reports wall time, CPU time and peak RSS summed over its whole process tree
(a browser is many processes; GNU time's %M reports only the largest one).

  proc_tree.py [--label L] -- COMMAND ARGS...
prints: L wall_s=… cpu_s=… peak_rss_mb=…
"""
import os, resource, subprocess, sys, time

def tree_rss_kb(root):
    children = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/stat') as f:
                parts = f.read().rsplit(')', 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(pid))
        except (OSError, IndexError):
            pass
    total, stack = 0, [root]
    while stack:
        p = stack.pop()
        try:
            with open(f'/proc/{p}/status') as f:
                for line in f:
                    if line.startswith('VmRSS:'):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total

def main():
    args = sys.argv[1:]
    label = 'run'
    if args[:1] == ['--label']:
        label, args = args[1], args[2:]
    if args[:1] == ['--']:
        args = args[1:]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.005)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The sampler can miss a short peak: the largest single process's own high-water mark bounds it.
    peak = max(peak, after.ru_maxrss)
    print(f'{label} wall_s={wall:.3f} cpu_s={cpu:.3f} peak_rss_mb={peak/1024:.1f} exit={proc.returncode}')
    return proc.returncode

if __name__ == '__main__':
    sys.exit(main())
