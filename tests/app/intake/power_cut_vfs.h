#pragma once
// A SQLite VFS for tests that loses power the way a disk does (after SQLite's own crash tests,
// test6.c): writes reach the file at once, but until the file is synced each write's old bytes are
// kept aside. At the chosen I/O event the power "fails": that write never happens and every later
// call fails. Once the test has closed its connections, restore_disk() puts back what an unsynced
// write overwrote and cuts each file to its last synced length — the disk as it would be after the
// cut. (The page cache survives a SIGKILL; it does not survive this.)
#include <cstdint>

namespace power_cut {

// Makes the shim SQLite's default VFS; the power fails at I/O event `cut_at` (writes, truncates and
// syncs counted from this call; 0 = never). Counting starts again at each call.
void install(std::int64_t cut_at);
// SQLite's own VFS is the default again (the shim stays registered, unused).
void uninstall();
// Events seen since install(); whether the power has failed.
std::int64_t events();
bool failed();
// After every connection through the shim is closed: the disk after the cut.
void restore_disk();

}  // namespace power_cut
