/* Netpoller: a read on an empty socketpair parks ("IO wait") until the
 * peer writes; read deadlines fail with RT_ETIMEOUT on time; closing a
 * descriptor wakes its parked reader with RT_ECLOSING; a blocking pipe
 * read (fdio.c, the syscall state) leaves GOMAXPROCS=1's only P to the
 * other goroutines; and a TCP echo
 * over loopback with 1,000 concurrent connections through
 * rt_poll_accept/connect/read/write checks every byte. */
#include "rtcheck.h"
#include "sched.h"
#include "netpoll.h"
#include "timer.h"
#include "fdio.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

void time_Sleep(int64_t d);         /* stdlib/time/time.c */

#define MS 1000000LL

static rt_pollfd *open_fd(int fd) {
    int err;
    rt_pollfd *pd = rt_poll_open(fd, &err);
    ck_assert_msg(pd != NULL, "rt_poll_open: errno %d", err);
    return pd;
}

static void socket_pair(int sv[2]) {
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
}

/* ---- readiness ------------------------------------------------------------------- */

typedef struct reader {
    rt_pollfd *pd;
    char buf[64];
    int64_t n;
    int err;
    int done;                    /* atomic */
} reader;

static void read_once(void *arg) {
    reader *r = arg;
    r->n = rt_poll_read(r->pd, r->buf, sizeof r->buf, &r->err);
    __atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
}

static void wait_done(reader *r) {
    int64_t t0 = rt_nanotime();
    while (!__atomic_load_n(&r->done, __ATOMIC_ACQUIRE)) {
        time_Sleep(1 * MS);
        ck_assert_int_lt(rt_nanotime() - t0, 5000 * MS);
    }
}

RT_TEST(test_read_parks_until_ready, 1) {
    int sv[2];
    socket_pair(sv);
    reader *r = rt_alloc(sizeof *r);
    r->pd = open_fd(sv[0]);
    GO(read_once, r);
    time_Sleep(20 * MS);
    ck_assert_int_eq(r->done, 0);
    ck_assert_int_eq(rt_netpoll_waiters(), 1);
    ck_assert_int_eq(write(sv[1], "hello", 5), 5);
    wait_done(r);
    ck_assert_int_eq(r->err, 0);
    ck_assert_int_eq(r->n, 5);
    ck_assert(memcmp(r->buf, "hello", 5) == 0);
    ck_assert_int_eq(rt_netpoll_waiters(), 0);
    /* end of stream */
    close(sv[1]);
    int err;
    ck_assert_int_eq(rt_poll_read(r->pd, r->buf, sizeof r->buf, &err), 0);
    ck_assert_int_eq(err, 0);
    rt_poll_close(r->pd);               /* closes sv[0] */
}

RT_TEST(test_read_deadline, 2) {
    int sv[2];
    socket_pair(sv);
    rt_pollfd *pd = open_fd(sv[0]);
    int64_t when = rt_timer_when(30 * MS);
    rt_poll_set_deadline(pd, when, RT_POLL_READ);
    char buf[8];
    int err;
    ck_assert_int_eq(rt_poll_read(pd, buf, sizeof buf, &err), 0);
    int64_t late = rt_nanotime() - when;
    ck_assert_int_eq(err, RT_ETIMEOUT);
    ck_assert_int_ge(late, 0);
    ck_assert_int_lt(late, 1000 * MS);
    /* an expired deadline fails at once; clearing it makes reads work */
    ck_assert_int_eq(rt_poll_read(pd, buf, sizeof buf, &err), 0);
    ck_assert_int_eq(err, RT_ETIMEOUT);
    rt_poll_set_deadline(pd, 0, RT_POLL_READ);
    ck_assert_int_eq(write(sv[1], "x", 1), 1);
    ck_assert_int_eq(rt_poll_read(pd, buf, sizeof buf, &err), 1);
    ck_assert_int_eq(err, 0);
    rt_poll_close(pd);                  /* closes sv[0] */
    close(sv[1]);
}

RT_TEST(test_close_wakes_reader, 2) {
    int sv[2];
    socket_pair(sv);
    reader *r = rt_alloc(sizeof *r);
    r->pd = open_fd(sv[0]);
    GO(read_once, r);
    time_Sleep(20 * MS);
    ck_assert_int_eq(r->done, 0);
    rt_poll_close(r->pd);               /* closes sv[0] */
    wait_done(r);
    ck_assert_int_eq(r->err, RT_ECLOSING);
    close(sv[1]);
}

/* ---- blocking reads ---------------------------------------------------------------- */

typedef struct pipe_reader {
    int fd;
    char buf[16];
    int64_t n;
    int err;
    int done;                    /* atomic */
} pipe_reader;

static void read_pipe(void *arg) {
    pipe_reader *r = arg;
    r->n = rt_fd_read(r->fd, r->buf, sizeof r->buf, &r->err);
    __atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
}

RT_TEST(test_blocking_read_keeps_others_running, 1) {
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    pipe_reader *r = rt_alloc(sizeof *r);
    r->fd = p[0];
    GO(read_pipe, r);
    int64_t t0 = rt_nanotime();
    for (int i = 0; i < 10; i++)
        time_Sleep(5 * MS);              /* the reader holds the thread, not the P */
    ck_assert_int_lt(rt_nanotime() - t0, 2000 * MS);
    ck_assert_int_eq(__atomic_load_n(&r->done, __ATOMIC_ACQUIRE), 0);
    ck_assert_int_eq(write(p[1], "ping", 4), 4);
    while (!__atomic_load_n(&r->done, __ATOMIC_ACQUIRE)) {
        time_Sleep(1 * MS);
        ck_assert_int_lt(rt_nanotime() - t0, 5000 * MS);
    }
    ck_assert_int_eq(r->err, 0);
    ck_assert_int_eq(r->n, 4);
    ck_assert(memcmp(r->buf, "ping", 4) == 0);
    close(p[0]);
    close(p[1]);
}

/* ---- TCP echo ---------------------------------------------------------------------- */

enum { NCONN = 1000, MSG = 3000 };

static int listen_fd;
static struct sockaddr_in server_addr;
static int64_t clients_ok;

static void echo_conn(void *arg) {
    rt_pollfd *pd = arg;
    char buf[1024];
    int err;
    for (;;) {
        int64_t n = rt_poll_read(pd, buf, sizeof buf, &err);
        if (n == 0)
            break;
        ck_assert_int_eq(rt_poll_write(pd, buf, n, &err), n);
    }
    rt_poll_close(pd);
}

static void acceptor(void *arg) {
    rt_pollfd *lpd = arg;
    for (int i = 0; i < NCONN; i++) {
        int err;
        struct sockaddr_storage sa;
        socklen_t len = sizeof sa;
        int fd = rt_poll_accept(lpd, (struct sockaddr *)&sa, &len, &err);
        ck_assert_msg(fd >= 0, "accept: %d", err);
        GO(echo_conn, open_fd(fd));
    }
}

static void client(void *arg) {
    int id = (int)(intptr_t)arg;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    ck_assert_int_ge(fd, 0);
    rt_pollfd *pd = open_fd(fd);
    ck_assert_int_eq(rt_poll_connect(pd, (struct sockaddr *)&server_addr, sizeof server_addr), 0);
    char out[MSG], in[MSG];
    for (int i = 0; i < MSG; i++)
        out[i] = (char)(id * 31 + i * 7);
    int err;
    ck_assert_int_eq(rt_poll_write(pd, out, MSG, &err), MSG);
    shutdown(fd, SHUT_WR);
    int64_t got = 0;
    for (;;) {
        int64_t n = rt_poll_read(pd, in + got, MSG - got, &err);
        ck_assert_int_eq(err, 0);
        if (n == 0)
            break;
        got += n;
    }
    ck_assert_int_eq(got, MSG);
    ck_assert(memcmp(in, out, MSG) == 0);
    rt_poll_close(pd);
    __atomic_add_fetch(&clients_ok, 1, __ATOMIC_RELEASE);
}

RT_TEST(test_tcp_echo, 2) {
    listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    server_addr.sin_family = AF_INET;
    server_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ck_assert_int_eq(bind(listen_fd, (struct sockaddr *)&server_addr, sizeof server_addr), 0);
    socklen_t len = sizeof server_addr;
    getsockname(listen_fd, (struct sockaddr *)&server_addr, &len);
    ck_assert_int_eq(listen(listen_fd, 4096), 0);
    GO(acceptor, open_fd(listen_fd));
    for (int i = 0; i < NCONN; i++)
        GO(client, (intptr_t)i);
    int64_t t0 = rt_nanotime();
    while (__atomic_load_n(&clients_ok, __ATOMIC_ACQUIRE) < NCONN) {
        time_Sleep(5 * MS);
        ck_assert_int_lt(rt_nanotime() - t0, 30000 * MS);
    }
}

static Suite *netpoll_suite(void) {
    Suite *s = suite_create("netpoll");
    TCase *tc = tcase_create("ready");
    tcase_set_timeout(tc, 20);
    tcase_add_exit_test(tc, test_read_parks_until_ready, 0);
    tcase_add_exit_test(tc, test_read_deadline, 0);
    tcase_add_exit_test(tc, test_close_wakes_reader, 0);
    tcase_add_exit_test(tc, test_blocking_read_keeps_others_running, 0);
    suite_add_tcase(s, tc);
    tc = tcase_create("tcp");
    tcase_set_timeout(tc, 60);
    tcase_add_exit_test(tc, test_tcp_echo, 0);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(netpoll_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
