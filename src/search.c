/*
 * search.c: pcre2 search over the whole text. The pattern is compiled once
 * with JIT and run over the text; empty matches advance by one character so
 * a pattern like `x*` cannot loop. On a long text the reader searches a
 * window at a time (search_start, search_more), from its place on first,
 * so a key never waits for 30 MB of matching; partial matching at each
 * window's end keeps the hits those of one pass.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>
#include <unictype.h>
#include <unistr.h>

#include "search.h"
#include "util.h"

int
search_has_capital(const char *pattern)
{
	const uint8_t *p = (const uint8_t *)pattern;
	size_t n = strlen(pattern);
	ucs4_t c;
	int len;

	while (n > 0) {
		if (*p == '\\') {	/* \S, \W, \P{..}: an escape, not a capital */
			len = n > 1 ? u8_mblen(p + 1, n - 1) : 0;
			len = 1 + (len > 0 ? len : 0);
		} else {
			len = u8_mbtouc(&c, p, n);
			if (uc_is_upper(c))
				return 1;
		}
		p += len;
		n -= (size_t)len;
	}
	return 0;
}

/* Compile pattern; NULL and *cause on error. */
static pcre2_code *
search_compile(const char *pattern, int caseless, char **cause)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	/* \C matches one byte even in UTF mode: a hit inside a character
	 * (found by tests/fuzz/fuzz_search) */
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE |
	    PCRE2_NEVER_BACKSLASH_C;
	pcre2_code *re;
	int err;

	if (caseless)
		opts |= PCRE2_CASELESS;
	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts,
	    &err, &erroff, NULL);
	if (re == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		*cause = xasprintf("%s (at %zu)", (char *)msg, (size_t)erroff);
		return NULL;
	}
	/* partial: search_more matches a window at a time */
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD);
	return re;
}

/*
 * The end of the window of about bytes from off (a character's start):
 * the whole text once that is near, else the next character's start.
 */
static size_t
search_window(const struct search *s, size_t off, size_t bytes)
{
	size_t w;

	if (bytes >= s->len - off)
		return s->len;
	w = off + bytes;
	while (w < s->len && ((unsigned char)s->text[w] & 0xc0) == 0x80)
		w++;
	return w;
}

/*
 * Match from *off within the window of bytes, appending to v the hits that
 * start before limit. A match that could run past the window's end is left
 * for the next call (PCRE2_PARTIAL_HARD: the same hits as one pass over
 * the whole text). Returns 1 when the part is done (no match left before
 * limit), else 0 with *off where to go on.
 */
static int
search_part(struct search *s, void *vv, size_t *off, size_t limit, size_t bytes)
{
	VEC(struct span) *v = vv;
	pcre2_code *re = s->re;
	pcre2_match_data *md = s->md;
	PCRE2_SIZE *ov;
	size_t w, from = *off;
	struct span *h;
	int n;

	/* the text is valid UTF-8 (ingest's promise): not checked again
	 * at every match (that made a search of 30 MB take minutes) */
	for (w = search_window(s, from, bytes); *off <= s->len && *off < limit;) {
		n = pcre2_match(re, (PCRE2_SPTR)s->text, w, *off,
		    PCRE2_NO_UTF_CHECK | (w < s->len ? PCRE2_PARTIAL_HARD : 0),
		    md, NULL);
		ov = pcre2_get_ovector_pointer(md);
		if (n == PCRE2_ERROR_PARTIAL || (n == PCRE2_ERROR_NOMATCH && w < s->len)) {
			if (n == PCRE2_ERROR_PARTIAL && ov[0] > *off)
				*off = ov[0];
			else if (n == PCRE2_ERROR_NOMATCH)
				*off = w;	/* nothing starts before the end */
			if (*off > from)
				return 0;
			w = search_window(s, *off, 2 * (w - *off) + 1);	/* grow */
			continue;
		}
		if (n < 0 || ov[0] >= limit)
			return 1;
		if (ov[1] > ov[0]) {
			if (s->hits.n + s->early.n >= SEARCH_MAX_HITS) {
				s->truncated = 1;
				return 1;
			}
			h = VEC_PUSH(*v);
			h->start = (uint32_t)ov[0];
			h->end = (uint32_t)ov[1];
			*off = ov[1];
		} else {	/* empty: step over one character */
			*off = ov[1] + 1;
			while (*off < s->len && ((unsigned char)s->text[*off] & 0xc0) == 0x80)
				(*off)++;
		}
		if (*off < s->len && *off >= from + bytes)
			return 0;
	}
	return 1;
}

/* Both parts searched: the hits in text order, the pattern freed. */
static void
search_finish(struct search *s)
{
	size_t k = 0, n;

	/* a hit of the first part overlapping the second's last one */
	if (s->early.n > 0)
		while (k < s->hits.n && s->hits.v[k].start < s->early.v[s->early.n - 1].end)
			k++;
	n = s->early.n + s->hits.n - k;
	if (s->early.n > 0) {
		s->early.v = xrealloc(s->early.v, (n + 1) * sizeof *s->early.v);
		memcpy(s->early.v + s->early.n, s->hits.v + k,
		    (s->hits.n - k) * sizeof *s->hits.v);
		VEC_FREE(s->hits);
		s->hits.v = s->early.v;
		s->hits.n = s->hits.cap = n;
		s->early.v = NULL;
		s->early.n = s->early.cap = 0;
	}
	pcre2_match_data_free(s->md);
	pcre2_code_free(s->re);
	s->md = s->re = NULL;
	s->done = 1;
}

int
search_more(struct search *s, size_t bytes)
{
	if (s->done)
		return 1;
	if (!s->second) {
		if (!search_part(s, &s->hits, &s->at, s->len + 1, bytes))
			return 0;
		s->second = 1;
		s->at = 0;
	}
	if (!s->truncated && s->origin > 0 &&
	    !search_part(s, &s->early, &s->at, s->origin, bytes))
		return 0;
	search_finish(s);
	return 1;
}

struct search *
search_start(const char *pattern, const char *text, size_t len, size_t origin,
    char **cause)
{
	struct search *s;
	pcre2_code *re;
	int caseless = !search_has_capital(pattern);

	if ((re = search_compile(pattern, caseless, cause)) == NULL)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->pattern = xstrdup(pattern);
	s->caseless = caseless;
	s->re = re;
	s->md = pcre2_match_data_create_from_pattern(re, NULL);
	s->text = text;
	s->len = len;
	while (origin > 0 && origin < len && ((unsigned char)text[origin] & 0xc0) == 0x80)
		origin--;
	s->origin = s->at = origin > len ? len : origin;
	return s;
}

struct search *
search_new(const char *pattern, const char *text, size_t len, char **cause)
{
	struct search *s = search_start(pattern, text, len, 0, cause);

	if (s != NULL)
		search_more(s, len + 1);
	return s;
}

void
search_free(struct search *s)
{
	if (s == NULL)
		return;
	if (!s->done) {
		pcre2_match_data_free(s->md);
		pcre2_code_free(s->re);
	}
	VEC_FREE(s->hits);
	VEC_FREE(s->early);
	free(s->pattern);
	free(s);
}

int
search_permille(const struct search *s)
{
	size_t scanned;

	if (s->done || s->len == 0)
		return 1000;
	scanned = s->second ? s->len - s->origin + s->at : s->at - s->origin;
	return (int)(scanned * 1000 / (s->len + 1));
}

size_t
search_count(const struct search *s)
{
	return s->early.n + s->hits.n;
}

struct span
search_hit(const struct search *s, size_t i)
{
	return i < s->early.n ? s->early.v[i] : s->hits.v[i - s->early.n];
}

/* Number of hits in v starting before off. */
static size_t
search_before_in(const struct span *v, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Number of hits (found so far) starting before off. */
static size_t
search_before(const struct search *s, uint32_t off)
{
	return search_before_in(s->early.v, s->early.n, off) +
	    search_before_in(s->hits.v, s->hits.n, off);
}

/* Has every match starting in [a, b) been found? */
static int
search_covered(const struct search *s, size_t a, size_t b)
{
	size_t first_end = s->second ? s->len + 1 : s->at;	/* [origin, .) */
	size_t second_end = s->second ? s->at : 0;		/* [0, .) */

	if (s->done || b <= a)
		return 1;
	if (a >= s->origin)
		return b <= first_end;
	return (b <= s->origin ? b : s->origin) <= second_end &&
	    (b <= s->origin || b <= first_end);
}

long
search_find(const struct search *s, uint32_t off, int forward, int *wrapped)
{
	size_t n = search_count(s), i = search_before(s, off);
	struct span h;

	*wrapped = 0;
	if (forward && i < n) {
		h = search_hit(s, i);
		return search_covered(s, off, h.start) ? (long)i : -2;
	}
	if (!forward && i > 0) {
		h = search_hit(s, i - 1);
		return search_covered(s, h.start + 1, off) ? (long)i - 1 : -2;
	}
	/* none on that side: wrap around */
	if (forward ? !search_covered(s, off, s->len + 1) : !search_covered(s, 0, off))
		return -2;
	if (n == 0)
		return s->done ? -1 : -2;
	*wrapped = 1;
	h = search_hit(s, forward ? 0 : n - 1);
	if (forward ? !search_covered(s, 0, h.start) : !search_covered(s, h.start + 1, s->len + 1))
		return -2;
	return forward ? 0 : (long)n - 1;
}

long
search_hit_at(const struct search *s, uint32_t off)
{
	size_t i = search_before(s, off + 1);

	if (i > 0 && search_hit(s, i - 1).end > off)
		return (long)i - 1;
	return -1;
}
