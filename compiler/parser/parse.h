/* The front end's internal interface: what the scanner (lexer/lexer.l),
 * the grammar (parser/parser.y) and the node builders (parser/ast.c)
 * share. The rest of the compiler only calls cs_parse_file.
 *
 * Model: one CsParser per file being parsed. It owns the scanner's state
 * (CsLexState: position, the token before the current one for semicolon
 * insertion, the bracket stack that decides whether a '{' opens a
 * statement body) and the parse result. Lists are built with CsList, a
 * head/tail pair, so appending is O(1) however long a file is; the final
 * node lists in the AST are ordinary `next` chains.
 *
 * The if/for/switch header rule (Go spec "Composite literals": a literal
 * whose type is a bare type name cannot appear in a statement header
 * unless parenthesised). The scanner keeps one flag per open bracket
 * level: `if`, `for`, `switch` and `select` set it at the current level;
 * a '{' met at a level whose flag is set is returned as CS_TK_LBODY
 * instead of '{'. The grammar lets LBODY open a statement body, a
 * literal of a literal type ([]T, [N]T, map, struct), a function literal's
 * body, or a struct/interface type; only plain '{' may follow a bare type
 * name in a composite literal. When the parser shifts the LBODY that opens
 * the statement body it calls cs_lex_body_opened, which clears the flag,
 * so literals after the statement are ordinary again. That reduction
 * happens in a consistent LALR state, before the next token is read.
 */
#ifndef CS_PARSE_H
#define CS_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ast.h"

/* Deepest bracket nesting the scanner accepts; deeper input is rejected
 * with "nested too deeply" rather than risking the C stack later on. */
#define CS_MAX_NESTING 1000

/* Semantic value of a literal or name token. */
typedef struct CsTok {
    const char *lit;    /* source text (names: the name) */
    const char *str;    /* STRING: decoded bytes, NUL-terminated copy */
    int64_t len;        /* STRING: decoded length */
    int32_t rune;       /* RUNE: decoded value */
    int op;             /* ASSIGNOP: the CsOp */
} CsTok;

typedef struct CsList { CsNode *head, *tail; } CsList;

/* Bison's location type (api.location.type): a token's first byte and
 * the position just past its last. The file is the parser's. */
typedef struct CsLoc { int first_line, first_column, last_line, last_column; } CsLoc;

typedef struct CsLexState {
    int file;
    const char *src; size_t len;
    size_t off;         /* byte offset of the next token */
    int line, col;      /* position of the next character */
    int last;           /* previous token (for semicolon insertion) */
    const char *last_text; /* text of the previous token, for messages */
    unsigned char *lv;  /* per bracket level: header keyword token or 0 */
    int nlv, caplv;
    bool fatal;         /* an error that ends the parse was reported */
} CsLexState;

typedef struct CsParser {
    int file;
    void *scanner;      /* yyscan_t */
    CsLexState lex;
    CsNode *result;     /* the CS_ND_FILE */
    int nerrors;        /* syntax errors in this file */
    int errors_before;  /* cs_diag_error_count() when the parse began */
    int ntokens;        /* tokens read so far */
    int tok, prev_tok;  /* the lookahead token and the one before it (messages) */
} CsParser;

/* Parses registered file `file` (diag.h). Returns its CS_ND_FILE, or NULL
 * after reporting errors. */
CsNode *cs_parse_file(int file);

/* ---- scanner side (lexer.l) ------------------------------------------ */
/* Called by the grammar when the LBODY opening a statement body has been
 * shifted: the header at the enclosing bracket level is over. */
void cs_lex_body_opened(CsParser *p);
/* Human-readable name of the token `tok` for "expecting X". */
const char *cs_lex_token_name(int tok);

/* Reports an unsupported construct (generics) at pos; the grammar then
 * stops the parse. */
void cs_parse_unsupported(CsParser *p, CsPos pos, const char *msg);

/* ---- builders (ast.c), called from the grammar's actions --------------- */
/* Lists: cs_list_add ignores NULL items (empty statements). */
CsList cs_list_one(CsNode *n);
CsList cs_list_add(CsList l, CsNode *n);
CsList cs_list_none(void);
char *cs_ast_strdup(const char *s, size_t n);   /* arena copy, NUL-terminated */
/* Frees every node and string built so far (the fuzzer, between inputs). */
void cs_ast_free_all(void);

/* Declarations. cs_ast_gendecl numbers a const group's specs (iota). */
CsNode *cs_ast_file(CsParser *p, CsNode *pkgname, CsList imports, CsList decls, CsPos pos);
CsNode *cs_ast_gendecl(CsParser *p, CsDeclKind kind, CsList specs, CsPos pos);
CsNode *cs_ast_import(CsParser *p, CsNode *name, const CsTok *path, CsPos pos);
CsNode *cs_ast_valuespec(CsParser *p, CsNodeKind kind, CsList names, CsNode *type, CsList values, CsPos pos);
CsNode *cs_ast_typespec(CsParser *p, CsNode *name, CsNode *type, bool alias);
CsNode *cs_ast_funcdecl(CsParser *p, CsNode *recv, CsNode *name, CsNode *type, CsNode *body, CsPos pos);
/* A method; `recv` is the parameter list in the receiver's parentheses,
 * which must hold exactly one parameter. */
CsNode *cs_ast_method(CsParser *p, CsNode *recv, CsNode *name, CsNode *type, CsNode *body);

/* Types. cs_ast_params turns "maybe name, maybe type" entries (FIELDs with
 * at most one name) into Go's parameter FIELDs, grouping `a, b int`. */
CsNode *cs_ast_functype(CsParser *p, CsNode *params, CsNode *results, CsPos pos);
CsNode *cs_ast_params(CsParser *p, CsList entries);
CsNode *cs_ast_field(CsParser *p, CsNode *names, CsNode *type, CsNode *tag);
CsNode *cs_ast_ellipsis(CsParser *p, CsNode *type, CsPos pos);
CsNode *cs_ast_arraytype(CsParser *p, CsNode *len, CsNode *elem, CsPos pos);
CsNode *cs_ast_slicetype(CsParser *p, CsNode *elem, CsPos pos);
CsNode *cs_ast_maptype(CsParser *p, CsNode *key, CsNode *value, CsPos pos);
CsNode *cs_ast_chantype(CsParser *p, CsChanDir dir, CsNode *elem, CsPos pos);
CsNode *cs_ast_structtype(CsParser *p, CsNodeKind kind, CsList fields, CsPos pos);

/* Expressions. */
CsNode *cs_ast_ident(CsParser *p, const char *name, CsPos pos);
CsNode *cs_ast_lit(CsParser *p, CsNodeKind kind, const CsTok *tok, CsPos pos);
CsNode *cs_ast_paren(CsParser *p, CsNode *x, CsPos pos);
CsNode *cs_ast_star(CsParser *p, CsNode *x, CsPos pos);
CsNode *cs_ast_unary(CsParser *p, CsOp op, CsNode *x, CsPos pos);
CsNode *cs_ast_binary(CsParser *p, CsOp op, CsNode *l, CsNode *r, CsPos pos);
CsNode *cs_ast_selector(CsParser *p, CsNode *x, const char *name, CsPos pos, CsPos dot);
CsNode *cs_ast_typeassert(CsParser *p, CsNode *x, CsNode *type, CsPos pos);
CsNode *cs_ast_index(CsParser *p, CsNode *x, CsNode *index, CsPos pos);
CsNode *cs_ast_slice(CsParser *p, CsNode *x, CsNode *lo, CsNode *hi, CsNode *max, CsPos pos);
/* x[lo:hi:max]; reports a missing hi (at colon2) or max (at rbrack). */
CsNode *cs_ast_slice3(CsParser *p, CsNode *x, CsNode *lo, CsNode *hi, CsNode *max, CsPos pos,
                      CsPos colon2, CsPos rbrack);
CsNode *cs_ast_call(CsParser *p, CsNode *fn, CsList args, bool ellipsis, CsPos pos);
CsNode *cs_ast_composite(CsParser *p, CsNode *type, CsList elems, CsPos lbrace, CsPos rbrace);
CsNode *cs_ast_keyvalue(CsParser *p, CsNode *key, CsNode *value, CsPos pos);
CsNode *cs_ast_funclit(CsParser *p, CsNode *type, CsNode *body, CsPos pos);

/* Statements. A header (cs_ast_header) is a temporary node holding
 * init/cond/post of if, for and switch until the statement's builder
 * checks it; cond is still a statement there. `semi` is the text of the
 * ';' after init ("newline", "semicolon"), NULL if there was none. */
CsNode *cs_ast_block(CsParser *p, CsList stmts, CsPos lbrace, CsPos rbrace);
CsNode *cs_ast_declstmt(CsParser *p, CsNode *decl);
CsNode *cs_ast_exprstmt(CsParser *p, CsNode *x);
CsNode *cs_ast_send(CsParser *p, CsNode *ch, CsNode *value, CsPos pos);
CsNode *cs_ast_incdec(CsParser *p, CsNode *x, CsOp op, CsPos pos);
CsNode *cs_ast_assign(CsParser *p, CsList lhs, int op, CsList rhs, bool define, CsPos pos);
CsNode *cs_ast_go_defer(CsParser *p, CsNodeKind kind, CsNode *call, CsPos pos);
CsNode *cs_ast_return(CsParser *p, CsList results, CsPos pos);
CsNode *cs_ast_branch(CsParser *p, CsBranch kind, CsNode *label, CsPos pos);
CsNode *cs_ast_labeled(CsParser *p, CsNode *label, CsNode *stmt);
CsNode *cs_ast_header(CsParser *p, CsNode *init, CsNode *cond, CsNode *post, CsLoc condloc,
                      const char *semi, CsPos semipos);
CsNode *cs_ast_if(CsParser *p, CsNode *header, CsNode *body, CsNode *els, CsPos pos);
CsNode *cs_ast_for(CsParser *p, CsNode *header, CsNode *body, CsPos pos);
CsNode *cs_ast_range(CsParser *p, CsList lhs, bool define, CsNode *x, CsPos pos);
CsNode *cs_ast_switch(CsParser *p, CsNode *header, CsList cases, CsPos pos);
CsNode *cs_ast_case(CsParser *p, CsList exprs, CsList body, CsPos pos);
CsNode *cs_ast_select(CsParser *p, CsList cases, CsPos pos);
CsNode *cs_ast_commcase(CsParser *p, CsNode *comm, CsList body, CsPos pos);

#endif
