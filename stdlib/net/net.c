/* net.c: the body-less functions of the .cs files of stdlib/net: socket system
 * calls over the runtime's netpoller (runtime/netpoll.h), for TCP, UDP and
 * unix-domain stream sockets.
 *
 * Every socket is created SOCK_NONBLOCK|SOCK_CLOEXEC and registered with
 * the poller before it is used, so connect, accept, read, write, recvfrom
 * and sendto park only their goroutine. Like Go, TCP listeners set
 * SO_REUSEADDR, UDP sockets SO_BROADCAST, an empty host listens on a
 * dual-stack IPv6 socket (falling back to IPv4 when the host has no IPv6;
 * "tcp6" and "udp6" sockets are IPv6 only, "tcp4" ones IPv4),
 * and TCP connections get TCP_NODELAY.
 *
 * Errors go back to CS as (system call name, errno) pairs, or the
 * poller's RT_ECLOSING / RT_ETIMEOUT codes; net.cs builds Go's errors.
 */
#include "rt.h"
#include "sched.h"
#include "netpoll.h"
#include "fdio.h"
#include "timer.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

/* Socket families and types as net.cs names them. */
enum { FAM_UNIX = 1, FAM_IPV4 = 4, FAM_IPV6 = 6, FAM_IPV6ONLY = 7 };
enum { SOTYPE_STREAM = 1, SOTYPE_DGRAM = 2 };

static int af_of(int64_t family) {
    return family == FAM_UNIX ? AF_UNIX : family == FAM_IPV4 ? AF_INET : AF_INET6;
}

/* Fills sa for family 4, 6 or 7 (IPv6 only) from a 4-/16-byte (or empty: wildcard) ip,
 * or for FAM_UNIX from path; returns its length, 0 when path is too long. */
static socklen_t make_sockaddr(struct sockaddr_storage *sa, int family, rt_slice ip,
                               int64_t port, rt_string path) {
    memset(sa, 0, sizeof *sa);
    if (family == FAM_UNIX) {
        struct sockaddr_un *su = (struct sockaddr_un *)sa;
        su->sun_family = AF_UNIX;
        int64_t max = (int64_t)sizeof su->sun_path;
        if (path.len == 0 || path.len > max || (path.len == max && path.ptr[0] != '@'))
            return 0;
        memcpy(su->sun_path, path.ptr, (size_t)path.len);
        socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + path.len + 1);
        if (su->sun_path[0] == '@') {   /* Go's spelling of an abstract name: no NUL */
            su->sun_path[0] = 0;
            len--;
        }
        return len;
    }
    if (family == FAM_IPV4) {
        struct sockaddr_in *s4 = (struct sockaddr_in *)sa;
        s4->sin_family = AF_INET;
        s4->sin_port = htons((uint16_t)port);
        if (ip.len == 4)
            memcpy(&s4->sin_addr, ip.ptr, 4);
        return sizeof *s4;
    }
    struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)sa;
    s6->sin6_family = AF_INET6;
    s6->sin6_port = htons((uint16_t)port);
    if (ip.len == 16)
        memcpy(&s6->sin6_addr, ip.ptr, 16);
    return sizeof *s6;
}

/* Registers fd with the poller; on failure closes it and reports. */
static uintptr_t register_fd(int fd, int *err) {
    rt_pollfd *pd = rt_poll_open(fd, err);
    if (pd == NULL)
        close(fd);
    return (uintptr_t)pd;
}

/* Stores a failure of system call `call` and returns 0 (no descriptor). */
static uintptr_t fail(const char *call, int e, int fd, rt_string *rcall, int64_t *rerr) {
    if (fd >= 0)
        close(fd);
    *rcall = rt_string_from_c(call);
    *rerr = e;
    return 0;
}

/* Go's default options for a new socket (sock_posix.go, sockopt_linux.go):
 * stream listeners reuse addresses, datagram sockets may broadcast, and an
 * IPv6 socket is dual-stack unless its family is FAM_IPV6ONLY ("tcp6"). */
static void default_sockopts(int fd, int64_t family, int sotype, bool listener) {
    int on = 1, v6only = family == FAM_IPV6ONLY;
    int af = af_of(family);
    if (af == AF_UNIX)
        return;
    if (listener && sotype == SOCK_STREAM)
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (sotype == SOCK_DGRAM)
        setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
    if (af == AF_INET6)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
}

uintptr_t net_sysListen(int64_t family, int64_t sotype, rt_slice ip, int64_t port,
                        rt_string path, int64_t *rfd, rt_string *rcall, int64_t *rerr) {
    *rfd = -1;
    *rcall = (rt_string){NULL, 0};
    int af = af_of(family);
    int type = sotype == SOTYPE_DGRAM ? SOCK_DGRAM : SOCK_STREAM;
    bool wildcard = family != FAM_UNIX && ip.len == 0;
    int fd = socket(af, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 && family == FAM_IPV6 && wildcard && errno == EAFNOSUPPORT) {
        family = FAM_IPV4;
        af = AF_INET;
        fd = socket(af, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    }
    if (fd < 0)
        return fail("socket", errno, -1, rcall, rerr);
    default_sockopts(fd, family, type, true);
    struct sockaddr_storage sa;
    socklen_t len = make_sockaddr(&sa, (int)family, ip, port, path);
    if (len == 0)
        return fail("bind", EINVAL, fd, rcall, rerr);
    if (bind(fd, (struct sockaddr *)&sa, len) < 0)
        return fail("bind", errno, fd, rcall, rerr);
    if (type == SOCK_STREAM && listen(fd, 65535) < 0)
        return fail("listen", errno, fd, rcall, rerr);
    int e;
    uintptr_t pd = register_fd(fd, &e);
    if (pd == 0)
        return fail("epoll_ctl", e, -1, rcall, rerr);
    *rfd = fd;
    *rerr = 0;
    return pd;
}

static void set_nodelay(int fd) {
    int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

uintptr_t net_sysConnect(int64_t family, int64_t sotype, rt_slice ip, int64_t port,
                         rt_string path, int64_t *rfd, rt_string *rcall, int64_t *rerr) {
    *rfd = -1;
    *rcall = (rt_string){NULL, 0};
    int af = af_of(family);
    int type = sotype == SOTYPE_DGRAM ? SOCK_DGRAM : SOCK_STREAM;
    struct sockaddr_storage sa;
    socklen_t len = make_sockaddr(&sa, (int)family, ip, port, path);
    if (len == 0)
        return fail("connect", EINVAL, -1, rcall, rerr);
    int fd = socket(af, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail("socket", errno, -1, rcall, rerr);
    default_sockopts(fd, family, type, false);
    int e;
    uintptr_t pd = register_fd(fd, &e);
    if (pd == 0)
        return fail("epoll_ctl", e, -1, rcall, rerr);
    e = rt_poll_connect((rt_pollfd *)pd, (struct sockaddr *)&sa, len);
    if (e != 0) {
        rt_poll_close((rt_pollfd *)pd);     /* closes fd */
        return fail("connect", e, -1, rcall, rerr);
    }
    if (af != AF_UNIX && type == SOCK_STREAM)
        set_nodelay(fd);
    *rfd = fd;
    *rerr = 0;
    return pd;
}

uintptr_t net_sysAccept(uintptr_t pd, int64_t *rfd, int64_t *rerr) {
    struct sockaddr_storage sa;
    socklen_t len = sizeof sa;
    int e;
    int fd = rt_poll_accept((rt_pollfd *)pd, (struct sockaddr *)&sa, &len, &e);
    *rfd = fd;
    if (fd < 0) {
        *rerr = e;
        return 0;
    }
    if (sa.ss_family != AF_UNIX)
        set_nodelay(fd);
    uintptr_t npd = register_fd(fd, &e);
    *rerr = npd == 0 ? e : 0;
    if (npd == 0)
        *rfd = -1;
    return npd;
}

int64_t net_sysRead(uintptr_t pd, rt_slice b, int64_t *rerr) {
    int e;
    int64_t n = rt_poll_read((rt_pollfd *)pd, b.ptr, b.len, &e);
    *rerr = e;
    return n;
}

int64_t net_sysWrite(uintptr_t pd, rt_slice b, int64_t *rerr) {
    int e;
    int64_t n = rt_poll_write((rt_pollfd *)pd, b.ptr, b.len, &e);
    *rerr = e;
    return n;
}

int64_t net_sysClose(uintptr_t pd, int64_t fd) {
    rt_poll_close((rt_pollfd *)pd);     /* closes fd after in-flight I/O */
    return 0;
}

int64_t net_sysShutdown(int64_t fd, int64_t how) {
    return shutdown((int)fd, how == 0 ? SHUT_RD : SHUT_WR) < 0 ? errno : 0;
}

void net_sysSetDeadline(uintptr_t pd, int64_t d, bool none, int64_t mode) {
    int64_t when = none ? 0 : d <= 0 ? 1 : rt_timer_when(d);
    rt_poll_set_deadline((rt_pollfd *)pd, when, (int)mode);
}

/* A new []byte holding n bytes at p. */
static rt_slice bytes_of(const void *p, int64_t n) {
    void *b = rt_alloc_noscan(n);
    memcpy(b, p, (size_t)n);
    return (rt_slice){b, n, n};
}

/* The IP (4 or 16 bytes, v4-mapped IPv6 as 4) and port of sa. */
static rt_slice sockaddr_ip(const struct sockaddr_storage *sa, int64_t *port) {
    if (sa->ss_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        *port = ntohs(s4->sin_port);
        return bytes_of(&s4->sin_addr, 4);
    }
    const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
    *port = ntohs(s6->sin6_port);
    if (IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr))
        return bytes_of(&s6->sin6_addr.s6_addr[12], 4);
    return bytes_of(&s6->sin6_addr, 16);
}

rt_slice net_sysAddr(int64_t fd, bool peer, int64_t *rport) {
    struct sockaddr_storage sa;
    socklen_t len = sizeof sa;
    int r = peer ? getpeername((int)fd, (struct sockaddr *)&sa, &len)
                 : getsockname((int)fd, (struct sockaddr *)&sa, &len);
    *rport = 0;
    if (r < 0)
        return (rt_slice){NULL, 0, 0};
    return sockaddr_ip(&sa, rport);
}

/* The name of fd's local (peer false) or remote unix-domain address, read
 * as Go's syscall package does: an unnamed or abstract address starts with
 * '@', and the name ends at the first NUL. */
rt_string net_sysUnixName(int64_t fd, bool peer) {
    struct sockaddr_un su;
    memset(&su, 0, sizeof su);
    socklen_t len = sizeof su;
    int r = peer ? getpeername((int)fd, (struct sockaddr *)&su, &len)
                 : getsockname((int)fd, (struct sockaddr *)&su, &len);
    if (r < 0)
        return (rt_string){NULL, 0};
    if (su.sun_path[0] == 0)
        su.sun_path[0] = '@';
    int64_t n = (int64_t)strnlen(su.sun_path, sizeof su.sun_path);
    return rt_string_from_bytes((rt_slice){su.sun_path, n, n});
}

/* One datagram into b; its sender's IP and port in *rip, *rport. */
int64_t net_sysRecvFrom(uintptr_t pd, rt_slice b, rt_slice *rip, int64_t *rport, int64_t *rerr) {
    struct sockaddr_storage sa;
    socklen_t len = sizeof sa;
    int e;
    int64_t n = rt_poll_recvfrom((rt_pollfd *)pd, b.ptr, b.len, (struct sockaddr *)&sa, &len, &e);
    *rerr = e;
    *rport = 0;
    *rip = e == 0 ? sockaddr_ip(&sa, rport) : (rt_slice){NULL, 0, 0};
    return n;
}

/* One datagram b to ip:port on a socket of family 4 or 6. */
int64_t net_sysSendTo(uintptr_t pd, rt_slice b, int64_t family, rt_slice ip, int64_t port,
                      int64_t *rerr) {
    struct sockaddr_storage sa;
    socklen_t len = make_sockaddr(&sa, (int)family, ip, port, (rt_string){NULL, 0});
    int e;
    int64_t n = rt_poll_sendto((rt_pollfd *)pd, b.ptr, b.len, (struct sockaddr *)&sa, len, &e);
    *rerr = e;
    return n;
}

rt_slice net_sysLookup(rt_string host, int64_t *rerr) {
    const char *name = rt_cstring(host);
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res = NULL;
    rt_entersyscall();
    int r = getaddrinfo(name, NULL, &hints, &res);
    rt_exitsyscall();
    if (r != 0 || res == NULL) {
        *rerr = ENOENT;
        return (rt_slice){NULL, 0, 0};
    }
    const struct addrinfo *pick = res;
    for (const struct addrinfo *a = res; a != NULL; a = a->ai_next)
        if (a->ai_family == AF_INET) {
            pick = a;
            break;
        }
    struct sockaddr_storage sa;
    memcpy(&sa, pick->ai_addr, pick->ai_addrlen);
    freeaddrinfo(res);
    int64_t port;
    *rerr = 0;
    return sockaddr_ip(&sa, &port);
}

rt_string net_errstr(int64_t e) {
    return rt_errstr((int)e);
}

/* KEEP IN SYNC with sockopt.cs's opt constants. */
static const struct { int level, name; } sockopts[] = {
    {IPPROTO_TCP, TCP_NODELAY},
    {SOL_SOCKET, SO_KEEPALIVE},
    {IPPROTO_TCP, TCP_KEEPIDLE},
    {IPPROTO_TCP, TCP_KEEPINTVL},
    {SOL_SOCKET, SO_LINGER},
    {SOL_SOCKET, SO_RCVBUF},
    {SOL_SOCKET, SO_SNDBUF},
};

int64_t net_sysSetsockopt(int64_t fd, int64_t opt, int64_t value) {
    int r;
    if (sockopts[opt].name == SO_LINGER) {
        struct linger l = {.l_onoff = value >= 0, .l_linger = value >= 0 ? (int)value : 0};
        r = setsockopt((int)fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    } else {
        int v = (int)value;
        r = setsockopt((int)fd, sockopts[opt].level, sockopts[opt].name, &v, sizeof v);
    }
    return r < 0 ? errno : 0;
}
