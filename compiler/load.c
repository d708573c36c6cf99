/* The loader: files -> parsed packages -> CsProgram.
 *
 * Packages are found by import path under the stdlib directory:
 * "sync/atomic" is every *.cs file in <stdlib>/sync/atomic, read in name
 * order so builds are reproducible. The import graph is walked depth
 * first; a package is appended to the program when all its imports are,
 * which yields the dependency order, and a package met again while still
 * on the walk's stack is an import cycle. Each package is loaded once,
 * whoever imports it.
 *
 * Errors are reported where gc reports them: an unknown import at its
 * path string (worded by what it is: cgo, a Go package CS lacks, or no
 * standard package at all), a file of the wrong package at its package name. Import
 * paths are checked before they touch the file system (no "..", no
 * leading "/" or "."), so an import cannot read outside the stdlib.
 * Go's internal-package rule holds: a/b/internal/c is importable only
 * from a/b and below (from any stdlib package if a/b is empty), never
 * from the program, so stdlib helpers such as crypto/internal/blockhash
 * stay private as in Go.
 */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "parse.h"

typedef enum { PK_LOADING, PK_DONE, PK_FAILED } PkgState;

typedef struct Loaded {
    CsPackage *pkg;
    PkgState state;
    struct Loaded *next;
} Loaded;

typedef struct Loader {
    const char *stdlib_dir;
    Loaded *loaded;
    CsProgram *prog;
    int cap;
} Loader;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        fputs("csc: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d) {
        fputs("csc: out of memory\n", stderr);
        exit(1);
    }
    return d;
}

/* The largest source file accepted. The front end keeps every AST node
 * (a few hundred bytes each) until the C is written, about 200 times the
 * source's size, so this keeps the compiler within a few GB; programs
 * written by people are far smaller. */
#define MAX_SOURCE ((size_t)16 << 20)

static void too_large(const char *path)
{
    cs_error("%s: file too large (csc accepts source files up to %zu MiB)", path, MAX_SOURCE >> 20);
}

char *cs_load_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cs_error("open %s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        cs_error("%s is a directory, not a .cs file", path);
        return NULL;
    }
    if (st.st_size > 0 && (size_t)st.st_size > MAX_SOURCE) {
        fclose(f);
        too_large(path);
        return NULL;
    }
    size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fputs("csc: out of memory\n", stderr);
            exit(1);
        }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        if (n > MAX_SOURCE) {
            fclose(f);
            free(buf);
            too_large(path);
            return NULL;
        }
        cap *= 2;
        buf = realloc(buf, cap);
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        cs_error("read %s: %s", path, strerror(errno));
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Reads, registers and parses one file; NULL after errors. */
static CsNode *parse_path(const char *path)
{
    size_t len;
    char *text = cs_load_read_file(path, &len);
    if (!text)
        return NULL;
    return cs_parse_file(cs_diag_add_file(path, text, len));
}

/* Go 1.19's standard packages (`go list std`, less internal and vendor),
 * sorted: importing one that CS lacks is "not supported" rather than
 * "not in std". */
static const char *const go_std[] = {
    "archive/tar", "archive/zip", "bufio", "bytes", "compress/bzip2", "compress/flate",
    "compress/gzip", "compress/lzw", "compress/zlib", "container/heap", "container/list",
    "container/ring", "context", "crypto", "crypto/aes", "crypto/cipher", "crypto/des",
    "crypto/dsa", "crypto/ecdsa", "crypto/ed25519", "crypto/elliptic", "crypto/hmac",
    "crypto/md5", "crypto/rand", "crypto/rc4", "crypto/rsa", "crypto/sha1", "crypto/sha256",
    "crypto/sha512", "crypto/subtle", "crypto/tls", "crypto/x509", "crypto/x509/pkix",
    "database/sql", "database/sql/driver", "debug/buildinfo", "debug/dwarf", "debug/elf",
    "debug/gosym", "debug/macho", "debug/pe", "debug/plan9obj", "embed", "encoding",
    "encoding/ascii85", "encoding/asn1", "encoding/base32", "encoding/base64",
    "encoding/binary", "encoding/csv", "encoding/gob", "encoding/hex", "encoding/json",
    "encoding/pem", "encoding/xml", "errors", "expvar", "flag", "fmt", "go/ast", "go/build",
    "go/build/constraint", "go/constant", "go/doc", "go/doc/comment", "go/format",
    "go/importer", "go/parser", "go/printer", "go/scanner", "go/token", "go/types", "hash",
    "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash", "html",
    "html/template", "image", "image/color", "image/color/palette", "image/draw", "image/gif",
    "image/jpeg", "image/png", "index/suffixarray", "io", "io/fs", "io/ioutil", "log",
    "log/syslog", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "mime",
    "mime/multipart", "mime/quotedprintable", "net", "net/http", "net/http/cgi",
    "net/http/cookiejar", "net/http/fcgi", "net/http/httptest", "net/http/httptrace",
    "net/http/httputil", "net/http/pprof", "net/mail", "net/netip", "net/rpc",
    "net/rpc/jsonrpc", "net/smtp", "net/textproto", "net/url", "os", "os/exec", "os/signal",
    "os/user", "path", "path/filepath", "plugin", "reflect", "regexp", "regexp/syntax",
    "runtime", "runtime/cgo", "runtime/debug", "runtime/metrics", "runtime/pprof",
    "runtime/race", "runtime/trace", "sort", "strconv", "strings", "sync", "sync/atomic",
    "syscall", "testing", "testing/fstest", "testing/iotest", "testing/quick", "text/scanner",
    "text/tabwriter", "text/template", "text/template/parse", "time", "time/tzdata", "unicode",
    "unicode/utf16", "unicode/utf8", "unsafe",
};

static int compare_names(const void *a, const void *b);

static bool is_go_std(const char *path)
{
    return bsearch(&path, go_std, sizeof go_std / sizeof go_std[0], sizeof go_std[0], compare_names) != NULL;
}

static void report_missing(const char *path, CsPos pos)
{
    if (!strcmp(path, "C"))
        cs_error_at(pos, "cgo is not supported");
    else if (is_go_std(path))
        cs_error_at(pos, "package %s is not supported", path);
    else
        cs_error_at(pos, "package %s is not in std", path);
}

static bool valid_import_path(const char *path)
{
    if (!path[0] || path[0] == '/' || path[0] == '.' || strstr(path, ".."))
        return false;
    for (const char *c = path; *c; c++)
        if (!(*c == '/' || *c == '_' || *c == '-' || *c == '.' || (*c >= 'a' && *c <= 'z') ||
              (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')))
            return false;
    return true;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.cs files of directory dir, sorted; NULL if dir has none. */
static char **package_files(const char *dir, int *count)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    int n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".cs") || e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 8;
            names = realloc(names, cap * sizeof *names);
            if (!names) {
                fputs("csc: out of memory\n", stderr);
                exit(1);
            }
        }
        size_t size = strlen(dir) + len + 2;
        names[n] = xcalloc(1, size);
        snprintf(names[n++], size, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    *count = n;
    return names;
}

static void add_to_program(Loader *ld, CsPackage *pkg)
{
    CsProgram *prog = ld->prog;
    if (prog->npkgs == ld->cap) {
        ld->cap = ld->cap ? 2 * ld->cap : 16;
        prog->pkgs = realloc(prog->pkgs, ld->cap * sizeof *prog->pkgs);
        if (!prog->pkgs) {
            fputs("csc: out of memory\n", stderr);
            exit(1);
        }
    }
    prog->pkgs[prog->npkgs++] = pkg;
}

static CsPackage *new_package(const char *path, const char *name)
{
    CsPackage *pkg = xcalloc(1, sizeof *pkg);
    pkg->path = xstrdup(path);
    pkg->name = xstrdup(name);
    char *prefix = xstrdup(path);
    for (char *c = prefix; *c; c++)
        if (*c == '/' || *c == '.' || *c == '-')
            *c = '_';
    pkg->cprefix = prefix;
    return pkg;
}

static bool load_imports(Loader *ld, CsPackage *pkg);

/* Loads stdlib package `path` (imported at pos) and, first, its imports. */
static CsPackage *load_std(Loader *ld, const char *path, CsPos pos)
{
    for (Loaded *l = ld->loaded; l; l = l->next) {
        if (strcmp(l->pkg->path, path))
            continue;
        if (l->state == PK_LOADING) {
            cs_error_at(pos, "import cycle not allowed: %s", path);
            return NULL;
        }
        return l->state == PK_DONE ? l->pkg : NULL;
    }
    int nfiles = 0;
    char **files = NULL;
    if (valid_import_path(path)) {
        size_t size = strlen(ld->stdlib_dir) + strlen(path) + 2;
        char *dir = xcalloc(1, size);
        snprintf(dir, size, "%s/%s", ld->stdlib_dir, path);
        files = package_files(dir, &nfiles);
        free(dir);
    }
    if (!nfiles) {
        report_missing(path, pos);
        return NULL;
    }
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    Loaded *l = xcalloc(1, sizeof *l);
    l->pkg = new_package(path, base);
    l->state = PK_LOADING;
    l->next = ld->loaded;
    ld->loaded = l;
    CsList list = cs_list_none();
    bool ok = true;
    for (int i = 0; i < nfiles; i++) {
        CsNode *f = parse_path(files[i]);
        if (f && strcmp(f->name, base)) {
            cs_error_at(f->pos, "package %s; expected %s", f->name, base);
            f = NULL;
        }
        ok &= f != NULL;
        list = cs_list_add(list, f);
    }
    l->pkg->files = list.head;
    ok = ok && load_imports(ld, l->pkg);
    l->state = ok ? PK_DONE : PK_FAILED;
    if (!ok)
        return NULL;
    add_to_program(ld, l->pkg);
    return l->pkg;
}

/* Whether package `importer` may import `path` under Go's rule for
 * "internal" path elements (the last one counts). */
static bool may_import(const char *importer, const char *path)
{
    const char *cut = NULL;
    for (const char *p = path; (p = strstr(p, "internal")); p++)
        if ((p == path || p[-1] == '/') && (p[8] == '/' || !p[8]))
            cut = p;
    if (!cut)
        return true;
    if (!strcmp(importer, "main"))
        return false;
    size_t parent = cut == path ? 0 : (size_t)(cut - path) - 1;
    return parent == 0 ||
           (!strncmp(importer, path, parent) && (importer[parent] == '/' || !importer[parent]));
}

static bool load_imports(Loader *ld, CsPackage *pkg)
{
    bool ok = true;
    for (CsNode *f = pkg->files; f; f = f->next)
        for (CsNode *d = f->list; d && d->kind == CS_ND_GENDECL && d->decl_kind == CS_DECL_IMPORT; d = d->next)
            for (CsNode *im = d->list; im; im = im->next) {
                if (!may_import(pkg->path, im->lit)) {
                    cs_error_at(im->pos, "use of internal package %s not allowed", im->lit);
                    ok = false;
                    continue;
                }
                ok &= load_std(ld, im->lit, im->pos) != NULL;
            }
    return ok;
}

bool cs_load_program(char *const *files, int nfiles, const char *stdlib_dir, CsProgram *prog)
{
    *prog = (CsProgram){0};
    Loader ld = {.stdlib_dir = stdlib_dir, .prog = prog};
    CsPackage *main = new_package("main", "main");
    CsList list = cs_list_none();
    bool ok = true;
    for (int i = 0; i < nfiles; i++) {
        CsNode *f = parse_path(files[i]);
        if (f && strcmp(f->name, "main")) {
            cs_error_at(f->pos, "package %s is not a main package: csc builds programs (package main)", f->name);
            f = NULL;
        }
        ok &= f != NULL;
        list = cs_list_add(list, f);
    }
    main->files = list.head;
    if (!ok || cs_diag_error_count())
        return false;
    if (!load_imports(&ld, main) || cs_diag_error_count())
        return false;
    add_to_program(&ld, main);
    prog->main = main;
    return true;
}
