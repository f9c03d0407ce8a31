/* hl.c: per-byte highlight classes from paragraphs, mentions and claims. */
#include <stdlib.h>
#include <string.h>

#include "hl.h"
#include "util.h"

static void
hl_flag(struct hl *h, uint32_t a, uint32_t b, uint8_t f)
{
	for (; a < b && a < h->n; a++)
		h->v[a].flags |= f;
}

#define HL_SQUOTE_TOKENS	16	/* words a single-quoted phrase spans at most */

/* Is token t the right single quotation mark (’, U+2019)? */
static int
hl_is_rsquo(const struct doc *d, const struct token *t)
{
	return t->end - t->start == 3 && memcmp(d->text + t->start, "\xe2\x80\x99", 3) == 0;
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
		if (memchr(d->text + d->toks.v[j - 1].end, '\n',
		    d->toks.v[j].start - d->toks.v[j - 1].end) != NULL)
			return 0;
		if (hl_is_rsquo(d, &d->toks.v[j]))
			return j > i + 1 ? d->toks.v[j].end : 0;
		if (d->toks.v[j].flags & TOK_QUOTE)
			return 0;
	}
	return 0;
}

struct hl *
hl_new(const struct doc *d)
{
	struct hl *h = xcalloc(1, sizeof *h);
	size_t i;
	uint32_t a;

	h->n = d->len;
	h->v = xcalloc(d->len + 1, sizeof *h->v);
	for (i = 0; i < d->paras.n; i++) {
		const struct para *p = &d->paras.v[i];

		if (p->kind == PARA_TITLE)
			hl_flag(h, p->start, p->end, HL_TITLE);
		else if (p->kind == PARA_BOILERPLATE)
			hl_flag(h, p->start, p->end, HL_BOILER);
	}
	for (i = 0; i < d->toks.n; i++) {	/* whole quotations, spaces too */
		const struct token *t = &d->toks.v[i];
		uint32_t end = t->end;

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
	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];
		uint8_t t = (uint8_t)(1 + d->ents.v[m->entity].type);

		/*
		 * "He" coloured as an official reads as a name; "the firm"
		 * coloured as a company tells the reader who it is.
		 */
		if (m->kind == MENTION_PRONOUN)
			continue;
		for (a = m->start; a < m->end && a < h->n; a++)
			h->v[a].ent = t;
	}
	for (i = 0; i < d->claims.n; i++) {
		const struct claim *c = &d->claims.v[i];

		hl_flag(h, c->content.start, c->content.end, HL_CONTENT);
		hl_flag(h, c->cue.start, c->cue.end, HL_CUE);
		if (c->has_source)
			hl_flag(h, c->source.start, c->source.end, HL_SOURCE);
	}
	return h;
}

void
hl_free(struct hl *h)
{
	if (h == NULL)
		return;
	free(h->v);
	free(h);
}
