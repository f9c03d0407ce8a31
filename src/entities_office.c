/*
 * entities_office.c: people who hold or seek office, though no title
 * stands before their name. Wikipedia's and the news's politicians are
 * often named bare: "Roe was re-elected in 2010", "Roe led Labour to
 * gain 14 seats", "Jane Roe of the Green Party", "remained a member of
 * the Sejm". The words of politics near a person's name (data/words.tsv,
 * class politics) make the entity an official; a calling just before
 * the name (class calling: "the historian Jane Roe", "writer Ann Bell")
 * keeps that mention out. This runs after coreference, so an entity
 * typed official once in a document is an official at every mention.
 */
#include "entities_office.h"
#include "lexicon.h"
#include "segment.h"

/* Words each side of a name that are searched for politics. */
#define OFFICE_WINDOW	10
/* Words before a name that are searched for a calling. */
#define OFFICE_CALLING	3

/* The index of the first token that ends after offset off. */
static size_t
office_tok(const struct doc *d, uint32_t off)
{
	size_t lo = 0, hi = d->toks.n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (tok_end(&d->toks.v[mid]) <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The sentence holding token t, or NULL. */
static const struct sentence *
office_sentence(const struct doc *d, size_t t)
{
	size_t lo = 0, hi = d->sents.n, mid;
	const struct sentence *s;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		s = &d->sents.v[mid];
		if (s->tok_first + s->tok_count <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == d->sents.n || d->sents.v[lo].tok_first > t)
		return NULL;
	return &d->sents.v[lo];
}

/*
 * Up to n words from token t on, by step (1 or -1), within tokens
 * [lo, hi): is one of class c (for politics, or an office)? Each word is
 * looked up once for both classes.
 */
static int
office_near(const struct doc *d, const struct lexicon *lx, size_t t,
    int step, size_t lo, size_t hi, int n, enum word_class c)
{
	const struct lexicon_entry *e;

	for (; t >= lo && t < hi && n > 0; t += (size_t)step) {
		if (!(d->toks.v[t].flags & TOK_WORD))
			continue;
		e = segment_tok_word(d, lx, t);
		if (lexicon_word_is(e, c) || (c == WC_POLITICS &&
		    lexicon_word_is(e, WC_OFFICE)))
			return 1;
		if (!(d->toks.v[t].flags & (TOK_CAP | TOK_UPPER)))
			n--;	/* names in a list are no distance */
		if (t == 0)
			break;
	}
	return 0;
}

/* Does mention m stand among words of politics, with no calling before it? */
static int
office_mention(const struct doc *d, const struct lexicon *lx,
    const struct mention *m)
{
	size_t a = office_tok(d, m->start), b = office_tok(d, m->end - 1) + 1;
	const struct sentence *s = office_sentence(d, a);
	size_t lo, hi;

	if (s == NULL || a >= d->toks.n)
		return 0;
	lo = s->tok_first;
	hi = s->tok_first + s->tok_count;
	if (a > lo && office_near(d, lx, a - 1, -1, lo, hi, OFFICE_CALLING,
	    WC_CALLING))
		return 0;	/* the historian Jane Roe */
	return (a > lo && office_near(d, lx, a - 1, -1, lo, hi, OFFICE_WINDOW,
	    WC_POLITICS)) || office_near(d, lx, b, 1, lo, hi, OFFICE_WINDOW,
	    WC_POLITICS);
}

void
entities_office(struct doc *d, const struct lexicon *lx)
{
	const struct mention *m;
	size_t i;

	if (lx == NULL)
		return;
	for (i = 0; i < d->mentions.n; i++) {
		m = &d->mentions.v[i];
		if ((m->kind != MENTION_NAME && m->kind != MENTION_ALIAS) ||
		    d->ents.v[m->entity].type != ENT_PERSON)
			continue;
		if (office_mention(d, lx, m))
			d->ents.v[m->entity].type = ENT_OFFICIAL;
	}
}
