/*
 * The native thin client of the warm tix server: the same protocol as tix.server.Client (Java), for a start-up of
 * about a millisecond instead of a JVM's. The launcher compiles it once per jar when a C compiler is there
 * (cc -O2 -o tix-client client.c) and otherwise uses the Java client.
 *
 *   tix-client SOCKET JAR ARGS...     exit code: the command's, or 254 when it was not served (nothing was written
 *                                     or read: the launcher then runs the command in a JVM of its own)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define NOT_SERVED 254
#define VERSION 1

extern char **environ;

static int sock = -1;
static int served = 0;

/* a buffered writer for the request */
static char *req;
static size_t req_len, req_cap;

static void put(const void *p, size_t n) {
    if (req_len + n > req_cap) {
        req_cap = (req_len + n) * 2 + 4096;
        req = realloc(req, req_cap);
        if (!req) exit(NOT_SERVED);
    }
    memcpy(req + req_len, p, n);
    req_len += n;
}

static void put_int(int32_t v) {
    uint32_t b = htonl((uint32_t) v);
    put(&b, 4);
}

static void put_str(const char *s) {
    size_t n = strlen(s);
    put_int((int32_t) n);
    put(s, n);
}

static int write_all(int fd, const void *p, size_t n) {
    const char *c = p;
    while (n > 0) {
        ssize_t w = write(fd, c, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        c += w;
        n -= (size_t) w;
    }
    return 0;
}

/* reads exactly n bytes from the socket; -1 when it closed */
static int read_all(void *p, size_t n) {
    char *c = p;
    while (n > 0) {
        ssize_t r = read(sock, c, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        c += r;
        n -= (size_t) r;
    }
    return 0;
}

static int read_int(int32_t *v) {
    uint32_t b;
    if (read_all(&b, 4) < 0) return -1;
    *v = (int32_t) ntohl(b);
    return 0;
}

static void on_interrupt(int sig) {
    (void) sig;
    char c = 'C';
    if (sock >= 0) (void) write(sock, &c, 1);
    _exit(130);
}

static int is_tty(int fd) {
    return isatty(fd);
}

/* output held for the pager */
static char *held;
static size_t held_len, held_cap;

static void hold(const char *p, size_t n) {
    if (held_len + n > held_cap) {
        held_cap = (held_len + n) * 2 + 65536;
        held = realloc(held, held_cap);
        if (!held) exit(1);
    }
    memcpy(held + held_len, p, n);
    held_len += n;
}

static const char *pager_of(void) {
    const char *p = getenv("PAGER");
    if (!p) return "less -FRX";
    while (*p == ' ' || *p == '\t') p++;
    if (!*p || strcmp(p, "cat") == 0) return NULL;
    return p;
}

static void page(const char *pager) {
    size_t lines = 0;
    for (size_t i = 0; i < held_len; i++) if (held[i] == '\n') lines++;
    const char *size = getenv("TIX_CLIENT_SIZE");
    long rows = size ? strtol(size, NULL, 10) : 0;
    if (rows <= 0 || (long) lines < rows - 1) {
        write_all(1, held, held_len);
        return;
    }
    if (!getenv("LESS")) setenv("LESS", "FRX", 1);
    signal(SIGPIPE, SIG_IGN);
    FILE *f = popen(pager, "w");
    if (!f) {
        write_all(1, held, held_len);
        return;
    }
    fwrite(held, 1, held_len, f);
    pclose(f);
}

int main(int argc, char **argv) {
    if (argc < 3) return NOT_SERVED;
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(argv[1]) >= sizeof addr.sun_path) return NOT_SERVED;
    strcpy(addr.sun_path, argv[1]);
    sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0 || connect(sock, (struct sockaddr *) &addr, sizeof addr) < 0) return NOT_SERVED;

    char cwd[8192];
    if (!getcwd(cwd, sizeof cwd)) return NOT_SERVED;
    int stdout_tty = is_tty(1);
    put_int(VERSION);
    put_str(argv[2]);
    put_int(argc - 3);
    for (int i = 3; i < argc; i++) put_str(argv[i]);
    put_str(cwd);
    int n = 0;
    for (char **e = environ; *e; e++) if (strchr(*e, '=')) n++;
    put_int(n);
    for (char **e = environ; *e; e++) {
        char *eq = strchr(*e, '=');
        if (!eq) continue;
        put_int((int32_t) (eq - *e));
        put(*e, (size_t) (eq - *e));
        put_str(eq + 1);
    }
    char flags = (char) ((is_tty(0) ? 1 : 0) | (stdout_tty ? 2 : 0) | (is_tty(2) ? 4 : 0));
    put(&flags, 1);
    if (write_all(sock, req, req_len) < 0) return NOT_SERVED;
    signal(SIGPIPE, SIG_IGN);

    const char *pager = stdout_tty ? pager_of() : NULL;
    int pumping = 0; /* stdin is sent once the command reads it */
    char buf[65536];
    for (;;) {
        if (pumping == 1) {
            struct pollfd fds[2] = {{sock, POLLIN, 0}, {0, POLLIN, 0}};
            if (poll(fds, 2, -1) < 0) {
                if (errno == EINTR) continue;
                break;
            }
            if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
                ssize_t r = read(0, buf, sizeof buf);
                if (r < 0 && errno == EINTR) continue;
                char k = 'I';
                int32_t len = r > 0 ? (int32_t) r : -1;
                uint32_t be = htonl((uint32_t) len);
                if (write_all(sock, &k, 1) < 0 || write_all(sock, &be, 4) < 0) break;
                if (r > 0) {
                    if (write_all(sock, buf, (size_t) r) < 0) break;
                } else {
                    pumping = 2; /* end of input sent */
                }
            }
            if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        }
        char kind;
        if (read_all(&kind, 1) < 0) break;
        int32_t len;
        switch (kind) {
            case 'D':
                return NOT_SERVED;
            case 'A':
                served = 1;
                signal(SIGINT, on_interrupt);
                break;
            case 'O':
            case 'E': {
                if (read_int(&len) < 0 || len < 0) goto gone;
                while (len > 0) {
                    size_t chunk = len > (int32_t) sizeof buf ? sizeof buf : (size_t) len;
                    if (read_all(buf, chunk) < 0) goto gone;
                    if (kind == 'O' && pager) hold(buf, chunk);
                    else write_all(kind == 'O' ? 1 : 2, buf, chunk);
                    len -= (int32_t) chunk;
                }
                break;
            }
            case 'R':
                if (!pumping) pumping = 1;
                break;
            case 'X': {
                int32_t code;
                if (read_int(&code) < 0) goto gone;
                if (pager) page(pager);
                return code;
            }
            default:
                goto gone;
        }
    }
gone:
    if (!served) return NOT_SERVED;
    fprintf(stderr, "tix: the tix server went away (run with TIX_SERVER=0)\n");
    return 1;
}
