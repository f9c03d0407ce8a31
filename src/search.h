/*
 * search.h: searching the document text with pcre2 (UTF, JIT, smart case:
 * caseless unless the pattern has a capital letter). Core: no curses. All
 * matches are found once; the view paints them and steps through them.
 */
#ifndef PARTYLINE_SEARCH_H
#define PARTYLINE_SEARCH_H

#include <stddef.h>

#include "model.h"

#define SEARCH_MAX_HITS 1000000	/* beyond this, matches are not listed */

struct search {
	char *pattern;
	int caseless;
	VEC(struct span) hits;	/* sorted, non-overlapping, non-empty; until
				   done, those from origin on only */
	int truncated;		/* stopped at SEARCH_MAX_HITS */
	/* an incremental search (search_start) until done */
	int done;
	void *re;		/* the compiled pattern, until done */
	void *md;
	const char *text;
	size_t len;
	size_t origin;		/* scanned first from here to the end, */
	size_t at;		/* ... then from 0 to origin; next offset */
	int second;		/* in the second part */
	VEC(struct span) early;	/* hits before origin, found so far */
};

/* Compile pattern and find every match in text; NULL and *cause (pcre2's
 * message) if the pattern is invalid. */
struct search *search_new(const char *pattern, const char *text, size_t len,
    char **cause);
/*
 * The same, searching nothing yet: search_more scans from byte origin (a
 * character's start) to the end, then from the start to origin, so the
 * matches near the reader's place come first on a long text. text must
 * stay until done. The lookups below answer from what is scanned.
 */
struct search *search_start(const char *pattern, const char *text, size_t len,
    size_t origin, char **cause);
/* Scan about bytes more of the text; 1 once all of it is searched. */
int search_more(struct search *, size_t bytes);
/* Thousandths of the text searched. */
int search_permille(const struct search *);
/* Matches found so far. */
size_t search_count(const struct search *);
/* Match i (0 <= i < search_count) in text order. */
struct span search_hit(const struct search *, size_t i);
void search_free(struct search *);
/* Does pattern ask for case to matter (a capital not after a backslash)? */
int search_has_capital(const char *pattern);
/* Index of the first hit starting at or after off (forward) or the last
 * starting before off (backward), wrapping around; -1 if none. *wrapped
 * tells whether it wrapped. Until done: -2 when the text between off and
 * that hit is not searched yet (the answer could change). */
long search_find(const struct search *, uint32_t off, int forward, int *wrapped);
/* Index of the hit covering byte off, or -1 (binary search). */
long search_hit_at(const struct search *, uint32_t off);

#endif
