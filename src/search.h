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
	VEC(struct span) hits;	/* sorted, non-overlapping, non-empty */
	int truncated;		/* stopped at SEARCH_MAX_HITS */
};

/* Compile pattern and find every match in text; NULL and *cause (pcre2's
 * message) if the pattern is invalid. */
struct search *search_new(const char *pattern, const char *text, size_t len,
    char **cause);
void search_free(struct search *);
/* Does pattern ask for case to matter (a capital not after a backslash)? */
int search_has_capital(const char *pattern);
/* Index of the first hit starting at or after off (forward) or the last
 * starting before off (backward), wrapping around; -1 if none. *wrapped
 * tells whether it wrapped. */
long search_find(const struct search *, uint32_t off, int forward, int *wrapped);
/* Index of the hit covering byte off, or -1 (binary search). */
long search_hit_at(const struct search *, uint32_t off);

#endif
