/*
 * affil_lexicon.c: whom the officials of the lexicon (officials.tsv)
 * speak for: the government of their country, or their party or body, as
 * they stood in the year the article most likely speaks of (its years
 * vote); former officials speak for their party.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "affil_int.h"
#include "affil_lexicon.h"
#include "lexicon.h"
#include "util.h"

#define AFFIL_Y0 1940		/* the years the lexicon's offices span */
#define AFFIL_Y1 2035

/* ---------------------------------------------------------- lexicon */

/* Is a role one held before (former minister, ex-chairman)? */
int
affil_former(const char *role)
{
	return role != NULL && (strncasecmp(role, "former", 6) == 0 ||
	    strncasecmp(role, "ex-", 3) == 0);
}

/* The entity named name of type t, made (with no mention) if new. */
static int
affil_entity(struct doc *d, const char *name, enum ent_type t)
{
	struct entity *e;
	size_t i;

	for (i = 0; i < d->ents.n; i++)
		if (d->ents.v[i].type == t && strcmp(d->ents.v[i].name, name) == 0)
			return (int)i;
	e = VEC_PUSH(d->ents);
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->type = t;
	e->affiliation = -1;
	e->first_mention = -1;
	e->colour = (int)d->ents.n - 1;
	return (int)d->ents.n - 1;
}

/* Is entity e named after "former" (former minister Ann Bell)? */
static int
affil_former_named(const struct doc *d, size_t e)
{
	size_t i, k, j;

	for (i = 0; i < d->mentions.n; i++) {
		if (d->mentions.v[i].entity != (int)e ||
		    d->mentions.v[i].kind == MENTION_PRONOUN)
			continue;
		k = affil_tok_at(d, d->mentions.v[i].start);
		for (j = k; j > 0 && k - j < 4; j--)
			if (affil_tok_is(d, j - 1, WC_FORMER))
				return 1;
			else if (!(d->toks.v[j - 1].flags & TOK_WORD))
				break;
	}
	return 0;
}

/* The offices of entity e's name in the lexicon; *n of them. */
static const struct lexicon_office *
affil_offices(const struct doc *d, const struct lexicon *lx, size_t e,
    size_t *n)
{
	const struct lexicon_entry *le;
	const struct lexicon_canon *lc;

	*n = 0;
	if (d->ents.v[e].type != ENT_PERSON && d->ents.v[e].type != ENT_OFFICIAL)
		return NULL;
	le = lexicon_find_text(lx, d->ents.v[e].name);
	if (le == NULL || !(le->roles & LEX_ENT) || le->canon < 0 ||
	    (lc = lexicon_canon(lx, le->canon)) == NULL ||
	    lc->type != ENT_OFFICIAL)
		return NULL;
	return lexicon_offices(lx, le->canon, n);
}

/* Does the role the text gave share a word with the office's (leader)? */
static int
affil_role_fits(const char *text, const char *office)
{
	char w[48];
	size_t n;

	while (*text != '\0') {
		n = strcspn(text, " -");
		if (n > 3 && n < sizeof w) {
			memcpy(w, text, n);
			w[n] = '\0';
			if (affil_strcasestr(office, w) != NULL)
				return 1;
		}
		text += n;
		text += strspn(text, " -");
	}
	return 0;
}

/*
 * The year the article most likely speaks of: the year most of its
 * officials held their offices (an office its text gives them counts
 * three times; a former one not at all), with the years it writes.
 */
static int
affil_year(const struct doc *d, const struct lexicon *lx)
{
	int votes[AFFIL_Y1 - AFFIL_Y0 + 1] = { 0 }, best = -1, y, w;
	int mine[AFFIL_Y1 - AFFIL_Y0 + 1];
	size_t i, j, n;
	const struct lexicon_office *o;

	for (i = 0; i < d->toks.n; i++) {
		const struct token *t = &d->toks.v[i];

		if (t->end - t->start == 4 && (t->flags & TOK_DIGIT) &&
		    (y = atoi(d->text + t->start)) >= AFFIL_Y0 && y <= AFFIL_Y1)
			votes[y - AFFIL_Y0]++;
	}
	for (i = 0; i < d->ents.n; i++) {
		const char *role = d->ents.v[i].role;

		if ((o = affil_offices(d, lx, i, &n)) == NULL ||
		    affil_former(role))
			continue;
		/* one vote a year for each official, the best office's */
		memset(mine, 0, sizeof mine);
		for (j = 0; j < n; j++) {
			w = role != NULL && affil_role_fits(role, o[j].role) ? 6 : 2;
			for (y = o[j].from; y <= o[j].to; y++)
				if (y >= AFFIL_Y0 && y <= AFFIL_Y1 &&
				    mine[y - AFFIL_Y0] < w)
					mine[y - AFFIL_Y0] = w;
		}
		for (y = AFFIL_Y0; y <= AFFIL_Y1; y++)
			votes[y - AFFIL_Y0] += mine[y - AFFIL_Y0];
	}
	for (y = AFFIL_Y0; y <= AFFIL_Y1; y++)
		if (votes[y - AFFIL_Y0] > 0 && (best < 0 ||
		    votes[y - AFFIL_Y0] >= votes[best - AFFIL_Y0]))
			best = y;
	return best;
}

/* The office held in year y, or the nearest one (*out set), or NULL. */
static const struct lexicon_office *
affil_office_in(const struct lexicon_office *o, size_t n, int y, int *out)
{
	size_t j, best = 0;
	int dist = -1, dj;

	*out = 0;
	for (j = 0; j < n; j++) {
		dj = y < o[j].from ? o[j].from - y : y > o[j].to ? y - o[j].to : 0;
		if (y < 0)
			dj = AFFIL_Y1 - o[j].to;
		if (dist < 0 || dj < dist)
			dist = dj, best = j;
	}
	*out = y >= 0 && dist > 0;
	return n > 0 ? &o[best] : NULL;
}

/*
 * Officials the lexicon knows: a minister speaks for their country's
 * government, an opposition leader or a central banker for their party or
 * body, and one out of office (in the article's year) for their party.
 */
void
affil_lexicon(struct doc *d, const struct lexicon *lx)
{
	int y = affil_year(d, lx), out, a;
	size_t i, n, nents = d->ents.n;
	const struct lexicon_office *o;
	const struct lexicon_canon *lc;

	for (i = 0; i < nents; i++) {
		if ((o = affil_offices(d, lx, i, &n)) == NULL ||
		    (o = affil_office_in(o, n, y, &out)) == NULL)
			continue;
		/* Former minister Ann Bell: out of office, her party's */
		if (affil_former(d->ents.v[i].role) || affil_former_named(d, i))
			out = 1;
		if (o->side == LEX_SIDE_STATE && !out && o->country >= 0)
			lc = lexicon_canon(lx, o->country);
		else if (o->body >= 0)
			lc = lexicon_canon(lx, o->body);
		else if (o->country >= 0)
			lc = lexicon_canon(lx, o->country);
		else
			continue;
		a = affil_entity(d, lc->name, lc->type);
		d->ents.v[i].type = ENT_OFFICIAL;
		if (d->ents.v[i].role == NULL && !out)
			d->ents.v[i].role = xstrdup(o->role);
		d->ents.v[i].affiliation = a;
		d->ents.v[i].affil_lexicon = true;
	}
}
