/* The C half of package syscall (syscall.cs). */
#include "rt.h"
#include "fdio.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

rt_string syscall_errstr(int64_t e) {
    return rt_errstr((int)e);
}

int64_t syscall_sysKill(int64_t pid, int64_t sig) {
    return kill((pid_t)pid, (int)sig) < 0 ? errno : 0;
}

/* A NUL in path is EINVAL, as Go's BytePtrFromString makes it. */
int64_t syscall_sysMkfifo(rt_string path, uint32_t mode) {
    if (path.len > 0 && memchr(path.ptr, 0, (size_t)path.len) != NULL)
        return EINVAL;
    return mkfifo(rt_cstring(path), (mode_t)mode) < 0 ? errno : 0;
}

int64_t syscall_Getpid(void) {
    return getpid();
}

int64_t syscall_Getppid(void) {
    return getppid();
}
