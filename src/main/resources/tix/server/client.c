/*
 * The native thin client of the warm tix server: the same protocol as tix.server.Client (Java), for a start-up of
 * about a millisecond instead of a JVM's. It is built two ways from this one file.
 *
 * The launcher's client: the launcher compiles it once per jar when a C compiler is there
 * (cc -O2 -o tix-client client.c; otherwise it uses the Java client) and execs it as
 *
 *   tix-client SOCKET JAR N ARG1..ARGN [FALLBACK...]
 *
 * to run `tix ARG1..ARGN` in the server. When it is not served (no server, a dead socket, a command the server
 * declines; always before anything was written or read) it execs FALLBACK... ARG1..ARGN (the launcher passes its
 * plain `java ... -jar tix.jar`), or without a fallback exits 254.
 *
 * The installed entry: install.sh compiles it with -DTIX_ENTRY_ROOT='"PREFIX/share/tix"' into PREFIX/bin/tix itself,
 * so a warm command starts no shell at all:
 *
 *   tix ARGS...
 *
 * It reads the small file `entry` the launcher keeps beside its launch cache (the jar, the JDK, the server's socket
 * name, and the JAVA_HOME, TIX_NO_CDS and TIX_NATIVE_CLIENT it was made for), and serves the command through the
 * socket as above. Whenever it cannot or must not (TIX_SERVER=0, TIX_JAR set, no entry or one older than the jar or
 * the JDK, an environment the entry was not made for, no socket of this user's, the server declining, any failure
 * before output) it execs the launcher PREFIX/share/tix/tix with the same arguments, which does all it does
 * otherwise: starts the server on first use and runs the command in a JVM of its own. After asking the server (or
 * finding none) it sets TIX_ENTRY_FALLBACK=1 for the launcher, which then does not ask again. Which commands the
 * server runs is the server's decision alone (tix.server.Server.SERVED): everything else, the long-running commands
 * included, is declined and runs in the launcher's JVM.
 *
 * Either way signals sent to the pid a script knows reach this process: SIGINT and SIGTERM are forwarded to the
 * server, which cancels the command (its transaction is rolled back); the client then waits for the command's last
 * words and exits 130 or 143, as a plain JVM does.
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
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/un.h>
#include <unistd.h>

#define NOT_SERVED 254
#define VERSION 1

extern char **environ;

static int sock = -1;
static struct sigaction pipe_at_start; /* SIGPIPE as this process got it, given back to the fallback */
static volatile sig_atomic_t served = 0;
static volatile sig_atomic_t signalled = 0; /* the signal forwarded to the server, 0 if none */

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

/* SIGINT, SIGTERM: before the server took the command, die of the signal as a JVM not yet started would; after, ask
 * the server to cancel and go on reading its answer (SIGALRM ends the wait after 3 s; a second signal at once) */
static void on_signal(int sig) {
    if (!served) {
        signal(sig, SIG_DFL);
        raise(sig);
        _exit(128 + sig);
    }
    if (signalled) _exit(128 + signalled);
    signalled = sig;
    char c = 'C';
    if (sock >= 0) (void) write(sock, &c, 1);
    alarm(3);
}

static void on_alarm(int sig) {
    (void) sig;
    _exit(128 + (signalled ? signalled : SIGTERM));
}

static void quiet(int sig) {
    (void) sig;
}

/* catches sig unless it was ignored when this process started (a background job's SIGINT): as the JVM does */
static void catch_signal(int sig, void (*handler)(int)) {
    struct sigaction old, sa;
    if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

#ifdef TIX_ENTRY_ROOT
#define ENTRY_LAUNCHER TIX_ENTRY_ROOT "/tix"
#define ENTRY_JAR TIX_ENTRY_ROOT "/target/tix.jar"
static int size_set; /* TIX_CLIENT_SIZE was set here (not given): not passed on to the launcher */

/* not served by the installed entry: the launcher runs the command; asked = the server was asked (or none was found),
 * so the launcher goes straight to its own JVM */
static int to_launcher(char **args, int nargs, int asked) {
    if (sock >= 0) close(sock);
    char **argv = calloc((size_t) (nargs + 2), sizeof *argv);
    if (!argv) return 1;
    argv[0] = (char *) ENTRY_LAUNCHER;
    for (int i = 0; i < nargs; i++) argv[1 + i] = args[i];
    if (asked) setenv("TIX_ENTRY_FALLBACK", "1", 1);
    if (size_set) unsetenv("TIX_CLIENT_SIZE");
    sigaction(SIGPIPE, &pipe_at_start, NULL);
    execv(argv[0], argv);
    fprintf(stderr, "tix: cannot run %s: %s\n", argv[0], strerror(errno));
    return 1;
}
#endif

/* not served: run the command in a JVM of its own (the launcher's fallback), or tell the launcher with 254 */
static int not_served(char **fallback, int nfallback, char **args, int nargs) {
#ifdef TIX_ENTRY_ROOT
    (void) fallback;
    (void) nfallback;
    return to_launcher(args, nargs, 1);
#else
    if (nfallback <= 0) return NOT_SERVED;
    if (sock >= 0) close(sock);
    char **argv = calloc((size_t) (nfallback + nargs + 1), sizeof *argv);
    if (!argv) return NOT_SERVED;
    for (int i = 0; i < nfallback; i++) argv[i] = fallback[i];
    for (int i = 0; i < nargs; i++) argv[nfallback + i] = args[i];
    /* exec resets the handlers caught here; a signal ignored since the start stays ignored, as it should */
    sigaction(SIGPIPE, &pipe_at_start, NULL);
    execv(argv[0], argv);
    fprintf(stderr, "tix: cannot run %s: %s\n", argv[0], strerror(errno));
    return 1;
#endif
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
    /* Ctrl-C belongs to the pager now (less uses it to stop a search): this client just waits for it */
    catch_signal(SIGINT, quiet);
    fwrite(held, 1, held_len, f);
    pclose(f);
}

/* runs args in the server at socket_path, or not_served() */
static int serve(const char *socket_path, const char *jar, char **args, int nargs, char **fallback, int nfallback) {
    /* a server that closes the connection at once (another user's) must not kill this client while it writes */
    sigaction(SIGPIPE, NULL, &pipe_at_start);
    signal(SIGPIPE, SIG_IGN);
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(socket_path) >= sizeof addr.sun_path) return not_served(fallback, nfallback, args, nargs);
    strcpy(addr.sun_path, socket_path);
    sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0) return not_served(fallback, nfallback, args, nargs);
    if (connect(sock, (struct sockaddr *) &addr, sizeof addr) < 0) {
        /* a socket file nobody listens on (a server that was killed): removed, so the next command starts one */
        if (errno == ECONNREFUSED) unlink(socket_path);
        return not_served(fallback, nfallback, args, nargs);
    }
    catch_signal(SIGINT, on_signal);
    catch_signal(SIGTERM, on_signal);
    signal(SIGALRM, on_alarm);

    char cwd[8192];
    if (!getcwd(cwd, sizeof cwd)) return not_served(fallback, nfallback, args, nargs);
    int stdout_tty = is_tty(1);
    if (stdout_tty && !getenv("TIX_CLIENT_SIZE")) { /* the terminal's size, for the server's layout and the pager */
        struct winsize ws;
        char size[32];
        if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) {
            snprintf(size, sizeof size, "%u %u", (unsigned) ws.ws_row, (unsigned) ws.ws_col);
            setenv("TIX_CLIENT_SIZE", size, 1);
#ifdef TIX_ENTRY_ROOT
            size_set = 1;
#endif
        }
    }
    put_int(VERSION);
    put_str(jar);
    put_int(nargs);
    for (int i = 0; i < nargs; i++) put_str(args[i]);
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
    if (write_all(sock, req, req_len) < 0) return not_served(fallback, nfallback, args, nargs);

    const char *pager = stdout_tty ? pager_of() : NULL;
    int pumping = 0; /* stdin is sent once the command reads it */
    char buf[65536];
    for (;;) {
        if (signalled && pumping == 1) pumping = 2; /* cancelled: no more input for the command */
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
                return not_served(fallback, nfallback, args, nargs);
            case 'A':
                served = 1;
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
                if (signalled) return 128 + signalled; /* as a JVM stopped by the signal: 130 or 143 */
                if (pager) page(pager);
                return code;
            }
            default:
                goto gone;
        }
    }
gone:
    if (signalled) return 128 + signalled;
    if (!served) return not_served(fallback, nfallback, args, nargs);
    fprintf(stderr, "tix: the tix server went away (run with TIX_SERVER=0)\n");
    return 1;
}

#ifdef TIX_ENTRY_ROOT
/* whether a was modified after b (as the shell's -nt) */
static int newer(const struct stat *a, const struct stat *b) {
    return a->st_mtim.tv_sec > b->st_mtim.tv_sec
        || (a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec > b->st_mtim.tv_nsec);
}

static const char *env_or_empty(const char *name) {
    const char *v = getenv(name);
    return v ? v : "";
}

/* PREFIX/bin/tix: serves the command through the warm server when the launcher's entry file says how, else execs
 * the launcher (see the top of this file) */
int main(int argc, char **argv) {
    char **args = argv + 1;
    int nargs = argc > 0 ? argc - 1 : 0;
    if (strcmp(env_or_empty("TIX_SERVER"), "0") == 0 || *env_or_empty("TIX_JAR")) return to_launcher(args, nargs, 0);
    /* the launcher's cache: beside the jar when that directory is writable, else $XDG_CACHE_HOME/tix */
    char path[4096];
    int w;
    if (access(TIX_ENTRY_ROOT "/target", W_OK) == 0) {
        w = snprintf(path, sizeof path, "%s", TIX_ENTRY_ROOT "/target/entry");
    } else if (*env_or_empty("XDG_CACHE_HOME")) {
        w = snprintf(path, sizeof path, "%s/tix/entry", getenv("XDG_CACHE_HOME"));
    } else {
        const char *home = env_or_empty("HOME");
        w = snprintf(path, sizeof path, "%s/.cache/tix/entry", *home ? home : "/tmp");
    }
    if (w < 0 || (size_t) w >= sizeof path) return to_launcher(args, nargs, 0);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return to_launcher(args, nargs, 0);
    struct stat entry, st;
    char text[8192];
    ssize_t n = fstat(fd, &entry) == 0 ? read(fd, text, sizeof text - 1) : -1;
    close(fd);
    if (n <= 0) return to_launcher(args, nargs, 0);
    text[n] = 0;
    /* made for this jar as it is now */
    if (stat(ENTRY_JAR, &st) != 0 || !newer(&entry, &st)) return to_launcher(args, nargs, 0);
    /* key=value lines; a file cut short (being written) lacks its last line, end= */
    static const char *const keys[] = {"jar", "java_home", "sock", "JAVA_HOME", "TIX_NO_CDS", "TIX_NATIVE_CLIENT", "end"};
    enum { JAR, JDK, SOCK, ENV_FIRST = 3, ENV_END = 6, KEYS = 7 };
    char *vals[KEYS] = {0};
    for (char *line = text, *next; (next = strchr(line, '\n')) != NULL; line = next) {
        *next++ = 0;
        char *eq = strchr(line, '=');
        if (!eq) continue;
        *eq = 0;
        for (int k = 0; k < KEYS; k++) if (strcmp(line, keys[k]) == 0) vals[k] = eq + 1;
    }
    for (int k = 0; k < KEYS; k++) if (!vals[k]) return to_launcher(args, nargs, 0);
    if (strcmp(vals[JAR], ENTRY_JAR) != 0) return to_launcher(args, nargs, 0);
    for (int k = ENV_FIRST; k < ENV_END; k++) {
        if (strcmp(vals[k], env_or_empty(keys[k])) != 0) return to_launcher(args, nargs, 0);
    }
    /* a JDK updated in place rewrites its release file */
    w = snprintf(path, sizeof path, "%s/release", vals[JDK]);
    if (w < 0 || (size_t) w >= sizeof path || (stat(path, &st) == 0 && !newer(&entry, &st))) {
        return to_launcher(args, nargs, 0);
    }
    /* the server's socket, in $XDG_RUNTIME_DIR/tix (else /tmp/tix-UID/tix), and only this user's */
    const char *rt = env_or_empty("XDG_RUNTIME_DIR");
    if (*rt) w = snprintf(path, sizeof path, "%s/tix/%s.sock", rt, vals[SOCK]);
    else w = snprintf(path, sizeof path, "/tmp/tix-%u/tix/%s.sock", (unsigned) getuid(), vals[SOCK]);
    if (w < 0 || (size_t) w >= sizeof path) return to_launcher(args, nargs, 0);
    if (stat(path, &st) != 0 || !S_ISSOCK(st.st_mode) || st.st_uid != geteuid()) return to_launcher(args, nargs, 1);
    return serve(path, ENTRY_JAR, args, nargs, NULL, 0);
}
#else
int main(int argc, char **argv) {
    if (argc < 4) return NOT_SERVED;
    int nargs = atoi(argv[3]);
    if (nargs < 0 || nargs > argc - 4) return NOT_SERVED;
    return serve(argv[1], argv[2], argv + 4, nargs, argv + 4 + nargs, argc - 4 - nargs);
}
#endif
