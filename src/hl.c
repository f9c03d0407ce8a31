/*
 * hl.c: per-byte highlight classes from paragraphs, mentions and claims,
 * for the whole text or for one span at a time (a window): the same
 * rules, each range cut to the bytes wanted.
 */
#include <stdlib.h>
#include <string.h>

#include "hl.h"
#include "util.h"

/* A window's look-ups: what may reach into a span, found by bisection. */
struct hl_index {
	uint32_t *mention_reach;	/* max end of mentions 0..k */
	struct hl_span {
		uint32_t start, end;
		uint8_t flag;
	} *spans;			/* claims' content, cue, source by start */
	uint32_t *span_reach;		/* max end of spans 0..k */
	size_t nspans;
};

/* Set flag f on bytes [a, b) that the window holds. */
static void
hl_flag(struct hl *h, uint32_t a, uint32_t b, uint8_t f)
{
	uint32_t hi = h->base + (uint32_t)h->n;

	if (a < h->base)
		a = h->base;
	for (; a < b && a < hi; a++)
		h->v[a - h->base].flags |= f;
}

#define HL_SQUOTE_TOKENS	16	/* words a single-quoted phrase spans at most */

/* Is token t the right single quotation mark (’, U+2019)? */
static int
hl_is_rsquo(const struct doc *d, const struct token *t)
{
	return tok_end(t) - t->start == 3 && memcmp(d->text + t->start, "\xe2\x80\x99", 3) == 0;
}

/* The end of the single-quoted phrase whose ‘ is token i (‘backdoor’,
 * ‘non-core’ parts), or 0 when no ’ closes it a few words on, in the same
 * paragraph (‘90s, a stray mark). Segmenting leaves ‘ a bare quotation
 * mark and ’ an apostrophe, so the words between are not in a quote. */
static uint32_t
hl_squote_end(const struct doc *d, size_t i)
{
	size_t j;

	for (j = i + 1; j < d->toks.n && j <= i + HL_SQUOTE_TOKENS; j++) {
		if (memchr(d->text + tok_end(&d->toks.v[j - 1]), '\n',
		    d->toks.v[j].start - tok_end(&d->toks.v[j - 1])) != NULL)
			return 0;
		if (hl_is_rsquo(d, &d->toks.v[j]))
			return j > i + 1 ? tok_end(&d->toks.v[j]) : 0;
		if (d->toks.v[j].flags & TOK_QUOTE)
			return 0;
	}
	return 0;
}

/* First index k < n whose reach[k] > off (reach never falls), or n. */
static size_t
hl_first_reaching(const uint32_t *reach, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (reach[mid] > off)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Title and boilerplate paragraphs. */
static void
hl_fill_paras(struct hl *h, const struct doc *d, uint32_t stop)
{
	size_t lo = 0, hi = d->paras.n;

	while (lo < hi) {	/* the first paragraph ending past the base */
		size_t mid = lo + (hi - lo) / 2;

		if (d->paras.v[mid].end > h->base)
			hi = mid;
		else
			lo = mid + 1;
	}
	for (; lo < d->paras.n && d->paras.v[lo].start < stop; lo++) {
		const struct para *p = &d->paras.v[lo];

		if (p->kind == PARA_TITLE)
			hl_flag(h, p->start, p->end, HL_TITLE);
		else if (p->kind == PARA_BOILERPLATE)
			hl_flag(h, p->start, p->end, HL_BOILER);
	}
}

/* Whole quotations, spaces too. A token reaches at most its
 * HL_SQUOTE_TOKENS-th follower's end, so the window starts that many
 * tokens before its first. */
static void
hl_fill_quotes(struct hl *h, const struct doc *d, uint32_t stop)
{
	size_t i, lo = 0, hi = d->toks.n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->toks.v[mid].start >= h->base)
			hi = mid;
		else
			lo = mid + 1;
	}
	lo = lo > HL_SQUOTE_TOKENS + 1 ? lo - HL_SQUOTE_TOKENS - 1 : 0;
	for (i = lo; i < d->toks.n && d->toks.v[i].start < stop; i++) {
		const struct token *t = &d->toks.v[i];
		uint32_t end = tok_end(t);

		if (!(t->flags & (TOK_INQUOTE | TOK_QUOTE)))
			continue;
		if ((t->flags & (TOK_QUOTE | TOK_OPENQ | TOK_CLOSEQ | TOK_INQUOTE)) ==
		    TOK_QUOTE) {	/* ‘: the whole phrase to its ’, or nothing */
			hl_flag(h, t->start, hl_squote_end(d, i), HL_QUOTE);
			continue;
		}
		if (i + 1 < d->toks.n && !(t->flags & TOK_CLOSEQ) &&
		    (d->toks.v[i + 1].flags & (TOK_INQUOTE | TOK_QUOTE)))
			end = d->toks.v[i + 1].start;
		hl_flag(h, t->start, end, HL_QUOTE);
	}
}

/* Mention types; a later mention over an earlier one wins. */
static void
hl_fill_mentions(struct hl *h, const struct doc *d, uint32_t stop)
{
	size_t i = 0;
	uint32_t a, hi = h->base + (uint32_t)h->n;

	if (h->ix != NULL)
		i = hl_first_reaching(h->ix->mention_reach, d->mentions.n, h->base);
	for (; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];
		uint8_t t = (uint8_t)(1 + d->ents.v[m->entity].type);

		if (h->ix != NULL && m->start >= stop)
			break;	/* sorted by start */
		/*
		 * "He" coloured as an official reads as a name; "the firm"
		 * coloured as a company tells the reader who it is.
		 */
		if (m->kind == MENTION_PRONOUN)
			continue;
		for (a = m->start > h->base ? m->start : h->base;
		    a < m->end && a < hi; a++)
			h->v[a - h->base].ent = t;
	}
}

/* Claims' content, cue and source. */
static void
hl_fill_claims(struct hl *h, const struct doc *d, uint32_t stop)
{
	const struct hl_index *ix = h->ix;
	size_t i;

	if (ix == NULL) {
		for (i = 0; i < d->claims.n; i++) {
			const struct claim *c = &d->claims.v[i];

			hl_flag(h, c->content.start, c->content.end, HL_CONTENT);
			hl_flag(h, c->cue.start, c->cue.end, HL_CUE);
			if (c->has_source)
				hl_flag(h, c->source.start, c->source.end,
				    HL_SOURCE);
		}
		return;
	}
	for (i = hl_first_reaching(ix->span_reach, ix->nspans, h->base);
	    i < ix->nspans && ix->spans[i].start < stop; i++)
		hl_flag(h, ix->spans[i].start, ix->spans[i].end, ix->spans[i].flag);
}

/* The classes of bytes [start, end) into h->v. */
static void
hl_fill(struct hl *h, const struct doc *d, uint32_t start, uint32_t end)
{
	if (end > d->len)
		end = (uint32_t)d->len;
	if (start > end)
		start = end;
	if ((size_t)(end - start) + 1 > h->cap) {
		h->cap = (size_t)(end - start) + 1;
		free(h->v);
		h->v = xcalloc(h->cap, sizeof *h->v);
	}
	h->base = start;
	h->n = end - start;
	memset(h->v, 0, (h->n + 1) * sizeof *h->v);
	hl_fill_paras(h, d, end);
	hl_fill_quotes(h, d, end);
	hl_fill_mentions(h, d, end);
	hl_fill_claims(h, d, end);
}

struct hl *
hl_new(const struct doc *d)
{
	struct hl *h = xcalloc(1, sizeof *h);

	hl_fill(h, d, 0, (uint32_t)d->len);
	return h;
}

static int
hl_span_cmp(const void *a, const void *b)
{
	const struct hl_span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Add claim span s with flag f to the index. */
static void
hl_index_span(struct hl_index *ix, struct span s, uint8_t f)
{
	if (s.end <= s.start)
		return;
	ix->spans[ix->nspans].start = s.start;
	ix->spans[ix->nspans].end = s.end;
	ix->spans[ix->nspans++].flag = f;
}

/* Running maxima of n ends, each 'stride' bytes apart from the first. */
static uint32_t *
hl_reach(const void *first, size_t n, size_t stride)
{
	uint32_t *r = xcalloc(n + 1, sizeof *r), max = 0, end;
	size_t k;

	for (k = 0; k < n; k++) {
		memcpy(&end, (const char *)first + k * stride, sizeof end);
		max = end > max ? end : max;
		r[k] = max;
	}
	return r;
}

struct hl *
hl_window_new(const struct doc *d)
{
	struct hl *h;
	struct hl_index *ix;
	size_t i;

	for (i = 1; i < d->mentions.n; i++)
		if (d->mentions.v[i].start < d->mentions.v[i - 1].start)
			return hl_new(d);	/* a later one may win out of order */
	h = xcalloc(1, sizeof *h);
	h->ix = ix = xcalloc(1, sizeof *ix);
	ix->mention_reach = hl_reach(d->mentions.n ? &d->mentions.v[0].end : NULL,
	    d->mentions.n, sizeof *d->mentions.v);
	ix->spans = xcalloc(3 * d->claims.n + 1, sizeof *ix->spans);
	for (i = 0; i < d->claims.n; i++) {
		const struct claim *c = &d->claims.v[i];

		hl_index_span(ix, c->content, HL_CONTENT);
		hl_index_span(ix, c->cue, HL_CUE);
		if (c->has_source)
			hl_index_span(ix, c->source, HL_SOURCE);
	}
	qsort(ix->spans, ix->nspans, sizeof *ix->spans, hl_span_cmp);
	ix->span_reach = hl_reach(ix->nspans ? &ix->spans[0].end : NULL,
	    ix->nspans, sizeof *ix->spans);
	return h;
}

void
hl_window_fill(struct hl *h, const struct doc *d, uint32_t start,
    uint32_t end)
{
	if (h->ix != NULL)
		hl_fill(h, d, start, end);
}

void
hl_free(struct hl *h)
{
	if (h == NULL)
		return;
	if (h->ix != NULL) {
		free(h->ix->mention_reach);
		free(h->ix->spans);
		free(h->ix->span_reach);
		free(h->ix);
	}
	free(h->v);
	free(h);
}
