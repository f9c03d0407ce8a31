/* safe.h: the one rule for strings of outside origin (file names, lexicon
 * and theme fields, URLs, page metadata) on their way to a terminal. */
#ifndef PARTYLINE_SAFE_H
#define PARTYLINE_SAFE_H

#include <stddef.h>
#include <stdio.h>
#include <unitypes.h>

/* What the characters of a string are, for those who show them. */
enum safe_kind {
	SAFE_OK,	/* printable as it is */
	SAFE_CONTROL,	/* C0, DEL or C1: a terminal takes it as a command */
	SAFE_BIDI,	/* an embedding, override or isolate: reorders text */
	SAFE_INVALID	/* not UTF-8: one byte */
};

/* The character at s (n > 0 bytes left): its kind, code point (the byte
 * for SAFE_INVALID) and length in bytes (at least 1). */
enum safe_kind safe_next(const char *s, size_t n, ucs4_t *c, size_t *len);
/* Is c a bidi control that reorders what follows (U+202A-U+202E,
 * U+2066-U+2069)? Ingest removes them from articles. */
int safe_is_bidi(ucs4_t c);

/*
 * n bytes of s fit to print: C0 controls and DEL as ^[ ^J ^?, C1 as
 * \x9b, bidi controls as \u202e, bytes that are not UTF-8 as \xNN;
 * everything else as it is. Allocated.
 */
char *safe_text(const char *s, size_t n);
char *safe_str(const char *s);
/* The same, but TAB, LF and CR kept as they are: for a writer that deals
 * with white space itself (CSV quotes it, TSV makes it a space). */
char *safe_text_ws(const char *s, size_t n);
/* Write s to f made safe. */
void safe_fputs(const char *s, FILE *f);
/* "partyline: MESSAGE\n" on stderr, the whole message made safe. */
void safe_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
