/* linetab.h: the CS line table csc appends to each executable so that
 * tracebacks print the .cs line each frame is at (linetab.c has the design;
 * runtime/symtab.c reads the table). */
#ifndef CS_LINETAB_H
#define CS_LINETAB_H

/* Appends to executable `exe`, linked from generated C file `cfile`
 * compiled with line tables (-g1), the table mapping its code addresses to
 * .cs file and line. Best effort: when libdw cannot be loaded, the
 * executable has no DWARF or the file cannot be written, it leaves exe as
 * it is (tracebacks then print each function's func line). */
void cs_linetab_append(const char *exe, const char *cfile);

#endif
