/* os.c: the body-less functions of stdlib/os/os.cs.
 *
 * File I/O runs inside rt_entersyscall/rt_exitsyscall: read(2) on stdin, a
 * pipe or a slow device may block in the kernel, and the scheduler must be
 * free to run other goroutines on another thread meanwhile (Go keeps
 * stdin blocking and does the same). An fd that someone made non-blocking
 * (a shared terminal or pipe) returns EAGAIN; we then wait in poll(2),
 * still inside the syscall state, instead of spinning.
 */
#include "rt.h"
#include "sched.h"
#include "fdio.h"
#include "netpoll.h"
#include "timer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <dirent.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

rt_slice os_runtimeArgs(void) {
    int n = rt_argc > 0 ? rt_argc : 0;
    rt_string *args = rt_alloc((int64_t)(n > 0 ? n : 1) * (int64_t)sizeof *args);
    for (int i = 0; i < n; i++)
        args[i] = rt_string_from_c(rt_argv[i]);
    return (rt_slice){args, n, n};
}

void os_noteFinalizer(void) {
    rt_finalizer_goid();
}

rt_string os_errstr(int64_t e) {
    return rt_errstr((int)e);
}

int64_t os_sysRead(int64_t fd, rt_slice b, int64_t *err) {
    int e = 0;
    int64_t n = rt_fd_read((int)fd, b.ptr, b.len, &e);
    *err = e;
    return n;
}

int64_t os_sysWrite(int64_t fd, rt_slice b, int64_t *err) {
    int e = 0;
    int64_t n = rt_fd_write((int)fd, b.ptr, b.len, &e);
    *err = e;
    return n;
}

/* name as a C path, or NULL when it holds a NUL byte: the kernel would
 * see a different name, so Go fails such calls with EINVAL. */
static const char *path_of(rt_string name) {
    if (name.len > 0 && memchr(name.ptr, 0, (size_t)name.len) != NULL)
        return NULL;
    return rt_cstring(name);
}

int64_t os_sysOpen(rt_string name, int64_t flag, uint32_t perm, int64_t *err) {
    const char *path = path_of(name);
    if (path == NULL) {
        *err = EINVAL;
        return -1;
    }
    rt_entersyscall();
    int fd;
    while ((fd = open(path, (int)flag, (mode_t)perm)) < 0 && errno == EINTR)
        ;
    int e = errno;
    rt_exitsyscall();
    *err = fd < 0 ? e : 0;
    return fd;
}

int64_t os_sysClose(int64_t fd) {
    return close((int)fd) < 0 && errno != EINTR ? errno : 0;
}

int64_t os_sysUnlink(rt_string name) {
    const char *path = path_of(name);
    return path == NULL ? EINVAL : unlink(path) < 0 ? errno : 0;
}

int64_t os_sysRmdir(rt_string name) {
    const char *path = path_of(name);
    return path == NULL ? EINVAL : rmdir(path) < 0 ? errno : 0;
}

int64_t os_sysMkdir(rt_string name, uint32_t perm) {
    const char *path = path_of(name);
    return path == NULL ? EINVAL : mkdir(path, (mode_t)perm) < 0 ? errno : 0;
}

int64_t os_sysSetenv(rt_string key, rt_string value) {
    if (key.len == 0 || memchr(key.ptr, '=', (size_t)key.len) || memchr(key.ptr, 0, (size_t)key.len) ||
        (value.len > 0 && memchr(value.ptr, 0, (size_t)value.len)))
        return EINVAL;
    return setenv(rt_cstring(key), rt_cstring(value), 1) < 0 ? errno : 0;
}

int64_t os_sysUnsetenv(rt_string key) {
    return unsetenv(rt_cstring(key)) < 0 ? errno : 0;
}

rt_slice os_Environ(void) {
    extern char **environ;
    int64_t n = 0;
    while (environ[n] != NULL)
        n++;
    rt_string *env = rt_alloc((n > 0 ? n : 1) * (int64_t)sizeof *env);
    for (int64_t i = 0; i < n; i++)
        env[i] = rt_string_from_c(environ[i]);
    return (rt_slice){env, n, n};
}

rt_string os_sysGetwd(int64_t *err) {
    char buf[PATH_MAX];
    *err = getcwd(buf, sizeof buf) == NULL ? errno : 0;
    return *err ? (rt_string){NULL, 0} : rt_string_from_c(buf);
}

rt_string os_sysHostname(int64_t *err) {
    char buf[HOST_NAME_MAX + 1];
    *err = gethostname(buf, sizeof buf) < 0 ? errno : 0;
    buf[HOST_NAME_MAX] = 0;
    return *err ? (rt_string){NULL, 0} : rt_string_from_c(buf);
}

rt_slice os_sysReadDirNames(rt_string name, int64_t *err) {
    const char *path = path_of(name);
    rt_slice names = {NULL, 0, 0};
    DIR *d = path != NULL ? opendir(path) : NULL;
    if (d == NULL) {
        *err = path == NULL ? EINVAL : errno;
        return names;
    }
    struct dirent *ent;
    errno = 0;
    while ((ent = readdir(d)) != NULL) {
        if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0)
            continue;
        if (names.len == names.cap) {
            int64_t cap = names.cap > 0 ? 2 * names.cap : 8;
            rt_string *grown = rt_alloc(cap * (int64_t)sizeof *grown);
            if (names.len > 0)
                memcpy(grown, names.ptr, (size_t)names.len * sizeof *grown);
            names = (rt_slice){grown, names.len, cap};
        }
        ((rt_string *)names.ptr)[names.len++] = rt_string_from_c(ent->d_name);
        errno = 0;   /* readdir reports its errors through errno only */
    }
    *err = errno;
    closedir(d);
    return names;
}

bool os_sysStatDir(rt_string name, int64_t *err) {
    const char *path = path_of(name);
    struct stat st;
    if (path == NULL || stat(path, &st) < 0) {
        *err = path == NULL ? EINVAL : errno;
        return false;
    }
    *err = 0;
    return S_ISDIR(st.st_mode);
}

uint32_t os_sysRandom(void) {
    uint32_t v = 0;
    while (getrandom(&v, sizeof v, 0) < 0 && errno == EINTR)
        ;
    return v;
}

void os_Exit(int64_t code) {
    rt_exit((int)code);
}

rt_string os_LookupEnv(rt_string key, bool *found) {
    const char *v = getenv(rt_cstring(key));
    *found = v != NULL;
    return v != NULL ? rt_string_from_c(v) : (rt_string){NULL, 0};
}

int64_t os_Getpid(void) {
    return getpid();
}

int64_t os_Getuid(void) { return getuid(); }
int64_t os_Geteuid(void) { return geteuid(); }
int64_t os_Getgid(void) { return getgid(); }
int64_t os_Getegid(void) { return getegid(); }

void os_Clearenv(void) {
    clearenv();
}

int64_t os_sysChmod(rt_string name, uint32_t mode) {
    const char *path = path_of(name);
    return path == NULL ? EINVAL : chmod(path, (mode_t)mode) < 0 ? errno : 0;
}

rt_string os_sysExecutable(int64_t *err) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    *err = n < 0 ? errno : 0;
    if (n < 0)
        return (rt_string){NULL, 0};
    buf[n] = 0;
    return rt_string_from_c(buf);
}

/* ---- metadata, seeking, positioned I/O (fileops.cs, stat.cs) -----------------
 * A stat fills out[] with size, raw st_mode, modification time (seconds,
 * nanoseconds), device and inode (for SameFile); stat.cs turns st_mode into
 * a FileMode. KEEP IN SYNC: statFields in stat.cs. */

enum { STAT_FIELDS = 6 };

static int64_t fill_stat(int r, const struct stat *st, rt_slice out) {
    if (r < 0)
        return errno;
    if (out.len < STAT_FIELDS)
        rt_throw("os: stat buffer too small");
    int64_t *o = out.ptr;
    o[0] = st->st_size;
    o[1] = st->st_mode;
    o[2] = st->st_mtim.tv_sec;
    o[3] = st->st_mtim.tv_nsec;
    o[4] = (int64_t)st->st_dev;
    o[5] = (int64_t)st->st_ino;
    return 0;
}

int64_t os_sysStat(rt_string name, bool follow, rt_slice out) {
    const char *path = path_of(name);
    if (path == NULL)
        return EINVAL;
    struct stat st;
    return fill_stat(follow ? stat(path, &st) : lstat(path, &st), &st, out);
}

int64_t os_sysFstat(int64_t fd, rt_slice out) {
    struct stat st;
    return fill_stat(fstat((int)fd, &st), &st, out);
}

int64_t os_sysSeek(int64_t fd, int64_t offset, int64_t whence, int64_t *err) {
    off_t r = lseek((int)fd, (off_t)offset, (int)whence);
    *err = r < 0 ? errno : 0;
    return r < 0 ? 0 : (int64_t)r;
}

/* One pread or pwrite; n (>= 0) or -1 with *err set. */
int64_t os_sysPio(int64_t fd, rt_slice b, int64_t off, bool write, int64_t *err) {
    rt_entersyscall();
    ssize_t r;
    do
        r = write ? pwrite((int)fd, b.ptr, (size_t)b.len, (off_t)off)
                  : pread((int)fd, b.ptr, (size_t)b.len, (off_t)off);
    while (r < 0 && errno == EINTR);
    int e = errno;
    rt_exitsyscall();
    *err = r < 0 ? e : 0;
    return r;
}

int64_t os_sysFsync(int64_t fd) {
    rt_entersyscall();
    int r = fsync((int)fd);
    int e = errno;
    rt_exitsyscall();
    return r < 0 ? e : 0;
}

int64_t os_sysTruncate(int64_t fd, rt_string name, int64_t size) {
    const char *path = fd < 0 ? path_of(name) : "";
    if (path == NULL)
        return EINVAL;
    rt_entersyscall();
    int r = fd < 0 ? truncate(path, (off_t)size) : ftruncate((int)fd, (off_t)size);
    int e = errno;
    rt_exitsyscall();
    return r < 0 ? e : 0;
}

int64_t os_sysRename(rt_string from, rt_string to) {
    const char *a = path_of(from), *b = path_of(to);
    if (a == NULL || b == NULL)
        return EINVAL;
    return rename(a, b) < 0 ? errno : 0;
}

int64_t os_sysChdir(rt_string name) {
    const char *path = path_of(name);
    if (path == NULL)
        return EINVAL;
    return chdir(path) < 0 ? errno : 0;
}

/* A pipe is non-blocking and registered with the netpoller, as Go's are:
 * a Read parks its goroutine, Close wakes it, deadlines work (poll.cs). */
int64_t os_sysPipe(int64_t *w, uintptr_t *rpd, uintptr_t *wpd, int64_t *err) {
    int fds[2];
    *rpd = *wpd = 0;
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) < 0) {
        *err = errno;
        return -1;
    }
    int e = 0;
    rt_pollfd *r = rt_poll_open(fds[0], &e);
    rt_pollfd *wr = r == NULL ? NULL : rt_poll_open(fds[1], &e);
    if (wr == NULL) {
        if (r != NULL)
            rt_poll_close(r);
        else
            close(fds[0]);
        close(fds[1]);
        *err = e;
        return -1;
    }
    *rpd = (uintptr_t)r;
    *wpd = (uintptr_t)wr;
    *w = fds[1];
    *err = 0;
    return fds[0];
}

int64_t os_sysPollRead(uintptr_t pd, rt_slice b, int64_t *err) {
    int e = rt_poll_check((rt_pollfd *)pd, RT_POLL_READ);
    int64_t n = e != 0 ? 0 : rt_poll_read((rt_pollfd *)pd, b.ptr, b.len, &e);
    *err = e;
    return n;
}

int64_t os_sysPollWrite(uintptr_t pd, rt_slice b, int64_t *err) {
    int e = rt_poll_check((rt_pollfd *)pd, RT_POLL_WRITE);
    int64_t n = e != 0 ? 0 : rt_poll_write((rt_pollfd *)pd, b.ptr, b.len, &e);
    *err = e;
    return n;
}

void os_sysPollClose(uintptr_t pd) {
    rt_poll_close((rt_pollfd *)pd);     /* closes the fd */
}

void os_sysPollDeadline(uintptr_t pd, int64_t d, bool none, int64_t mode) {
    int64_t when = none ? 0 : d <= 0 ? 1 : rt_timer_when(d);
    rt_poll_set_deadline((rt_pollfd *)pd, when, (int)mode);
}

/* ---- links, ownership, times, process facts (links.cs, process.cs) ----------- */

int64_t os_sysLink(rt_string oldname, rt_string newname, bool symbolic) {
    const char *a = path_of(oldname), *b = path_of(newname);
    if (a == NULL || b == NULL)
        return EINVAL;
    int r;
    do
        r = symbolic ? symlink(a, b) : link(a, b);
    while (r < 0 && errno == EINTR);
    return r < 0 ? errno : 0;
}

/* The link's target; readlink(2) truncates silently, so the buffer grows
 * until the answer is shorter than it, as Go's Readlink does. */
rt_string os_sysReadlink(rt_string name, int64_t *err) {
    const char *path = path_of(name);
    *err = path == NULL ? EINVAL : 0;
    for (size_t size = 128; path != NULL; size *= 2) {
        char *buf = malloc(size + 1);
        if (buf == NULL)
            rt_throw("os: out of memory");
        ssize_t n = readlink(path, buf, size);
        if (n < 0)
            *err = errno;
        if (n < 0 || (size_t)n < size) {
            if (n >= 0)
                buf[n] = 0;                    /* a target holds no NUL */
            rt_string s = n < 0 ? (rt_string){NULL, 0} : rt_string_from_c(buf);
            free(buf);
            return s;
        }
        free(buf);
    }
    return (rt_string){NULL, 0};
}

/* chown(2) on fd when it is >= 0, else on name (lchown unless follow). */
int64_t os_sysChown(int64_t fd, rt_string name, int64_t uid, int64_t gid, bool follow) {
    if (fd >= 0)
        return fchown((int)fd, (uid_t)uid, (gid_t)gid) < 0 ? errno : 0;
    const char *path = path_of(name);
    if (path == NULL)
        return EINVAL;
    int r = follow ? chown(path, (uid_t)uid, (gid_t)gid) : lchown(path, (uid_t)uid, (gid_t)gid);
    return r < 0 ? errno : 0;
}

static struct timespec timespec_of(int64_t ns) {   /* Go's NsecToTimespec */
    int64_t sec = ns / 1000000000, nsec = ns % 1000000000;
    if (nsec < 0)
        nsec += 1000000000, sec--;
    return (struct timespec){.tv_sec = sec, .tv_nsec = nsec};
}

int64_t os_sysChtimes(rt_string name, int64_t atime_ns, int64_t mtime_ns) {
    const char *path = path_of(name);
    if (path == NULL)
        return EINVAL;
    struct timespec ts[2] = {timespec_of(atime_ns), timespec_of(mtime_ns)};
    return utimensat(AT_FDCWD, path, ts, 0) < 0 ? errno : 0;
}

int64_t os_sysFchmod(int64_t fd, uint32_t mode) { return fchmod((int)fd, mode) < 0 ? errno : 0; }

int64_t os_sysFchdir(int64_t fd) { return fchdir((int)fd) < 0 ? errno : 0; }

int64_t os_Getpagesize(void) { return sysconf(_SC_PAGESIZE); }

/* The supplementary group ids into out (up to its length); their number,
 * or -errno. getgroups(0, NULL) counts them first. */
int64_t os_sysGetgroups(rt_slice out) {
    if (out.len == 0) {
        int n = getgroups(0, NULL);
        return n < 0 ? -errno : n;
    }
    gid_t *gids = malloc(sizeof(gid_t) * (size_t)out.len);
    if (gids == NULL)
        rt_throw("os: out of memory");
    int n = getgroups((int)out.len, gids);
    int e = errno;
    for (int i = 0; i < n; i++)
        ((int64_t *)out.ptr)[i] = gids[i];
    free(gids);
    return n < 0 ? -e : n;
}
