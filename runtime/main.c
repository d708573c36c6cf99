/* main.c: the C entry point of every CS program, alone in its object file
 * so unit tests can link libcsrt with their own main (rt_sched.h). */
#include "rt.h"

int main(int argc, char **argv) {
    return rt_start(argc, argv, rt_user_main);
}
