/* util.h: allocation that never returns NULL, small string helpers. */
#ifndef PARTYLINE_UTIL_H
#define PARTYLINE_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
/* Tune malloc for big texts: freed big blocks go back to the system. */
void util_malloc_tune(void);
/* Ask for huge pages under an array of bytes bytes (8 MB or more), before
 * it is written: fewer page faults. */
void util_huge(void *, size_t bytes);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
char *xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *, va_list);

/*
 * Inputs are refused over this size: spans are 32-bit byte offsets, and
 * cleaning may make a byte three (U+FFFD for an invalid one), so 1 GiB of
 * input always fits.
 */
#define UTIL_INPUT_MAX	(1u << 30)
#define UTIL_TOO_LARGE	"too large (over 1 GiB; spans are 32-bit byte offsets)"

/* Read a whole file ("-" is stdin) of at most UTIL_INPUT_MAX bytes; NULL
 * and *cause set on failure. */
char *util_read_file(const char *path, size_t *len, char **cause);

/* The one of n names closest to a misspelt word (a few letters off:
 * "nxt-claim" -> "next-claim"), or NULL; for "did you mean" hints. */
const char *util_closest(const char *word, const char *const *names, size_t n);

/*
 * memchr for the few bytes of a word, or of the space between two words:
 * a loop in place, not a library call (a call at every token, for a
 * hyphen or a line end, was 2% of --json).
 */
static inline const char *
util_byte_in(const char *s, char c, size_t n)
{
	for (; n > 0; n--, s++)
		if (*s == c)
			return s;
	return NULL;
}

#endif
