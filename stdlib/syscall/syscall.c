/* The C half of package syscall (syscall.cs). */
#include "rt.h"
#include "fdio.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

rt_string syscall_errstr(int64_t e) {
    return rt_errstr((int)e);
}

int64_t syscall_sysKill(int64_t pid, int64_t sig) {
    return kill((pid_t)pid, (int)sig) < 0 ? errno : 0;
}

int64_t syscall_Getpid(void) {
    return getpid();
}

int64_t syscall_Getppid(void) {
    return getppid();
}
