/*
 * search.c: pcre2 search over the whole text. The pattern is compiled once
 * with JIT and run over the text in one pass; empty matches advance by one
 * character so a pattern like `x*` cannot loop.
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
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);	/* falls back if no JIT */
	return re;
}

/* Collect every match of re in text into s->hits. */
static void
search_collect(struct search *s, pcre2_code *re, const char *text, size_t len)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	PCRE2_SIZE *ov, off = 0;
	struct span *h;
	uint32_t opts = 0;
	int n;

	while (off <= len) {
		/* the text is checked as UTF-8 once, not again at every match
		 * (that made a search of a 30 MB article take minutes) */
		n = pcre2_match(re, (PCRE2_SPTR)text, len, off, opts, md, NULL);
		opts = PCRE2_NO_UTF_CHECK;
		if (n < 0)
			break;
		ov = pcre2_get_ovector_pointer(md);
		if (ov[1] > ov[0]) {
			if (s->hits.n >= SEARCH_MAX_HITS) {
				s->truncated = 1;
				break;
			}
			h = VEC_PUSH(s->hits);
			h->start = (uint32_t)ov[0];
			h->end = (uint32_t)ov[1];
			off = ov[1];
		} else {	/* empty: step over one character */
			off = ov[1] + 1;
			while (off < len && ((unsigned char)text[off] & 0xc0) == 0x80)
				off++;
		}
	}
	pcre2_match_data_free(md);
}

struct search *
search_new(const char *pattern, const char *text, size_t len, char **cause)
{
	struct search *s;
	pcre2_code *re;
	int caseless = !search_has_capital(pattern);

	if ((re = search_compile(pattern, caseless, cause)) == NULL)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->pattern = xstrdup(pattern);
	s->caseless = caseless;
	search_collect(s, re, text, len);
	pcre2_code_free(re);
	return s;
}

void
search_free(struct search *s)
{
	if (s == NULL)
		return;
	VEC_FREE(s->hits);
	free(s->pattern);
	free(s);
}

/* Number of hits starting before off. */
static size_t
search_before(const struct search *s, uint32_t off)
{
	size_t lo = 0, hi = s->hits.n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (s->hits.v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

long
search_find(const struct search *s, uint32_t off, int forward, int *wrapped)
{
	size_t i = search_before(s, off);

	*wrapped = 0;
	if (s->hits.n == 0)
		return -1;
	if (forward) {
		if (i < s->hits.n)
			return (long)i;
		*wrapped = 1;
		return 0;
	}
	if (i > 0)
		return (long)i - 1;
	*wrapped = 1;
	return (long)s->hits.n - 1;
}

long
search_hit_at(const struct search *s, uint32_t off)
{
	size_t i = search_before(s, off + 1);

	if (i > 0 && s->hits.v[i - 1].end > off)
		return (long)i - 1;
	return -1;
}
