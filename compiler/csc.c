/* csc, the driver. The whole pipeline is compile() below:
 *
 *   find runtime -> load (parse user files + imported stdlib packages)
 *   -> check -> generate C into a temp file -> $CC -> executable
 *   -> append the traceback line table (linetab.c)
 *
 * `csc run` builds into a temporary directory, runs the program with the
 * arguments after `--` (or after the .cs files), removes the directory
 * and exits with the program's status (re-raising a fatal signal).
 *
 * Exit status: 0 success; 1 compile errors, unreadable input, a C
 * compiler failure; 2 usage errors (unknown flag, no input files).
 *
 * The C compiler is $CC (default "cc"; split at spaces so "ccache gcc"
 * works), with $CSC_CFLAGS (split at spaces) after csc's own flags; the
 * tuning flags probed at build time go only to the default cc. Its
 * output is captured: a failure is a csc bug and is reported as one,
 * with the compiler's messages after it. Temporary files are removed on
 * every path out of compile().
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "gen.h"
#include "linetab.h"
#include "load.h"
#include "resources.h"
#include "types.h"

typedef struct Options {
    char **files; int nfiles;
    const char *output;         /* -o */
    const char *emit_c;         /* --emit-c */
    bool run;                   /* csc run */
    char **run_args; int nrun_args;
    bool opt;                   /* -O2 (default) vs -O0 */
    bool debug;                 /* -g */
    bool verbose;               /* -v */
} Options;

static const char usage[] =
    "usage: csc [flags] file.cs...         compile to a native executable\n"
    "       csc run [flags] file.cs... [-- args]   compile to a temporary file and run it\n"
    "flags:\n"
    "  -o FILE      output name (default: first file's name without .cs)\n"
    "  -O0 | -O2    optimisation of the generated C (default -O2)\n"
    "  -g           debug info; #line directives map the C back to .cs lines\n"
    "  --emit-c F   also write the generated C to F\n"
    "  -v           print the C compiler command that csc runs\n"
    "  --version, --help\n";

static void usage_error(const char *fmt, const char *arg)
{
    fputs("csc: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nrun 'csc --help' for usage\n", stderr);
    exit(2);
}

/* ==== arguments ========================================================= */

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

static void parse_args(int argc, char **argv, Options *o)
{
    *o = (Options){.opt = true};
    o->files = calloc(argc, sizeof *o->files);
    int i = 1;
    if (argc > 1 && !strcmp(argv[1], "run")) {
        o->run = true;
        i = 2;
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            if (!o->run)
                usage_error("%s: arguments after -- need 'csc run'", a);
            i++;
            break;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            exit(0);
        } else if (!strcmp(a, "--version")) {
            printf("csc version %s\n", CSC_VERSION);
            exit(0);
        } else if (!strcmp(a, "-o") || !strcmp(a, "--emit-c")) {
            if (i + 1 >= argc)
                usage_error("flag %s needs an argument", a);
            *(a[1] == 'o' ? &o->output : &o->emit_c) = argv[++i];
        } else if (!strcmp(a, "-O0") || !strcmp(a, "-O2")) {
            o->opt = a[2] == '2';
        } else if (!strcmp(a, "-g")) {
            o->debug = true;
        } else if (!strcmp(a, "-v")) {
            o->verbose = true;
        } else if (a[0] == '-' && a[1]) {
            usage_error("unknown flag %s", a);
        } else if (o->run && !has_suffix(a, ".cs") && o->nfiles > 0) {
            break; /* program arguments start here, as with go run */
        } else {
            o->files[o->nfiles++] = argv[i];
        }
    }
    o->run_args = argv + i;
    o->nrun_args = argc - i;
    if (o->nfiles == 0)
        usage_error("no .cs files given%s", "");
    if (o->run && o->output)
        usage_error("-o cannot be used with %s", "csc run");
    for (int k = 0; k < o->nfiles; k++) {
        if (!has_suffix(o->files[k], ".cs")) {
            fprintf(stderr, "csc: %s: not a .cs file\n", o->files[k]);
            exit(1);
        }
    }
}

/* ==== temporary files ==================================================== */

/* The build directory in $TMPDIR (default /tmp) holding prog.c and prog;
 * removed on every exit path, including SIGINT/SIGTERM/SIGHUP (the
 * handler only uses async-signal-safe calls). */
static struct {
    char dir[PATH_MAX], cfile[PATH_MAX + 8], exe[PATH_MAX + 8];
    volatile sig_atomic_t made;
    volatile pid_t child;       /* the program `csc run` runs, or 0 */
} tmp;

static void remove_temps(void)
{
    if (!tmp.made)
        return;
    unlink(tmp.cfile);
    unlink(tmp.exe);
    rmdir(tmp.dir);
    tmp.made = 0;
}

static void on_fatal_signal(int sig)
{
    if (tmp.child > 0)
        kill(tmp.child, sig);
    remove_temps();
    signal(sig, SIG_DFL);
    raise(sig);
}

static bool make_temps(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmp.dir, sizeof tmp.dir, "%s/csc-XXXXXX", base && *base ? base : "/tmp");
    signal(SIGTERM, on_fatal_signal);
    signal(SIGHUP, on_fatal_signal);
    signal(SIGINT, on_fatal_signal);
    if (!mkdtemp(tmp.dir)) {
        fprintf(stderr, "csc: cannot create a temporary directory: %s\n", strerror(errno));
        return false;
    }
    snprintf(tmp.cfile, sizeof tmp.cfile, "%s/prog.c", tmp.dir);
    snprintf(tmp.exe, sizeof tmp.exe, "%s/prog", tmp.dir);
    tmp.made = 1;
    return true;
}

/* ==== running programs ================================================== */

typedef struct Argv { char **v; int n, cap; } Argv;

static void argv_add(Argv *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? 2 * a->cap : 64;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
        if (!a->v) {
            fputs("csc: out of memory\n", stderr);
            exit(1);
        }
    }
    a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

/* Adds the words of s, split at spaces (and at ';', CMake's list
 * separator, which the baked-in GC flags may contain). */
static void argv_add_words(Argv *a, const char *s)
{
    char *copy = strdup(s ? s : "");
    for (char *w = strtok(copy, " \t;"); w; w = strtok(NULL, " \t;"))
        argv_add(a, w);
}

/* Runs argv with stdout+stderr going to fd `out` (or inherited when
 * out < 0); returns the wait status, or -1 if it could not start. */
static int spawn(char **argv, int out, bool track)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (out >= 0) {
            dup2(out, 1);
            dup2(out, 2);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "csc: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    if (track)
        tmp.child = pid;
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    tmp.child = 0;
    return status;
}

static void copy_stream(FILE *from, FILE *to)
{
    char buf[8192];
    size_t n;
    rewind(from);
    while ((n = fread(buf, 1, sizeof buf, from)) > 0)
        fwrite(buf, 1, n, to);
}

/* Libraries that a stdlib package's C half needs, linked only into
 * programs that import the package (libcsrt.a leaves the package's object
 * out of other programs, so they need not have the library installed). */
static const struct {
    const char *path, *libs;
} package_libs[] = {
    {"regexp", CSC_BUILD_PCRE2_LIBS},   /* stdlib/regexp/pcre.c */
    {"math/big", CSC_BUILD_GMP_LIBS},   /* stdlib/math/big/gmp.c */
};

static void add_package_libs(Argv *a, const CsProgram *prog)
{
    for (size_t i = 0; i < sizeof package_libs / sizeof package_libs[0]; i++)
        for (int j = 0; j < prog->npkgs; j++)
            if (!strcmp(prog->pkgs[j]->path, package_libs[i].path))
                argv_add_words(a, package_libs[i].libs);
}

/* Compiles the C file to exe; false (after reporting) on failure. */
static bool run_cc(const Options *o, const CsResources *res, const CsProgram *prog, const char *cfile,
                   const char *exe)
{
    Argv a = {0};
    const char *cc = getenv("CC");
    argv_add_words(&a, cc && *cc ? cc : "cc");
    argv_add(&a, "-std=gnu11");
    argv_add(&a, o->opt ? "-O2" : "-O0");
    /* -g1: line tables only, for the traceback line table (linetab.c);
     * gcc generates the same code with or without */
    argv_add(&a, o->debug ? "-g" : "-g1");
    argv_add_words(&a, "-fwrapv -fno-strict-aliasing -Wall -Wextra -Wno-unused-parameter "
                       "-Wno-unused-variable -Wno-unused-label -Wno-unused-function "
                       "-Wno-unused-but-set-variable "
                       /* Go code the checker accepts, after translation: constant
                        * conditions (int16(x) <= 32767, a == a), masks wider
                        * than the operand (b &^ 0xFFFFFFFF on a uint32), and
                        * comparisons of same-typed narrow operands; their Go
                        * meaning is exactly what C computes with -fwrapv */
                       "-Wno-type-limits -Wno-tautological-compare -Wno-sign-compare -Wno-overflow "
                       /* Go compiles endless recursion silently */
                       "-Wno-infinite-recursion "
                       /* Go never turns recursion into a loop: endless
                        * recursion must end in "stack overflow", not hang */
                       "-fno-optimize-sibling-calls "
                       /* gcc 12's -O2 merges the stores and loads of a
                        * struct's neighbouring fields into 16-byte SSE moves:
                        * a slice argument or result (24 bytes, passed in
                        * memory) is then stored as 8+16 bytes and loaded as
                        * 16+8 at other offsets, a store-forwarding stall per
                        * slice passed (bufpool's AppendInt calls: 20% of its
                        * time); Go's numeric loops gain nothing from SLP */
                       "-fno-tree-slp-vectorize "
                       /* nothing reads errno: math.Sqrt (gen_intrin.c) becomes
                        * one sqrtsd, with no libm call for negative operands */
                       "-fno-math-errno");
    /* probed on the compiler csc was built with (CMakeLists.txt), so
     * only when $CC does not name another */
    if (!(cc && *cc))
        argv_add_words(&a, CSC_BUILD_TUNE_CFLAGS);
    argv_add_words(&a, getenv("CSC_CFLAGS"));
    char *inc = malloc(strlen(res->include_dir) + 3);
    sprintf(inc, "-I%s", res->include_dir);
    argv_add(&a, inc);
    argv_add_words(&a, CSC_BUILD_GC_CFLAGS);
    argv_add(&a, cfile);
    argv_add(&a, res->runtime_lib);
    add_package_libs(&a, prog);
    argv_add_words(&a, CSC_BUILD_GC_LIBS);
    /* the collector's heap gets huge pages (runtime/hugeheap.c) and
     * leaves goroutine stacks uncleared (runtime/clearstack.c) */
    argv_add_words(&a, "-Wl,--wrap=mmap -Wl,--wrap=GC_clear_stack "
                       "-Wl,--undefined=__wrap_GC_clear_stack -lpthread -lm -o");
    argv_add(&a, exe);
    if (o->verbose) {
        for (int i = 0; i < a.n; i++)
            fprintf(stderr, "%s%s", i ? " " : "", a.v[i]);
        fputc('\n', stderr);
    }
    FILE *log = tmpfile();
    int status = spawn(a.v, log ? fileno(log) : -1, false);
    bool ok = status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok) {
        if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 127)
            fprintf(stderr, "csc: cannot run the C compiler %s (set CC)\n", a.v[0]);
        else
            fputs("csc: internal error: the C compiler failed on generated code (a csc bug)\n", stderr);
    }
    if (log) {
        copy_stream(log, stderr);
        fclose(log);
    }
    free(inc);
    free(a.v);
    return ok;
}

static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    if (!out) {
        fprintf(stderr, "csc: cannot write %s: %s\n", to, strerror(errno));
        if (in)
            fclose(in);
        return false;
    }
    copy_stream(in, out);
    fclose(in);
    return fclose(out) == 0;
}

/* Default output: the first file's name without directory and ".cs". */
static char *default_output(const char *file)
{
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    char *out = strdup(base);
    out[strlen(out) - 3] = 0;
    if (!*out)
        strcpy(out, "a.out");
    return out;
}

/* The signal that killed the program `csc run` ran, or 0. */
static int program_signal;

/* Runs the built program; returns its exit status. */
static int run_program(const Options *o, const char *exe)
{
    Argv a = {0};
    argv_add(&a, exe);
    for (int i = 0; i < o->nrun_args; i++)
        argv_add(&a, o->run_args[i]);
    signal(SIGINT, SIG_IGN); /* the program gets ^C; we stay to clean up */
    int status = spawn(a.v, -1, true);
    free(a.v);
    if (status < 0) {
        fprintf(stderr, "csc: cannot run %s: %s\n", exe, strerror(errno));
        return 1;
    }
    if (WIFSIGNALED(status))
        program_signal = WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* ==== the pipeline ====================================================== */

static int compile(const Options *o)
{
    CsResources res;
    if (!cs_resources_find(&res))
        return 1;

    CsProgram prog;
    if (!cs_load_program(o->files, o->nfiles, res.stdlib_dir, &prog))
        return 1;
    if (!cs_check_program(&prog) || cs_diag_error_count())
        return 1;

    if (!make_temps())
        return 1;
    const char *cfile = tmp.cfile, *exe = tmp.exe;

    int status = 1;
    FILE *c = fopen(cfile, "w");
    CsGenOptions gopt = {.line_directives = o->debug, .preempt_checks = true};
    bool generated = c && cs_gen_program(&prog, c, &gopt) && !cs_diag_error_count();
    if (c && fclose(c) != 0)
        generated = false;
    if (!generated) {
        if (!cs_diag_error_count())
            fputs("csc: internal error: code generation failed (a csc bug)\n", stderr);
        goto out;
    }
    if (o->emit_c && !copy_file(cfile, o->emit_c))
        goto out;
    if (!run_cc(o, &res, &prog, cfile, exe))
        goto out;
    cs_linetab_append(exe, cfile);
    if (o->run) {
        status = run_program(o, exe);
    } else {
        char *output = o->output ? strdup(o->output) : default_output(o->files[0]);
        status = rename(exe, output) == 0 || copy_file(exe, output) ? 0 : 1;
        if (status == 0)
            chmod(output, 0755);
        free(output);
    }
out:
    remove_temps();
    return status;
}

int main(int argc, char **argv)
{
    Options o;
    parse_args(argc, argv, &o);
    int status = compile(&o);
    if (program_signal) {
        /* die of the same signal as the program did */
        fflush(stdout);
        signal(program_signal, SIG_DFL);
        raise(program_signal);
    }
    return status;
}
