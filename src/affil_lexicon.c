/*
 * affil_lexicon.c: whom the officials of the lexicon (officials.tsv)
 * speak for: the government of their country, or their party or body, as
 * they stood in the year the article most likely speaks of (its years
 * vote); former officials and those seeking office speak for their party.
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
int
affil_entity(struct doc *d, const char *name, enum ent_type t)
{
	struct entity *e;
	int i = affil_entity_named(d, name, t);

	if (i >= 0)
		return i;
	e = VEC_PUSH(d->ents);
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->type = t;
	e->affiliation = -1;
	e->first_mention = -1;
	e->colour = (int)d->ents.n - 1;
	return (int)d->ents.n - 1;
}

/*
 * Is entity e named after a word of class c: former (former minister Ann
 * Bell), running (Republican presidential nominee Ann Bell)? next:
 * model_mention_lists.
 */
static int
affil_named_after(const struct doc *d, size_t e, enum word_class c,
    const int *next)
{
	size_t k, j;
	int i;

	for (i = next[d->mentions.n + e]; i >= 0; i = next[i]) {
		if (d->mentions.v[i].kind == MENTION_PRONOUN)
			continue;
		k = affil_tok_at(d, d->mentions.v[i].start);
		for (j = k; j > 0 && k - j < 4; j--)
			if (affil_tok_is(d, j - 1, c))
				return 1;
			else if (!(d->toks.v[j - 1].flags & TOK_WORD))
				break;
	}
	return 0;
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

/* The canon of an official the lexicon names name, or -1. */
static int
affil_official_canon(const struct lexicon *lx, const char *name)
{
	const struct lexicon_entry *le = lexicon_find_text(lx, name);
	const struct lexicon_canon *lc;

	if (le == NULL || !(le->roles & LEX_ENT) || le->canon < 0 ||
	    (lc = lexicon_canon(lx, le->canon)) == NULL ||
	    lc->type != ENT_OFFICIAL)
		return -1;
	return le->canon;
}

/*
 * A name with middle names or initials (John F. Kerry, Barack Hussein
 * Obama): the canon of its first and last words, or -1.
 */
static int
affil_canon_first_last(const struct lexicon *lx, const char *name)
{
	const char *sp = strchr(name, ' '), *last = strrchr(name, ' ');
	char buf[128];
	size_t n1;

	if (sp == NULL || sp == last || (n1 = (size_t)(sp - name)) +
	    strlen(last) >= sizeof buf)
		return -1;
	memcpy(buf, name, n1);
	strcpy(buf + n1, last);
	return affil_official_canon(lx, buf);
}

/* Does a canon's name end with the word surname (Barack Obama: Obama)? */
static int
affil_canon_surname(const struct lexicon_canon *lc, const char *surname)
{
	const char *sp;

	return lc != NULL && lc->type == ENT_OFFICIAL &&
	    (sp = strrchr(lc->name, ' ')) != NULL && strcmp(sp + 1, surname) == 0;
}

/* Does the role the text gave fit one of canon c's offices? */
static int
affil_canon_role_fits(const struct lexicon *lx, int c, const char *role)
{
	size_t n, j;
	const struct lexicon_office *o = lexicon_offices(lx, c, &n);

	for (j = 0; o != NULL && j < n; j++)
		if (affil_role_fits(role, o[j].role))
			return 1;
	return 0;
}

/*
 * Is every name of entity e a plain surname, after nothing or a form of
 * address that gives no rank (Mr Blair, Blair), never after another title
 * (Lord Ashcroft, Judge Roe, Dr Fox: someone else of that surname)?
 */
static int
affil_plain_surname(const struct doc *d, size_t e)
{
	size_t i, k;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity != (int)e || m->kind == MENTION_PRONOUN ||
		    m->kind == MENTION_NOMINAL)
			continue;
		k = affil_tok_at(d, m->start);
		if (affil_tok_is(d, k, WC_NAME_TITLE) &&
		    tok_end(&d->toks.v[k]) < m->end)
			return 0;	/* the mention "Lord Ashcroft" */
		if (k > 0 && (d->toks.v[k - 1].flags & TOK_CAP) &&
		    !affil_tok_is(d, k - 1, WC_PLAIN_HONORIFIC) &&
		    !affil_tok_is(d, k - 1, WC_ARTICLE))
			return 0;
	}
	return 1;
}

/* The lexicon's officials: their canons in order (a few hundred of the
 * 20,000 canons, the only ones a surname alone may name). */
struct affil_officials {
	int *canon;
	size_t n;
};

static struct affil_officials
affil_officials(const struct lexicon *lx)
{
	struct affil_officials of;
	int i, nc = lexicon_ncanon(lx);

	of.canon = xmalloc(((size_t)nc + 1) * sizeof *of.canon);
	of.n = 0;
	for (i = 0; i < nc; i++)
		if (lexicon_canon(lx, i)->type == ENT_OFFICIAL)
			of.canon[of.n++] = i;
	return of;
}

/*
 * A surname alone (President Obama, Mr. Obama): the one official of the
 * lexicon of that surname, with an office the title fits when the text
 * gave one, or -1. Not when a title of rank comes before it (Lord
 * Ashcroft is not John Ashcroft).
 */
static int
affil_canon_by_surname(const struct doc *d, const struct lexicon *lx,
    const struct affil_officials *of, size_t e)
{
	const struct entity *en = &d->ents.v[e];
	int i, found = -1;
	size_t j;

	if (affil_former(en->role) || strchr(en->name, ' ') != NULL)
		return -1;
	for (j = 0; j < of->n; j++) {
		i = of->canon[j];
		if (!affil_canon_surname(lexicon_canon(lx, i), en->name) ||
		    (en->role != NULL && !affil_canon_role_fits(lx, i, en->role)))
			continue;
		if (found >= 0)
			return -1;	/* two such: no guess */
		found = i;
	}
	if (found >= 0 && en->role == NULL && !affil_plain_surname(d, e))
		return -1;
	return found;
}

/* The offices of entity e's name in the lexicon; *n of them. */
static const struct lexicon_office *
affil_offices(const struct doc *d, const struct lexicon *lx,
    const struct affil_officials *of, size_t e, size_t *n)
{
	const struct entity *en = &d->ents.v[e];
	int c;

	*n = 0;
	if (en->type != ENT_PERSON && en->type != ENT_OFFICIAL)
		return NULL;
	if ((c = affil_official_canon(lx, en->name)) < 0 &&
	    (c = affil_canon_first_last(lx, en->name)) < 0 &&
	    (c = affil_canon_by_surname(d, lx, of, e)) < 0)
		return NULL;
	return lexicon_offices(lx, c, n);
}

/* The offices of each entity in the lexicon (affil_offices), found once. */
struct affil_offs {
	const struct lexicon_office *o;
	size_t n;
	int running;	/* named as seeking office (nominee Ann Bell) */
};

/*
 * Did an entity before e vote for the same official (Donald Trump and
 * Donald J. Trump, two entities of one canon)?
 */
static int
affil_voted(const struct doc *d, const struct affil_offs *offs, size_t e)
{
	size_t i;

	for (i = 0; i < e; i++)
		if (offs[i].o == offs[e].o && !affil_former(d->ents.v[i].role))
			return 1;
	return 0;
}

/*
 * Does the text name entity e with a title just before a name that fits
 * office (Tory leader Ann Roe: Leader of the Opposition), not after
 * "former"? The entity engine keeps no title of a lexicon name. next:
 * model_mention_lists.
 */
static int
affil_titled(const struct doc *d, size_t e, const char *office,
    const int *next)
{
	size_t k;
	int i;
	char w[48];

	for (i = next[d->mentions.n + e]; i >= 0; i = next[i]) {
		if (d->mentions.v[i].kind == MENTION_PRONOUN ||
		    d->mentions.v[i].kind == MENTION_NOMINAL)
			continue;
		k = affil_tok_at(d, d->mentions.v[i].start);
		if (k == 0 || affil_word(d, k - 1, w) <= 3 ||
		    !affil_role_fits(w, office) ||
		    (k > 1 && affil_tok_is(d, k - 2, WC_FORMER)) ||
		    (k > 2 && affil_tok_is(d, k - 3, WC_FORMER)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * The vote w of an office for year y: half in its first and last years,
 * shared with the holder before or after (Major 1990-1997, Blair 1997-:
 * an article naming both is not of 1997 more than of 1995 or 2000).
 */
static int
affil_year_weight(const struct lexicon_office *o, int y, int w)
{
	return y == o->from || y == o->to ? (w + 1) / 2 : w;
}

/*
 * The year the article most likely speaks of: the year most of its
 * officials held their offices (an office its text gives them, or fits a
 * title before their name, counts six times a bare name; a former one not
 * at all; one sought the year before it was taken), with the years it
 * writes (twice a bare name).
 */
static int
affil_year(const struct doc *d, const struct affil_offs *offs,
    const int *next)
{
	int votes[AFFIL_Y1 - AFFIL_Y0 + 1] = { 0 }, best = -1, y, w;
	int mine[AFFIL_Y1 - AFFIL_Y0 + 1];
	size_t i, j, n;
	const struct lexicon_office *o;

	for (i = 0; i < d->toks.n; i++) {
		const struct token *t = &d->toks.v[i];

		if (tok_end(t) - t->start == 4 && (t->flags & TOK_DIGIT) &&
		    (y = atoi(d->text + t->start)) >= AFFIL_Y0 && y <= AFFIL_Y1)
			votes[y - AFFIL_Y0] += 2;
	}
	for (i = 0; i < d->ents.n; i++) {
		const char *role = d->ents.v[i].role;

		if ((o = offs[i].o) == NULL || affil_former(role) ||
		    affil_voted(d, offs, i))
			continue;
		n = offs[i].n;
		/* one vote a year for each official, the best office's */
		memset(mine, 0, sizeof mine);
		for (j = 0; j < n; j++) {
			w = (role != NULL && affil_role_fits(role, o[j].role)) ||
			    affil_titled(d, i, o[j].role, next) ? 6 : 1;
			/* nominee Ann Bell: the year before she took office */
			if (offs[i].running && o[j].from - 1 >= AFFIL_Y0)
				mine[o[j].from - 1 - AFFIL_Y0] = 3;
			for (y = o[j].from; y <= o[j].to && !offs[i].running; y++)
				if (y >= AFFIL_Y0 && y <= AFFIL_Y1 &&
				    mine[y - AFFIL_Y0] < affil_year_weight(&o[j], y, w))
					mine[y - AFFIL_Y0] = affil_year_weight(&o[j], y, w);
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
	size_t i, nents = d->ents.n;
	struct affil_offs *offs = xmalloc((nents + 1) * sizeof *offs);
	const struct lexicon_office *o;
	const struct lexicon_canon *lc;
	int y, out, a;
	struct affil_officials of = affil_officials(lx);
	int *next = model_mention_lists(d);

	for (i = 0; i < nents; i++) {
		offs[i].o = affil_offices(d, lx, &of, i, &offs[i].n);
		offs[i].running = offs[i].o != NULL &&
		    affil_named_after(d, i, WC_RUNNING, next);
	}
	free(of.canon);
	y = affil_year(d, offs, next);
	for (i = 0; i < nents; i++) {
		if (offs[i].o == NULL ||
		    (o = affil_office_in(offs[i].o, offs[i].n, y, &out)) == NULL)
			continue;
		/* Former minister Ann Bell: out of office, her party's */
		/* Republican nominee Ann Bell: not yet in office */
		if (affil_former(d->ents.v[i].role) || offs[i].running ||
		    affil_named_after(d, i, WC_FORMER, next))
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
	free(offs);
	free(next);
}
