/*
 * parties.c: the party list (doc->parties): every country, company and
 * organisation the article mentions outside its page furniture, and every
 * other entity a claim is attributed to (an unaffiliated official or
 * person), each with its claims in text order. Ordered by number of claims, then by first mention, so a
 * party that never speaks still shows, at the end. The last stage: it
 * sorts the claims into text order first (the quotes and sources stages
 * add and change claims).
 */
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "parties.h"
#include "util.h"

/* the document qsort compares in; one per thread (--jobs) */
static _Thread_local const struct doc *parties_sort_doc;

/* More claims first, then the earlier first mention. */
static int
parties_cmp(const void *a, const void *b)
{
	const struct party *x = a, *y = b;
	int fx = parties_sort_doc->ents.v[x->entity].first_mention;
	int fy = parties_sort_doc->ents.v[y->entity].first_mention;

	if (x->claims.n != y->claims.n)
		return x->claims.n > y->claims.n ? -1 : 1;
	if (fx != fy) {
		if (fx < 0 || fy < 0)
			return fx < 0 ? 1 : -1;
		return fx < fy ? -1 : 1;
	}
	return x->entity - y->entity;
}

/*
 * Mark in furniture[] the entities mentioned only in page furniture: a
 * name only in a copyright line or an author's note (Follow him on
 * Twitter) is no party of the article. (A body an official speaks for,
 * named by the lexicon and not by the text, stays.)
 */
static void
parties_furniture(const struct doc *d, unsigned char *furniture)
{
	size_t i, p = 0;
	int e;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if ((e = m->entity) < 0 || (size_t)e >= d->ents.n)
			continue;
		while (p + 1 < d->paras.n && d->paras.v[p].end <= m->start)
			p++;
		if (p < d->paras.n && d->paras.v[p].kind == PARA_BOILERPLATE) {
			if (furniture[e] == 0)
				furniture[e] = 1;
		} else
			furniture[e] = 2;	/* in the article: a party */
	}
}

void
parties_build(struct doc *d)
{
	int *slot = xmalloc((d->ents.n + 1) * sizeof *slot);
	unsigned char *furniture = xcalloc(d->ents.n + 1, 1);
	size_t i;
	struct party *p;

	for (i = 0; i < d->parties.n; i++)
		VEC_FREE(d->parties.v[i].claims);
	d->parties.n = 0;
	for (i = 0; i < d->ents.n; i++)
		slot[i] = -1;
	parties_furniture(d, furniture);
	for (i = 0; i < d->ents.n; i++) {
		enum ent_type t = d->ents.v[i].type;

		/* a country's government organ speaks for the country */
		if ((t != ENT_COUNTRY && t != ENT_COMPANY &&
		    t != ENT_ORGANISATION) || (t == ENT_ORGANISATION &&
		    d->ents.v[i].affiliation >= 0) || furniture[i] == 1)
			continue;
		slot[i] = (int)d->parties.n;
		p = VEC_PUSH(d->parties);
		memset(p, 0, sizeof *p);
		p->entity = (int)i;
	}
	for (i = 0; i < d->claims.n; i++) {
		int e = d->claims.v[i].party;

		if (e < 0 || (size_t)e >= d->ents.n)
			continue;
		if (slot[e] < 0) {
			slot[e] = (int)d->parties.n;
			p = VEC_PUSH(d->parties);
			memset(p, 0, sizeof *p);
			p->entity = e;
		}
		*VEC_PUSH(d->parties.v[slot[e]].claims) = (int)i;
	}
	parties_sort_doc = d;
	if (d->parties.n > 1)
		qsort(d->parties.v, d->parties.n, sizeof *d->parties.v, parties_cmp);
	free(slot);
	free(furniture);
}

void
parties_run(struct doc *d, const struct lexicon *lx)
{
	(void)lx;
	claims_sort(d);
	parties_build(d);
}
