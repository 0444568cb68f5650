#include "power_cut_vfs.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace power_cut {
namespace {

// What a file looked like at its last sync: its length, and the old bytes of every write since,
// in order (put back newest first).
struct Undo {
  std::int64_t offset;
  std::string old_bytes;
};
struct FileState {
  std::int64_t synced_size = 0;
  std::vector<Undo> undo;
};

std::mutex g_mutex;
std::map<std::string, FileState> g_files;
std::int64_t g_events = 0;
std::int64_t g_cut_at = 0;
bool g_failed = false;
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};

struct CutFile {
  sqlite3_file base;
  sqlite3_file* real;
  std::string* path;  // nullptr: a temporary file, not tracked
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<CutFile*>(f)->real; }

// One more write, truncate or sync: false when the power fails now (or failed before).
bool tick() {
  if (g_failed) return false;
  ++g_events;
  if (g_cut_at > 0 && g_events >= g_cut_at) {
    g_failed = true;
    return false;
  }
  return true;
}

std::int64_t size_of(sqlite3_file* real) {
  sqlite3_int64 n = 0;
  if (real->pMethods->xFileSize(real, &n) != SQLITE_OK) return 0;
  return n;
}

// The bytes [offset, offset + amount) as they are now (short where the file ends).
std::string read_now(sqlite3_file* real, std::int64_t offset, std::int64_t amount) {
  const std::int64_t size = size_of(real);
  if (offset >= size) return {};
  std::string out(static_cast<std::size_t>(std::min(amount, size - offset)), '\0');
  (void)real->pMethods->xRead(real, out.data(), static_cast<int>(out.size()), offset);
  return out;
}

int x_close(sqlite3_file* f) {
  auto* c = reinterpret_cast<CutFile*>(f);
  const int rc = c->real->pMethods->xClose(c->real);
  delete c->path;
  c->path = nullptr;
  return rc;
}
int x_read(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
  std::lock_guard lock(g_mutex);
  if (g_failed) return SQLITE_IOERR_READ;
  return real_of(f)->pMethods->xRead(real_of(f), buf, amount, offset);
}
int x_write(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
  std::lock_guard lock(g_mutex);
  auto* c = reinterpret_cast<CutFile*>(f);
  if (!tick()) return SQLITE_IOERR_WRITE;
  if (c->path) g_files[*c->path].undo.push_back({offset, read_now(c->real, offset, amount)});
  return c->real->pMethods->xWrite(c->real, buf, amount, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  std::lock_guard lock(g_mutex);
  auto* c = reinterpret_cast<CutFile*>(f);
  if (!tick()) return SQLITE_IOERR_TRUNCATE;
  if (c->path) {
    const std::int64_t now = size_of(c->real);
    if (size < now) g_files[*c->path].undo.push_back({size, read_now(c->real, size, now - size)});
  }
  return c->real->pMethods->xTruncate(c->real, size);
}
int x_sync(sqlite3_file* f, int flags) {
  std::lock_guard lock(g_mutex);
  auto* c = reinterpret_cast<CutFile*>(f);
  if (!tick()) return SQLITE_IOERR_FSYNC;
  const int rc = c->real->pMethods->xSync(c->real, flags);
  if (rc == SQLITE_OK && c->path) {
    FileState& st = g_files[*c->path];
    st.undo.clear();
    st.synced_size = size_of(c->real);
  }
  return rc;
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
  std::lock_guard lock(g_mutex);
  if (g_failed) return SQLITE_IOERR_FSTAT;
  return real_of(f)->pMethods->xFileSize(real_of(f), size);
}
int x_lock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xLock(real_of(f), level); }
int x_unlock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xUnlock(real_of(f), level); }
int x_check_reserved(sqlite3_file* f, int* out) { return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out); }
int x_file_control(sqlite3_file* f, int op, void* arg) {
  // No memory-mapped I/O through the shim: every byte goes through x_read / x_write.
  if (op == SQLITE_FCNTL_MMAP_SIZE) return SQLITE_NOTFOUND;
  return real_of(f)->pMethods->xFileControl(real_of(f), op, arg);
}
int x_sector_size(sqlite3_file* f) { return real_of(f)->pMethods->xSectorSize(real_of(f)); }
int x_device(sqlite3_file* f) {
  // No SAFE_APPEND or POWERSAFE_OVERWRITE promises: the cut may tear what was not synced.
  return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f)) &
         ~(SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_SEQUENTIAL);
}
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
  return real_of(f)->pMethods->xShmMap(real_of(f), page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) { return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags); }
void x_shm_barrier(sqlite3_file* f) { real_of(f)->pMethods->xShmBarrier(real_of(f)); }
int x_shm_unmap(sqlite3_file* f, int delete_flag) { return real_of(f)->pMethods->xShmUnmap(real_of(f), delete_flag); }

const sqlite3_io_methods kMethods = {
    2,  // no xFetch: SQLite reads through x_read
    x_close, x_read, x_write, x_truncate, x_sync, x_file_size, x_lock, x_unlock, x_check_reserved,
    x_file_control, x_sector_size, x_device, x_shm_map, x_shm_lock, x_shm_barrier, x_shm_unmap,
    nullptr, nullptr};

int v_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  auto* c = reinterpret_cast<CutFile*>(f);
  c->real = reinterpret_cast<sqlite3_file*>(c + 1);
  c->path = nullptr;
  c->base.pMethods = nullptr;
  const int rc = g_real->xOpen(g_real, name, c->real, flags, out_flags);
  if (rc != SQLITE_OK) return rc;
  if (name) {
    c->path = new std::string(name);
    std::lock_guard lock(g_mutex);
    if (!g_files.count(*c->path)) g_files[*c->path].synced_size = size_of(c->real);
  }
  c->base.pMethods = &kMethods;
  return SQLITE_OK;
}
int v_delete(sqlite3_vfs*, const char* name, int sync_dir) {
  std::lock_guard lock(g_mutex);
  if (!tick()) return SQLITE_IOERR_DELETE;
  g_files.erase(name);
  return g_real->xDelete(g_real, name, sync_dir);
}
int v_access(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real->xAccess(g_real, name, flags, out); }
int v_full_path(sqlite3_vfs*, const char* name, int n, char* out) { return g_real->xFullPathname(g_real, name, n, out); }
int v_randomness(sqlite3_vfs*, int n, char* out) { return g_real->xRandomness(g_real, n, out); }
int v_sleep(sqlite3_vfs*, int us) { return g_real->xSleep(g_real, us); }
int v_current_time(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int v_last_error(sqlite3_vfs*, int n, char* out) { return g_real->xGetLastError(g_real, n, out); }
int v_current_time64(sqlite3_vfs*, sqlite3_int64* out) { return g_real->xCurrentTimeInt64(g_real, out); }

void register_once() {
  if (g_real) return;
  g_real = sqlite3_vfs_find(nullptr);
  g_vfs.iVersion = 2;
  g_vfs.szOsFile = static_cast<int>(sizeof(CutFile)) + g_real->szOsFile;
  g_vfs.mxPathname = g_real->mxPathname;
  g_vfs.zName = "power-cut";
  g_vfs.xOpen = v_open;
  g_vfs.xDelete = v_delete;
  g_vfs.xAccess = v_access;
  g_vfs.xFullPathname = v_full_path;
  g_vfs.xDlOpen = nullptr;
  g_vfs.xDlError = nullptr;
  g_vfs.xDlSym = nullptr;
  g_vfs.xDlClose = nullptr;
  g_vfs.xRandomness = v_randomness;
  g_vfs.xSleep = v_sleep;
  g_vfs.xCurrentTime = v_current_time;
  g_vfs.xGetLastError = v_last_error;
  g_vfs.xCurrentTimeInt64 = v_current_time64;
}

}  // namespace

void install(std::int64_t cut_at) {
  std::lock_guard lock(g_mutex);
  register_once();
  g_files.clear();
  g_events = 0;
  g_cut_at = cut_at;
  g_failed = false;
  sqlite3_vfs_register(&g_vfs, 1);
}

void uninstall() {
  std::lock_guard lock(g_mutex);
  if (g_real) sqlite3_vfs_register(g_real, 1);
}

std::int64_t events() {
  std::lock_guard lock(g_mutex);
  return g_events;
}
bool failed() {
  std::lock_guard lock(g_mutex);
  return g_failed;
}

void restore_disk() {
  std::lock_guard lock(g_mutex);
  for (auto& [path, st] : g_files) {
    const int fd = ::open(path.c_str(), O_RDWR);
    if (fd < 0) continue;  // deleted: as a cut after the delete reached the disk
    for (auto it = st.undo.rbegin(); it != st.undo.rend(); ++it) {
      if (!it->old_bytes.empty()) (void)::pwrite(fd, it->old_bytes.data(), it->old_bytes.size(), it->offset);
    }
    if (::lseek(fd, 0, SEEK_END) > st.synced_size) (void)::ftruncate(fd, st.synced_size);
    ::close(fd);
  }
  g_files.clear();
}

}  // namespace power_cut
