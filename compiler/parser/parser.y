/* The grammar of CS (Go 1.19 syntax, without generics).
 *
 * LALR(1) with no conflicts (%expect 0). The places where Go's syntax is
 * not LALR(1) as written in the spec, and how this grammar copes:
 *
 *  - Composite literals in statement headers (`if x == T{} {`): the
 *    scanner returns LBODY for a '{' at the header's bracket level (see
 *    parse.h). A bare type name only takes a plain '{'; literal types
 *    ([]T, [N]T, [...]T, map, struct) take either, so `range []int{1} {`
 *    works as in Go.
 *  - Parameter lists (`func(a, b int)` vs `func(int, string)`): each
 *    entry is parsed as "maybe a name, maybe a type"; cs_ast_params sorts
 *    them out afterwards, as gc does.
 *  - Headers: if/for/switch headers are parsed as simple statements and
 *    the builders decide (a condition must be an expression; a switch
 *    whose tag is `x.(type)` or `v := x.(type)` is a type switch).
 *  - Types in expressions: a type that is not also an expression ([]T,
 *    map[K]V, chan T, func(...), struct/interface types) may appear only
 *    as a call argument (make, new), in parentheses, in a type assertion
 *    or case, or directly before '(' (conversion) or '{' (literal).
 *  - `chan<- chan int` is chan<- (chan int): `chan` takes an element type
 *    that does not begin with `<-` (spec: "the <- operator associates
 *    with the leftmost chan possible").
 *  - A result type is not parenthesised (`func() (int)` is a result list),
 *    and a '(' right after a func type's parameters starts its results
 *    (the one precedence declaration, NORESULT).
 *
 * Actions are one call to a builder (ast.c); lists are CsList (head and
 * tail) until they land in a node. Syntax errors: the first one in a file
 * is reported in gc's words by yyreport_syntax_error below, and the
 * parse stops there (no recovery, so no cascades).
 */
%code requires {
#include "parse.h"
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tokens.h"
#define P(l) ((CsPos){p->file, (l).first_line, (l).first_column})
#define YYMAXDEPTH 100000
static void yyerror(const CsLoc *loc, void *scanner, CsParser *p, const char *msg);
static int yylex(YYSTYPE *v, CsLoc *loc, void *scanner, CsParser *p);
}

%define api.pure full
%define api.token.prefix {CS_TK_}
%define parse.error custom
%define parse.lac full
%locations
%define api.location.type {CsLoc}
%param {void *scanner} {CsParser *p}
%expect 0

%union {
    CsNode *node;
    CsList list;
    CsTok tok;
}

%token EOF 0
%token <tok> NAME INT FLOAT IMAG RUNE STRING ASSIGNOP ';' 
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
%token IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR
%token ANDNOT SHL SHR LAND LOR ARROW INC DEC EQ NE LE GE DEFINE ELLIPSIS LBODY ERROR

/* Only for `func() (`: a '(' after a func type's parameters starts its
 * results, as in Go (`[]func()(x)` is not a conversion). */
%precedence NORESULT
%precedence '('
%left LOR
%left LAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' SHL SHR '&' ANDNOT

%type <node> importdecl importspec topdecl constdecl constspec vardecl varspec typedecl typespec
%type <node> funcdecl fbody signature result params param
%type <node> type nonrecv_type nonparen_type basic_type typename lit_type chantype recvchantype
%type <node> structtype interfacetype field imethod
%type <node> nonexpr_conv expr oexpr unary pexpr operand funclit complit elem keyval expr_or_type nonexpr_type
%type <node> stmt simple osimple block body_block if_stmt else_part for_stmt for_header range_clause
%type <node> switch_stmt header case_clause select_stmt comm_clause otag labeled
%type <list> imports topdecls constspecs constspecs1 varspecs varspecs1 typespecs typespecs1
%type <list> importspecs importspecs1 paramlist namelist fields fields1 imethods imethods1
%type <list> exprlist arglist keyvals kvlist stmts case_clauses comm_clauses typelist

%%

file:
    PACKAGE NAME ';' imports topdecls  { p->result = cs_ast_file(p, cs_ast_ident(p, $2.lit, P(@2)), $4, $5, P(@1)); }
    ;

imports:
    %empty                      { $$ = cs_list_none(); }
  | imports importdecl ';'      { $$ = cs_list_add($1, $2); }
    ;

importdecl:
    IMPORT importspec           { $$ = cs_ast_gendecl(p, CS_DECL_IMPORT, cs_list_one($2), P(@1)); }
  | IMPORT '(' importspecs ')'  { $$ = cs_ast_gendecl(p, CS_DECL_IMPORT, $3, P(@1)); }
    ;

importspecs:
    %empty                      { $$ = cs_list_none(); }
  | importspecs1
  | importspecs1 ';'
    ;

importspecs1:
    importspec                  { $$ = cs_list_one($1); }
  | importspecs1 ';' importspec { $$ = cs_list_add($1, $3); }
    ;

importspec:
    STRING                      { $$ = cs_ast_import(p, NULL, &$1, P(@1)); }
  | NAME STRING                 { $$ = cs_ast_import(p, cs_ast_ident(p, $1.lit, P(@1)), &$2, P(@2)); }
  | '.' STRING                  { $$ = cs_ast_import(p, cs_ast_ident(p, ".", P(@1)), &$2, P(@2)); }
    ;

topdecls:
    %empty                      { $$ = cs_list_none(); }
  | topdecls topdecl ';'        { $$ = cs_list_add($1, $2); }
    ;

topdecl:
    constdecl | vardecl | typedecl | funcdecl
    ;

/* ---- declarations ------------------------------------------------------ */

constdecl:
    CONST constspec             { $$ = cs_ast_gendecl(p, CS_DECL_CONST, cs_list_one($2), P(@1)); }
  | CONST '(' constspecs ')'    { $$ = cs_ast_gendecl(p, CS_DECL_CONST, $3, P(@1)); }
    ;

constspecs:
    %empty                      { $$ = cs_list_none(); }
  | constspecs1
  | constspecs1 ';'
    ;

constspecs1:
    constspec                   { $$ = cs_list_one($1); }
  | constspecs1 ';' constspec   { $$ = cs_list_add($1, $3); }
    ;

constspec:
    namelist                    { $$ = cs_ast_valuespec(p, CS_ND_CONSTSPEC, $1, NULL, cs_list_none(), P(@1)); }
  | namelist type               { $$ = cs_ast_valuespec(p, CS_ND_CONSTSPEC, $1, $2, cs_list_none(), P(@1)); }
  | namelist '=' exprlist       { $$ = cs_ast_valuespec(p, CS_ND_CONSTSPEC, $1, NULL, $3, P(@1)); }
  | namelist type '=' exprlist  { $$ = cs_ast_valuespec(p, CS_ND_CONSTSPEC, $1, $2, $4, P(@1)); }
    ;

vardecl:
    VAR varspec                 { $$ = cs_ast_gendecl(p, CS_DECL_VAR, cs_list_one($2), P(@1)); }
  | VAR '(' varspecs ')'        { $$ = cs_ast_gendecl(p, CS_DECL_VAR, $3, P(@1)); }
    ;

varspecs:
    %empty                      { $$ = cs_list_none(); }
  | varspecs1
  | varspecs1 ';'
    ;

varspecs1:
    varspec                     { $$ = cs_list_one($1); }
  | varspecs1 ';' varspec       { $$ = cs_list_add($1, $3); }
    ;

varspec:
    namelist type               { $$ = cs_ast_valuespec(p, CS_ND_VARSPEC, $1, $2, cs_list_none(), P(@1)); }
  | namelist type '=' exprlist  { $$ = cs_ast_valuespec(p, CS_ND_VARSPEC, $1, $2, $4, P(@1)); }
  | namelist '=' exprlist       { $$ = cs_ast_valuespec(p, CS_ND_VARSPEC, $1, NULL, $3, P(@1)); }
    ;

typedecl:
    TYPE typespec               { $$ = cs_ast_gendecl(p, CS_DECL_TYPE, cs_list_one($2), P(@1)); }
  | TYPE '(' typespecs ')'      { $$ = cs_ast_gendecl(p, CS_DECL_TYPE, $3, P(@1)); }
    ;

typespecs:
    %empty                      { $$ = cs_list_none(); }
  | typespecs1
  | typespecs1 ';'
    ;

typespecs1:
    typespec                    { $$ = cs_list_one($1); }
  | typespecs1 ';' typespec     { $$ = cs_list_add($1, $3); }
    ;

typespec:
    NAME type                   { $$ = cs_ast_typespec(p, cs_ast_ident(p, $1.lit, P(@1)), $2, false); }
  | NAME '=' type               { $$ = cs_ast_typespec(p, cs_ast_ident(p, $1.lit, P(@1)), $3, true); }
  | NAME '[' NAME generic_tail  { cs_parse_unsupported(p, P(@2), "generics are not supported"); YYABORT; }
    ;

/* What tells `type T[P any]` from `type T [N]int`. */
generic_tail:
    NAME | INTERFACE | ',' | '~' | CHAN | MAP | FUNC
    ;

namelist:
    NAME                        { $$ = cs_list_one(cs_ast_ident(p, $1.lit, P(@1))); }
  | namelist ',' NAME           { $$ = cs_list_add($1, cs_ast_ident(p, $3.lit, P(@3))); }
    ;

funcdecl:
    FUNC NAME signature fbody   { $$ = cs_ast_funcdecl(p, NULL, cs_ast_ident(p, $2.lit, P(@2)), $3, $4, P(@1)); }
  | FUNC '(' params ')' NAME signature fbody { $$ = cs_ast_method(p, $3, cs_ast_ident(p, $5.lit, P(@5)), $6, $7); }
  | FUNC NAME '['               { cs_parse_unsupported(p, P(@3), "generics are not supported"); YYABORT; }
    ;

fbody:
    %empty                      { $$ = NULL; }
  | block
    ;

signature:
    '(' params ')' result       { $$ = cs_ast_functype(p, $2, $4, P(@1)); }
    ;

result:
    %empty %prec NORESULT       { $$ = NULL; }
  | '(' params ')'              { $$ = $2; }
  | nonparen_type               { $$ = cs_ast_field(p, NULL, $1, NULL); }
    ;

params:
    %empty                      { $$ = NULL; }
  | paramlist                   { $$ = cs_ast_params(p, $1); }
  | paramlist ','               { $$ = cs_ast_params(p, $1); }
    ;

paramlist:
    param                       { $$ = cs_list_one($1); }
  | paramlist ',' param         { $$ = cs_list_add($1, $3); }
    ;

param:
    type                        { $$ = cs_ast_field(p, NULL, $1, NULL); }
  | NAME type                   { $$ = cs_ast_field(p, cs_ast_ident(p, $1.lit, P(@1)), $2, NULL); }
  | NAME ELLIPSIS type          { $$ = cs_ast_field(p, cs_ast_ident(p, $1.lit, P(@1)), cs_ast_ellipsis(p, $3, P(@2)), NULL); }
  | ELLIPSIS type               { $$ = cs_ast_field(p, NULL, cs_ast_ellipsis(p, $2, P(@1)), NULL); }
    ;

/* ---- types ------------------------------------------------------------- */

type:
    nonrecv_type
  | recvchantype
    ;

nonrecv_type:
    basic_type
  | '(' type ')'                { $$ = cs_ast_paren(p, $2, P(@1)); }
    ;

nonparen_type:
    basic_type
  | recvchantype
    ;

basic_type:
    typename
  | NAME '.' NAME '['            { cs_parse_unsupported(p, P(@4), "generics are not supported"); YYABORT; }
  | '*' type                    { $$ = cs_ast_star(p, $2, P(@1)); }
  | lit_type
  | FUNC signature              { $$ = $2; }
  | chantype
  | interfacetype
    ;

typename:
    NAME                        { $$ = cs_ast_ident(p, $1.lit, P(@1)); }
  | NAME '.' NAME               { $$ = cs_ast_selector(p, cs_ast_ident(p, $1.lit, P(@1)), $3.lit, P(@3), P(@2)); }
    ;

/* Types that can stand before '{' in a composite literal. */
lit_type:
    '[' expr ']' type           { $$ = cs_ast_arraytype(p, $2, $4, P(@1)); }
  | '[' ELLIPSIS ']' type       { $$ = cs_ast_arraytype(p, NULL, $4, P(@1)); }
  | '[' ']' type                { $$ = cs_ast_slicetype(p, $3, P(@1)); }
  | MAP '[' type ']' type       { $$ = cs_ast_maptype(p, $3, $5, P(@1)); }
  | structtype
    ;

chantype:
    CHAN nonrecv_type           { $$ = cs_ast_chantype(p, CS_CHAN_BOTH, $2, P(@1)); }
  | CHAN ARROW type             { $$ = cs_ast_chantype(p, CS_CHAN_SEND, $3, P(@1)); }
    ;

recvchantype:
    ARROW CHAN type             { $$ = cs_ast_chantype(p, CS_CHAN_RECV, $3, P(@1)); }
    ;

lbrace: '{' | LBODY ;

structtype:
    STRUCT lbrace fields '}'    { $$ = cs_ast_structtype(p, CS_ND_STRUCTTYPE, $3, P(@1)); }
    ;

fields:
    %empty                      { $$ = cs_list_none(); }
  | fields1
  | fields1 ';'
    ;

fields1:
    field                       { $$ = cs_list_one($1); }
  | fields1 ';' field           { $$ = cs_list_add($1, $3); }
    ;

field:
    namelist type otag          { $$ = cs_ast_field(p, $1.head, $2, $3); }
  | typename otag               { $$ = cs_ast_field(p, NULL, $1, $2); }
  | '*' typename otag           { $$ = cs_ast_field(p, NULL, cs_ast_star(p, $2, P(@1)), $3); }
    ;

otag:
    %empty                      { $$ = NULL; }
  | STRING                      { $$ = cs_ast_lit(p, CS_ND_STRLIT, &$1, P(@1)); }
    ;

interfacetype:
    INTERFACE lbrace imethods '}' { $$ = cs_ast_structtype(p, CS_ND_INTERFACETYPE, $3, P(@1)); }
    ;

imethods:
    %empty                      { $$ = cs_list_none(); }
  | imethods1
  | imethods1 ';'
    ;

imethods1:
    imethod                     { $$ = cs_list_one($1); }
  | imethods1 ';' imethod       { $$ = cs_list_add($1, $3); }
    ;

imethod:
    NAME signature              { $$ = cs_ast_field(p, cs_ast_ident(p, $1.lit, P(@1)), $2, NULL); }
  | typename                    { $$ = cs_ast_field(p, NULL, $1, NULL); }
    ;

/* ---- expressions ------------------------------------------------------- */

expr:
    unary
  | expr LOR expr               { $$ = cs_ast_binary(p, CS_OP_LOR, $1, $3, P(@2)); }
  | expr LAND expr              { $$ = cs_ast_binary(p, CS_OP_LAND, $1, $3, P(@2)); }
  | expr EQ expr                { $$ = cs_ast_binary(p, CS_OP_EQ, $1, $3, P(@2)); }
  | expr NE expr                { $$ = cs_ast_binary(p, CS_OP_NE, $1, $3, P(@2)); }
  | expr '<' expr               { $$ = cs_ast_binary(p, CS_OP_LT, $1, $3, P(@2)); }
  | expr LE expr                { $$ = cs_ast_binary(p, CS_OP_LE, $1, $3, P(@2)); }
  | expr '>' expr               { $$ = cs_ast_binary(p, CS_OP_GT, $1, $3, P(@2)); }
  | expr GE expr                { $$ = cs_ast_binary(p, CS_OP_GE, $1, $3, P(@2)); }
  | expr '+' expr               { $$ = cs_ast_binary(p, CS_OP_ADD, $1, $3, P(@2)); }
  | expr '-' expr               { $$ = cs_ast_binary(p, CS_OP_SUB, $1, $3, P(@2)); }
  | expr '|' expr               { $$ = cs_ast_binary(p, CS_OP_OR, $1, $3, P(@2)); }
  | expr '^' expr               { $$ = cs_ast_binary(p, CS_OP_XOR, $1, $3, P(@2)); }
  | expr '*' expr               { $$ = cs_ast_binary(p, CS_OP_MUL, $1, $3, P(@2)); }
  | expr '/' expr               { $$ = cs_ast_binary(p, CS_OP_DIV, $1, $3, P(@2)); }
  | expr '%' expr               { $$ = cs_ast_binary(p, CS_OP_REM, $1, $3, P(@2)); }
  | expr SHL expr               { $$ = cs_ast_binary(p, CS_OP_SHL, $1, $3, P(@2)); }
  | expr SHR expr               { $$ = cs_ast_binary(p, CS_OP_SHR, $1, $3, P(@2)); }
  | expr '&' expr               { $$ = cs_ast_binary(p, CS_OP_AND, $1, $3, P(@2)); }
  | expr ANDNOT expr            { $$ = cs_ast_binary(p, CS_OP_ANDNOT, $1, $3, P(@2)); }
    ;

unary:
    pexpr
  | '+' unary                   { $$ = cs_ast_unary(p, CS_OP_POS, $2, P(@1)); }
  | '-' unary                   { $$ = cs_ast_unary(p, CS_OP_NEG, $2, P(@1)); }
  | '!' unary                   { $$ = cs_ast_unary(p, CS_OP_NOT, $2, P(@1)); }
  | '^' unary                   { $$ = cs_ast_unary(p, CS_OP_BITNOT, $2, P(@1)); }
  | '&' unary                   { $$ = cs_ast_unary(p, CS_OP_ADDR, $2, P(@1)); }
  | ARROW unary                 { $$ = cs_ast_unary(p, CS_OP_RECV, $2, P(@1)); }
  | '*' unary                   { $$ = cs_ast_star(p, $2, P(@1)); }
    ;

pexpr:
    operand
  | pexpr '.' NAME              { $$ = cs_ast_selector(p, $1, $3.lit, P(@3), P(@2)); }
  | pexpr '.' '(' type ')'      { $$ = cs_ast_typeassert(p, $1, $4, P(@2)); }
  | pexpr '.' '(' TYPE ')'      { $$ = cs_ast_typeassert(p, $1, NULL, P(@2)); }
  | pexpr '[' expr ']'          { $$ = cs_ast_index(p, $1, $3, P(@2)); }
  | pexpr '[' oexpr ':' oexpr ']' { $$ = cs_ast_slice(p, $1, $3, $5, NULL, P(@2)); }
  | pexpr '[' oexpr ':' oexpr ':' oexpr ']' { $$ = cs_ast_slice3(p, $1, $3, $5, $7, P(@2), P(@6), P(@8)); }
  | pexpr '(' ')'               { $$ = cs_ast_call(p, $1, cs_list_none(), false, P(@2)); }
  | pexpr '(' arglist ocomma ')' { $$ = cs_ast_call(p, $1, $3, false, P(@2)); }
  | pexpr '(' arglist ELLIPSIS ocomma ')' { $$ = cs_ast_call(p, $1, $3, true, P(@2)); }
  | nonexpr_conv '(' expr_or_type ocomma ')' { $$ = cs_ast_call(p, $1, cs_list_one($3), false, P(@2)); }
  | interfacetype '.' NAME      { $$ = cs_ast_selector(p, $1, $3.lit, P(@3), P(@2)); }  /* method expression */
  | structtype '.' NAME         { $$ = cs_ast_selector(p, $1, $3.lit, P(@3), P(@2)); }  /* struct{ T }.M */
  | pexpr '{' keyvals '}'       { $$ = cs_ast_composite(p, $1, $3, P(@2), P(@4)); }
  | lit_type lbrace keyvals '}' { $$ = cs_ast_composite(p, $1, $3, P(@2), P(@4)); }
    ;

/* Types that are not expressions but convert: []byte(s), interface{}(x),
 * chan int(nil). */
nonexpr_conv:
    lit_type
  | interfacetype
  | chantype
    ;

operand:
    INT                         { $$ = cs_ast_lit(p, CS_ND_INTLIT, &$1, P(@1)); }
  | FLOAT                       { $$ = cs_ast_lit(p, CS_ND_FLOATLIT, &$1, P(@1)); }
  | IMAG                        { $$ = cs_ast_lit(p, CS_ND_IMAGLIT, &$1, P(@1)); }
  | RUNE                        { $$ = cs_ast_lit(p, CS_ND_RUNELIT, &$1, P(@1)); }
  | STRING                      { $$ = cs_ast_lit(p, CS_ND_STRLIT, &$1, P(@1)); }
  | NAME                        { $$ = cs_ast_ident(p, $1.lit, P(@1)); }
  | '(' expr_or_type ')'        { $$ = cs_ast_paren(p, $2, P(@1)); }
  | funclit
    ;

funclit:
    FUNC signature lbrace stmts '}' { $$ = cs_ast_funclit(p, $2, cs_ast_block(p, $4, P(@3), P(@5)), P(@1)); }
    ;

keyvals:
    %empty                      { $$ = cs_list_none(); }
  | kvlist ocomma
    ;

kvlist:
    keyval                      { $$ = cs_list_one($1); }
  | kvlist ',' keyval           { $$ = cs_list_add($1, $3); }
    ;

keyval:
    elem
  | elem ':' elem               { $$ = cs_ast_keyvalue(p, $1, $3, P(@2)); }
    ;

elem:
    expr
  | complit
    ;

/* A literal whose type is elided inside another literal. */
complit:
    '{' keyvals '}'             { $$ = cs_ast_composite(p, NULL, $2, P(@1), P(@3)); }
    ;

ocomma: %empty | ',' ;

oexpr:
    %empty                      { $$ = NULL; }
  | expr
    ;

exprlist:
    expr                        { $$ = cs_list_one($1); }
  | exprlist ',' expr           { $$ = cs_list_add($1, $3); }
    ;

arglist:
    expr_or_type                { $$ = cs_list_one($1); }
  | arglist ',' expr_or_type    { $$ = cs_list_add($1, $3); }
    ;

expr_or_type:
    expr
  | nonexpr_type
    ;

nonexpr_type:
    lit_type
  | FUNC signature              { $$ = $2; }
  | chantype
  | recvchantype
  | interfacetype
  | '*' nonexpr_type            { $$ = cs_ast_star(p, $2, P(@1)); }
    ;

/* ---- statements -------------------------------------------------------- */

stmts:
    stmt                        { $$ = cs_list_one($1); }
  | stmts ';' stmt              { $$ = cs_list_add($1, $3); }
    ;

stmt:
    %empty                      { $$ = NULL; }
  | simple
  | constdecl                   { $$ = cs_ast_declstmt(p, $1); }
  | vardecl                     { $$ = cs_ast_declstmt(p, $1); }
  | typedecl                    { $$ = cs_ast_declstmt(p, $1); }
  | labeled
  | GO expr                     { $$ = cs_ast_go_defer(p, CS_ND_GO, $2, P(@1)); }
  | DEFER expr                  { $$ = cs_ast_go_defer(p, CS_ND_DEFER, $2, P(@1)); }
  | RETURN                      { $$ = cs_ast_return(p, cs_list_none(), P(@1)); }
  | RETURN exprlist             { $$ = cs_ast_return(p, $2, P(@1)); }
  | BREAK                       { $$ = cs_ast_branch(p, CS_BR_BREAK, NULL, P(@1)); }
  | BREAK NAME                  { $$ = cs_ast_branch(p, CS_BR_BREAK, cs_ast_ident(p, $2.lit, P(@2)), P(@1)); }
  | CONTINUE                    { $$ = cs_ast_branch(p, CS_BR_CONTINUE, NULL, P(@1)); }
  | CONTINUE NAME               { $$ = cs_ast_branch(p, CS_BR_CONTINUE, cs_ast_ident(p, $2.lit, P(@2)), P(@1)); }
  | GOTO NAME                   { $$ = cs_ast_branch(p, CS_BR_GOTO, cs_ast_ident(p, $2.lit, P(@2)), P(@1)); }
  | FALLTHROUGH                 { $$ = cs_ast_branch(p, CS_BR_FALLTHROUGH, NULL, P(@1)); }
  | block
  | if_stmt
  | for_stmt
  | switch_stmt
  | select_stmt
    ;

labeled:
    NAME ':' stmt               { $$ = cs_ast_labeled(p, cs_ast_ident(p, $1.lit, P(@1)), $3); }
    ;

simple:
    expr                        { $$ = cs_ast_exprstmt(p, $1); }
  | expr ARROW expr             { $$ = cs_ast_send(p, $1, $3, P(@2)); }
  | expr INC                    { $$ = cs_ast_incdec(p, $1, CS_OP_INC, P(@2)); }
  | expr DEC                    { $$ = cs_ast_incdec(p, $1, CS_OP_DEC, P(@2)); }
  | expr ASSIGNOP expr          { $$ = cs_ast_assign(p, cs_list_one($1), $2.op, cs_list_one($3), false, P(@2)); }
  | exprlist '=' exprlist       { $$ = cs_ast_assign(p, $1, CS_OP_NONE, $3, false, P(@2)); }
  | exprlist DEFINE exprlist    { $$ = cs_ast_assign(p, $1, CS_OP_NONE, $3, true, P(@2)); }
    ;

osimple:
    %empty                      { $$ = NULL; }
  | simple
    ;

block:
    '{' stmts '}'               { $$ = cs_ast_block(p, $2, P(@1), P(@3)); }
    ;

/* The body of if/for/switch/select: the header is over once LBODY is in. */
body_open:
    LBODY                       { cs_lex_body_opened(p); }
    ;

body_block:
    body_open stmts '}'         { $$ = cs_ast_block(p, $2, P(@1), P(@3)); }
    ;

/* `init; cond` of if and switch: a temporary node read by the builders. */
header:
    osimple                     { $$ = cs_ast_header(p, NULL, $1, NULL, @1, NULL, P(@1)); }
  | osimple ';' osimple         { $$ = cs_ast_header(p, $1, $3, NULL, @3, $2.lit, P(@2)); }
    ;

if_stmt:
    IF header body_block else_part { $$ = cs_ast_if(p, $2, $3, $4, P(@1)); }
    ;

else_part:
    %empty                      { $$ = NULL; }
  | ELSE if_stmt                { $$ = $2; }
  | ELSE block                  { $$ = $2; }
    ;

for_stmt:
    FOR for_header body_block   { $$ = cs_ast_for(p, $2, $3, P(@1)); }
    ;

for_header:
    osimple                     { $$ = cs_ast_header(p, NULL, $1, NULL, @1, NULL, P(@1)); }
  | osimple ';' osimple ';' osimple { $$ = cs_ast_header(p, $1, $3, $5, @3, $2.lit, P(@2)); }
  | range_clause
    ;

range_clause:
    RANGE expr                  { $$ = cs_ast_range(p, cs_list_none(), false, $2, P(@1)); }
  | exprlist '=' RANGE expr     { $$ = cs_ast_range(p, $1, false, $4, P(@3)); }
  | exprlist DEFINE RANGE expr  { $$ = cs_ast_range(p, $1, true, $4, P(@3)); }
    ;

switch_stmt:
    SWITCH header body_open case_clauses '}' { $$ = cs_ast_switch(p, $2, $4, P(@1)); }
    ;

case_clauses:
    %empty                      { $$ = cs_list_none(); }
  | case_clauses case_clause    { $$ = cs_list_add($1, $2); }
    ;

case_clause:
    CASE typelist ':' stmts     { $$ = cs_ast_case(p, $2, $4, P(@1)); }
  | DEFAULT ':' stmts           { $$ = cs_ast_case(p, cs_list_none(), $3, P(@1)); }
    ;

typelist:
    expr_or_type                { $$ = cs_list_one($1); }
  | typelist ',' expr_or_type   { $$ = cs_list_add($1, $3); }
    ;

select_stmt:
    SELECT body_open comm_clauses '}' { $$ = cs_ast_select(p, $3, P(@1)); }
    ;

comm_clauses:
    %empty                      { $$ = cs_list_none(); }
  | comm_clauses comm_clause    { $$ = cs_list_add($1, $2); }
    ;

comm_clause:
    CASE simple ':' stmts       { $$ = cs_ast_commcase(p, $2, $4, P(@1)); }
  | DEFAULT ':' stmts           { $$ = cs_ast_commcase(p, NULL, $3, P(@1)); }
    ;

%%

/* ==== driver and error reporting ========================================= */

static bool has(const yysymbol_kind_t *exp, int n, yysymbol_kind_t k)
{
    for (int i = 0; i < n; i++)
        if (exp[i] == k)
            return true;
    return false;
}

/* Whether symbol k is the character token c (e.g. ','). */
static bool is_char(yysymbol_kind_t k, char c)
{
    const char *name = yysymbol_name(k);
    return name[0] == '\'' && name[1] == c && name[2] == '\'';
}

static bool has_char(const yysymbol_kind_t *exp, int n, char c)
{
    for (int i = 0; i < n; i++)
        if (is_char(exp[i], c))
            return true;
    return false;
}

/* Tokens that continue an expression or statement; never worth naming in
 * "expecting ..." (gc names what would close the construct). */
static bool is_continuation(yysymbol_kind_t k)
{
    switch (k) {
    case YYSYMBOL_LOR: case YYSYMBOL_LAND: case YYSYMBOL_EQ: case YYSYMBOL_NE:
    case YYSYMBOL_LE: case YYSYMBOL_GE: case YYSYMBOL_SHL: case YYSYMBOL_SHR:
    case YYSYMBOL_ANDNOT: case YYSYMBOL_INC: case YYSYMBOL_DEC: case YYSYMBOL_ASSIGNOP:
    case YYSYMBOL_DEFINE: case YYSYMBOL_ARROW: case YYSYMBOL_ELLIPSIS:
    case YYSYMBOL_STRING: case YYSYMBOL_NAME: case YYSYMBOL_INT: case YYSYMBOL_FLOAT:
    case YYSYMBOL_IMAG: case YYSYMBOL_RUNE:
    case YYSYMBOL_FUNC: case YYSYMBOL_MAP: case YYSYMBOL_CHAN: case YYSYMBOL_STRUCT:
    case YYSYMBOL_INTERFACE:
        return true;
    default:
        break;
    }
    const char *name = yysymbol_name(k);
    if (name[0] == '\'' && strchr("<>+-|^*/%&.([{=:,!", name[1]))
        return true;
    /* statement keywords */
    return k >= YYSYMBOL_BREAK && k <= YYSYMBOL_VAR;
}

static const char *token_display(yysymbol_kind_t k)
{
    static char buf[32];
    switch (k) {
    case YYSYMBOL_YYEOF: return "EOF";
    case YYSYMBOL_NAME: return "name";
    case YYSYMBOL_LBODY: return "{";
    default: break;
    }
    const char *name = yysymbol_name(k);
    if (name[0] == '\'') {
        if (name[1] == ',')
            return "comma";
        if (name[1] == ';')
            return "semicolon or newline";
        snprintf(buf, sizeof buf, "%c", name[1]);
        return buf;
    }
    for (int i = 0; name[i] && i < 31; i++)
        buf[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]), buf[i + 1] = 0;
    return buf;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, CsParser *p)
{
    (void)scanner;
    CsLexState *L = &p->lex;
    yysymbol_kind_t tok = yypcontext_token(ctx);
    /* like gc: nothing after a fatal scanner error, and no "unexpected
     * EOF" once this file has had any error */
    if (L->fatal || tok == YYSYMBOL_ERROR ||
        (tok == YYSYMBOL_YYEOF && cs_diag_error_count() > p->errors_before))
        return 0;
    const YYLTYPE *loc = yypcontext_location(ctx);
    CsPos pos = P(*loc);
    yysymbol_kind_t exp[64];
    int n = yypcontext_expected_tokens(ctx, exp, 64);
    if (n < 0)
        n = 0;
    const char *what = tok == YYSYMBOL_YYEOF ? "EOF" : L->last_text ? L->last_text : "token";
    if (tok == YYSYMBOL_YYEOF && pos.line == 0) {
        pos.line = L->line;
        pos.col = L->col;
    }
    p->nerrors++;

    if (has(exp, n, YYSYMBOL_PACKAGE) && n == 1) {
        cs_error_at(pos, "syntax error: package statement must be first");
        return 0;
    }
    /* a name must follow: after `x.` and `func` gc also allows (, after
     * `type`, `var` and `const` only the name */
    if (has(exp, n, YYSYMBOL_NAME) && tok != YYSYMBOL_NAME) {
        if ((p->prev_tok == '.' || p->prev_tok == CS_TK_FUNC) && has_char(exp, n, '(')) {
            cs_error_at(pos, "syntax error: unexpected %s, expecting name or (", what);
            return 0;
        }
        if (p->prev_tok == CS_TK_TYPE || p->prev_tok == CS_TK_VAR || p->prev_tok == CS_TK_CONST) {
            cs_error_at(pos, "syntax error: unexpected %s, expecting name", what);
            return 0;
        }
    }
    /* `var x := 1`, `const c := 1`, `type T := int`: gc names the = it wanted */
    if (tok == YYSYMBOL_DEFINE && has_char(exp, n, '=')) {
        cs_error_at(pos, "syntax error: unexpected :=, expecting =");
        return 0;
    }
    if (has(exp, n, YYSYMBOL_FUNC) && has(exp, n, YYSYMBOL_TYPE) && !has(exp, n, YYSYMBOL_NAME)) {
        if (tok == YYSYMBOL_LBODY || is_char(tok, '{'))
            cs_error_at(pos, "syntax error: unexpected semicolon or newline before {");
        else
            cs_error_at(pos, "syntax error: non-declaration statement outside function body");
        return 0;
    }
    if (n == 2 && has(exp, n, YYSYMBOL_IF) && has_char(exp, n, '{')) {
        cs_error_at(pos, "syntax error: else must be followed by if or statement block");
        return 0;
    }
    if (has(exp, n, YYSYMBOL_YYEOF) && tok != YYSYMBOL_YYEOF) {
        cs_error_at(pos, "syntax error: non-declaration statement outside function body");
        return 0;
    }
    if (has_char(exp, n, ',') && has_char(exp, n, '}') && !has_char(exp, n, ';')) {
        cs_error_at(pos, "syntax error: unexpected %s in composite literal; possibly missing comma or }", what);
        return 0;
    }
    if (has_char(exp, n, ',') && has_char(exp, n, ')') && !has_char(exp, n, ';')) {
        /* after an argument, an operator or ... could follow; not after a parameter */
        bool args = has(exp, n, YYSYMBOL_ELLIPSIS) || has_char(exp, n, '+');
        cs_error_at(pos, "syntax error: unexpected %s in %s list; possibly missing comma or )", what,
                    args ? "argument" : "parameter");
        return 0;
    }
    if (has_char(exp, n, ';') && has_char(exp, n, '}') && has(exp, n, YYSYMBOL_STRING) &&
        !has(exp, n, YYSYMBOL_NAME)) {
        cs_error_at(pos, "syntax error: unexpected %s in struct type; possibly missing semicolon or newline or }", what);
        return 0;
    }
    if (has_char(exp, n, ';') && !has(exp, n, YYSYMBOL_NAME)) {
        cs_error_at(pos, "syntax error: unexpected %s %s", what,
                    cs_lex_depth(p) <= 1 ? "after top level declaration" : "at end of statement");
        return 0;
    }
    /* where an expression must come (not at a statement's start, where gc
     * wants the closing brace) */
    if (has(exp, n, YYSYMBOL_INT) && !has(exp, n, YYSYMBOL_IF)) {
        cs_error_at(pos, "syntax error: unexpected %s, expecting expression", what);
        return 0;
    }
    /* name what would close the construct */
    char list[160] = "";
    int nclose = 0;
    for (int i = 0; i < n; i++) {
        if ((is_continuation(exp[i]) || is_char(exp[i], ';')) && n > 1)
            continue;
        if (++nclose > 3)
            break;
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s%s", len ? " or " : "", token_display(exp[i]));
        if (exp[i] == YYSYMBOL_LBODY && cs_lex_header_keyword(p)) {
            len = strlen(list);
            snprintf(list + len, sizeof list - len, " after %s clause", cs_lex_header_keyword(p));
        }
    }
    if (nclose >= 1 && nclose <= 3)
        cs_error_at(pos, "syntax error: unexpected %s, expecting %s", what, list);
    else if (has_char(exp, n, ':'))
        cs_error_at(pos, "syntax error: unexpected %s, expecting :", what);
    else if (has(exp, n, YYSYMBOL_INT))
        cs_error_at(pos, "syntax error: unexpected %s, expecting expression", what);
    else if (has(exp, n, YYSYMBOL_NAME) && has(exp, n, YYSYMBOL_MAP))
        cs_error_at(pos, "syntax error: unexpected %s, expecting type", what);
    else
        cs_error_at(pos, "syntax error: unexpected %s", what);
    return 0;
}

/* The scanner, plus gc's rule that a file whose package clause (up to
 * the token after it) had any error is not parsed further. */
static int yylex(YYSTYPE *v, CsLoc *loc, void *scanner, CsParser *p)
{
    int tok = cs_yylex(v, loc, scanner);
    p->prev_tok = p->tok;
    p->tok = tok;
    if (++p->ntokens == 4 && cs_diag_error_count() > p->errors_before) {
        p->lex.fatal = true;
        return CS_TK_ERROR;
    }
    return tok;
}

/* Only bison's own failures come here ("memory exhausted": the parser
 * stack outgrew YYMAXDEPTH); syntax errors go to yyreport_syntax_error. */
static void yyerror(const CsLoc *loc, void *scanner, CsParser *p, const char *msg)
{
    (void)scanner;
    cs_error_at(P(*loc), "program too deeply nested (%s)", msg);
    p->nerrors++;
}

void cs_parse_unsupported(CsParser *p, CsPos pos, const char *msg)
{
    cs_error_at(pos, "%s", msg);
    p->nerrors++;
}

CsNode *cs_parse_file(int file)
{
    CsParser p;
    if (!cs_lex_begin(&p, file))
        return NULL;
    int rc = yyparse(p.scanner, &p);
    cs_lex_end(&p);
    if (rc != 0 || p.nerrors || p.lex.fatal)
        return NULL;
    return p.result;
}
