/* Token helpers for the scanner (lexer.l): position stepping, semicolon
 * insertion, the bracket stack behind CS_TK_LBODY, and the checking and
 * decoding of literals with Go's error messages. Only lexer.l and the
 * grammar's error reporter include this. See lexer.l for the model.
 */
#ifndef CS_TOKENS_H
#define CS_TOKENS_H

#include "parse.h"
#include "parser.h"

/* Stamps *loc with the token's start and steps the position over text. */
void cs_tok_step(CsLexState *L, YYLTYPE *loc, const char *text, int len);
/* Takes back the last n bytes of the current token (no newlines in them). */
void cs_tok_unstep(CsLexState *L, YYLTYPE *loc, int n);

/* Whether a newline after token `last` ends a statement. */
bool cs_tok_needs_semi(int last);
/* Returns an inserted ';' whose text (for messages) is `why`. */
int cs_tok_semi(CsParser *p, const char *why, YYSTYPE *v);
/* Returns token `tok` (text/len its source) after the bookkeeping: the
 * previous-token record, the bracket stack and the LBODY decision. */
int cs_tok_emit(CsParser *p, int tok, const char *text, int len, YYSTYPE *v);

/* Literals: check, decode into *v, report errors; return the token. */
int cs_tok_number_len(const char *text, int len);
int cs_tok_number(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v);
int cs_tok_string(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v);
int cs_tok_raw_string(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v);
int cs_tok_rune(CsParser *p, const char *text, int len, YYLTYPE loc, YYSTYPE *v);

/* Checks names, comments and stray bytes. */
void cs_tok_check_ident(CsLexState *L, YYLTYPE loc, const char *text, int len);
void cs_tok_check_text(CsLexState *L, YYLTYPE loc, const char *text, int len);
void cs_tok_bad_char(CsLexState *L, YYLTYPE loc, const char *text, int len);
void cs_tok_error(CsLexState *L, YYLTYPE loc, const char *msg);

/* For syntax error messages: the keyword whose header is open at the
 * current bracket level ("if", "for", ...) or NULL; the bracket depth
 * (1 at top level). */
const char *cs_lex_header_keyword(CsParser *p);
int cs_lex_depth(CsParser *p);

/* Scanner lifetime (lexer.l): cs_lex_begin sets up *p to scan registered
 * file `file` (false after reporting a failure); cs_yylex returns the
 * next token; cs_lex_end frees the scanner. */
bool cs_lex_begin(CsParser *p, int file);
int cs_yylex(YYSTYPE *v, YYLTYPE *loc, void *scanner);
void cs_lex_end(CsParser *p);

#endif
