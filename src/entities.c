/*
 * entities.c: the entity engine. Three passes over a segmented document:
 *
 * 1. Units (entities_units.c). Every token is folded and hashed once; the
 *    longest lexicon match from each capitalised token (countries, bodies,
 *    companies, places, titles) becomes one unit, every other token a
 *    unit of its own. Each unit gets a one-letter class, so a sentence
 *    becomes a short shape string such as "aCTFN,v" for "the US president
 *    Jane Roe, said".
 * 2. Shapes (entities_shapes.c, with the names of people in
 *    entities_names.c, of bodies in entities_org.c, and the passes before
 *    the shapes in entities_passes.c). pcre2 patterns (compiled once, JIT)
 *    over the shape string find titled names, appositions, honorifics,
 *    organisation and company names by their heads and legal suffixes,
 *    and descriptions such as "the Chinese firm"; each match claims its
 *    units.
 * 3. Candidates (this file). What the shapes found and the lexicon units
 *    left over become candidate mentions, left in doc->cands for the
 *    coref stage (coref.c), which makes the entities.
 *
 * Units, shapes and names found are made one chunk of sentences at a time
 * (about a thousand tokens), so they stay small and in cache; candidates
 * pile up for the whole document, already in text order. This file owns
 * the run over the chunks and the candidates.
 */
#include <stdlib.h>
#include <string.h>

#include "coref.h"
#include "entities.h"
#include "entities_int.h"
#include "entities_names.h"
#include "entities_shapes.h"
#include "entities_units.h"
#include "util.h"

/* ---------------------------------------------------------------- candidates */

static uint32_t
entities_ustart(const struct ent *en, uint32_t u)
{
	return en->d->toks.v[en->units.v[u].tok].start + en->units.v[u].skip;
}

static uint32_t
entities_uend(const struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];

	return tok_end(&en->d->toks.v[x->tok + x->ntok - 1]);
}

static struct cand *
entities_cand(struct ent *en, uint32_t u0, uint32_t u1)
{
	struct cand *c = VEC_PUSH(en->cands);

	memset(c, 0, sizeof *c);
	c->start = entities_ustart(en, u0);
	c->end = entities_uend(en, u1 - 1);
	c->canon = -1;
	c->entity = -1;
	en->units.v[u0].cand = (int)en->cands.n - 1;
	return c;
}

/*
 * Bytes from a capital "The" right before unit u to u, when u starts a
 * body's name after a word in small letters (a group called The Olive
 * Tree, an interview with The Daily Courier): the article is the name's
 * own. Not where any word may open with a capital: a sentence's start, a
 * Title Case headline, after a colon, a dash or a quotation mark; 0 if not.
 */
uint8_t
entities_the(const struct ent *en, uint32_t u, int type)
{
	const struct doc *d = en->d;
	const struct token *t;
	uint32_t s;

	if ((type != ENT_ORGANISATION && type != ENT_COMPANY) || u == 0 ||
	    en->units.v[u - 1].cls != 'a' ||
	    en->units.v[u - 1].sent != en->units.v[u].sent ||
	    entities_in_headline(en, u - 1))
		return 0;
	t = &d->toks.v[en->units.v[u - 1].tok];
	s = entities_ustart(en, u);
	if ((t->flags & TOK_SENT_START) || t->len != 3 ||
	    memcmp(d->text + t->start, "The", 3) != 0 || s - t->start > 8 ||
	    t == d->toks.v || (t[-1].flags & (TOK_CAP | TOK_UPPER)) ||
	    !(t[-1].flags & TOK_WORD) || (t[-1].flags & TOK_DIGIT))
		return 0;
	return (uint8_t)(s - t->start);
}

/*
 * Bytes from a title that is part of a person's name right before unit u
 * (Sir Ada Brennick, Lord Berrow, Queen Beatrix: words.tsv's name-title)
 * to u, or 0.
 */
static uint8_t
entities_name_title(const struct ent *en, uint32_t u, int type)
{
	const struct doc *d = en->d;
	const struct unit *p;
	const struct token *t;
	uint32_t s;

	if ((type != ENT_PERSON && type != ENT_OFFICIAL) || u == 0)
		return 0;
	p = &en->units.v[u - 1];
	if ((p->cls != 'H' && p->cls != 'T') || p->ntok != 1 ||
	    p->sent != en->units.v[u].sent)
		return 0;
	t = &d->toks.v[p->tok];
	s = entities_ustart(en, u);
	if (!(t->flags & TOK_CAP) || s - t->start > 16 ||
	    !entities_tok_in(d, en->lx, t, WC_NAME_TITLE))
		return 0;
	return (uint8_t)(s - t->start);
}

/* Does found name f need a link (struct cand_link)? */
static int
entities_found_links(const struct found *f)
{
	return f->r1 > f->r0 || f->country_unit >= 0 || f->affil_unit >= 0 ||
	    f->acronym_of >= 0 || f->acronym_unit >= 0;
}

/* A new link for candidate c, all -1 and no title. */
static struct cand_link *
entities_link_new(struct ent *en, struct cand *c)
{
	struct cand_link *l = VEC_PUSH(en->links);

	l->country = l->affil = l->affil_canon = l->affil_ent = -1;
	l->acronym_of = -1;
	l->role_start = l->role_end = 0;
	l->cand = (uint32_t)(c - en->cands.v);
	c->linked = 1;
	return l;
}

/* The candidate of a name found by a shape. */
static void
entities_found_cand(struct ent *en, const struct found *f)
{
	struct cand *c = entities_cand(en, f->u0, f->u1);
	struct cand_link *l = entities_found_links(f) ?
	    entities_link_new(en, c) : NULL;

	c->what = f->what;
	c->type = f->type;
	c->kind = f->what == CAND_NOMINAL ? MENTION_NOMINAL :
	    f->acronym_of >= 0 || f->acronym_unit >= 0 ? MENTION_ALIAS :
	    MENTION_NAME;
	c->honorific = f->honorific;
	c->personish = f->personish;
	c->its = f->its;
	c->common = f->common;
	c->says = f->u1 < en->units.n && en->units.v[f->u1].cls == 'v';
	c->verify = (f->what == CAND_NAME || f->what == CAND_SHORT) &&
	    f->r1 == f->r0 && !f->honorific && f->acronym_of < 0 &&
	    f->acronym_unit < 0 &&
	    (f->type == ENT_PERSON || f->type == ENT_ORGANISATION ||
	    f->type == ENT_COMPANY) && entities_in_headline(en, f->u0);
	if (f->r1 > f->r0) {
		l->role_start = entities_ustart(en, f->r0);
		l->role_end = entities_uend(en, f->r1 - 1);
	}
	if (f->country_unit >= 0)
		l->country = en->units.v[f->country_unit].canon;
	c->direct = f->direct;
	c->head = f->u1 == f->u0 + 1 && en->units.v[f->u0].cls == 'R';
	if (f->what == CAND_NAME || f->what == CAND_SHORT ||
	    f->what == CAND_LEXICON)
		c->the = f->type == ENT_PERSON || f->type == ENT_OFFICIAL ?
		    entities_name_title(en, f->u0, f->type) :
		    entities_the(en, f->u0, f->type);
	if (f->what == CAND_LEXICON)
		c->canon = en->units.v[f->acronym_unit].canon;
}

/* The candidate of a lexicon unit, a lone he/she or an acronym, if any. */
static void
entities_unit_cand_make(struct ent *en, uint32_t i)
{
	const struct unit *u = &en->units.v[i];
	struct cand *c;

	if (u->canon >= 0 && u->cls != 'L') {
		c = entities_cand(en, i, i + 1);
		c->what = CAND_LEXICON;
		c->canon = u->canon;
		c->kind = (enum mention_kind)u->kind;
		c->type = lexicon_canon(en->lx, u->canon)->type;
		c->the = entities_the(en, i, c->type);
		/* Jordan said: maybe the person met before */
		c->honorific = u->cls == 'Z' && entities_personish(en, i) > 0;
	} else if (u->cls == 'h' &&
	    !(en->d->toks.v[u->tok].flags & TOK_INQUOTE)) {
		c = entities_cand(en, i, i + 1);
		c->what = CAND_PRONOUN;
		c->type = ENT_PERSON;
		c->kind = MENTION_PRONOUN;
	} else if (u->cls == 'A' || u->shout) {
		c = entities_cand(en, i, i + 1);
		c->what = CAND_SHORT;
		c->type = ENT_ORGANISATION;
		c->kind = MENTION_NAME;
		c->verify = u->shout;	/* EVEN OZ'S BOSS: Oz met before */
	}
}

/*
 * Candidates in text order: the names shapes found where they start, and
 * the units no shape claimed. No sorting is needed afterwards.
 */
static void
entities_cands(struct ent *en)
{
	const struct unit *u;
	size_t i;

	for (i = 0; i < en->units.n; i++) {
		u = &en->units.v[i];
		/* most units: no name starts there, and no entity, he or
		 * she, acronym or shouted word is one on its own */
		if ((u->fstart & u->canon) < 0 && u->cls != 'h' &&
		    u->cls != 'A' && !u->shout)
			continue;
		if (u->fstart >= 0)
			entities_found_cand(en, &en->found.v[u->fstart]);
		else if (!u->claimed)
			entities_unit_cand_make(en, (uint32_t)i);
	}
}

/* The candidate of unit u, or -1. */
static int
entities_unit_cand(const struct ent *en, int u)
{
	return u < 0 ? -1 : en->units.v[u].cand;
}

/* Link affiliations and acronyms to candidates, once all exist. */
static void
entities_link(struct ent *en)
{
	size_t i;
	struct found *f;
	struct cand_link *l;
	int k;

	for (i = 0; i < en->found.n; i++) {
		f = &en->found.v[i];
		k = en->units.v[f->u0].cand;
		if (!en->cands.v[k].linked)
			continue;	/* nothing to link */
		l = cand_link_find(en->links.v, en->links.n, (uint32_t)k);
		l->affil = entities_unit_cand(en, f->affil_unit);
		if (f->affil_unit >= 0 && l->affil < 0)
			l->affil_canon = en->units.v[f->affil_unit].canon;
		if (f->acronym_of >= 0)
			l->acronym_of = en->units.v[en->found.v[f->acronym_of].u0].cand;
		else if (f->acronym_unit >= 0)
			l->acronym_of = entities_unit_cand(en, f->acronym_unit);
	}
	for (i = en->role0; i < en->roles.n; i++)
		en->roles.v[i].affil = entities_unit_cand(en,
		    en->role_affil_unit.v[i - en->role0]);
}

static void
entities_free_state(struct ent *en)
{
	VEC_FREE(en->tt);
	VEC_FREE(en->fold);
	VEC_FREE(en->units);
	VEC_FREE(en->shape);
	VEC_FREE(en->found);
	VEC_FREE(en->role_affil_unit);
	VEC_FREE(en->headline);
}

/* Candidates of sentences [s, e). */
static void
entities_chunk(struct ent *en, size_t s, size_t e)
{
	const struct sentence *last = &en->d->sents.v[e - 1];

	en->tok0 = en->d->sents.v[s].tok_first;
	en->sent0 = s;
	en->headline.n = 0;
	en->role0 = en->roles.n;
	en->units.n = en->shape.n = en->found.n = en->role_affil_unit.n = 0;
	en->present[0] = en->present[1] = 0;
	entities_fold(en, last->tok_first + last->tok_count);
	for (; s < e; s++) {
		entities_sentence_units(en, (int)s);
		*VEC_PUSH(en->headline) = entities_headline(en, s);
	}
	entities_shapes(en);
	entities_cands(en);
	entities_link(en);
}

/* Hand the candidates and roles over to the document, for coref. */
static void
entities_leave(struct ent *en)
{
	struct coref_input *in = xmalloc(sizeof *in);

	in->c = en->cands.v;
	in->n = en->cands.n;
	in->links = en->links.v;
	in->nlinks = en->links.n;
	in->roles = en->roles.v;
	in->nroles = en->roles.n;
	coref_input_free(en->d->cands);
	en->d->cands = in;
}

void
entities_run(struct doc *d, const struct lexicon *lx)
{
	struct ent en;
	size_t s, e, n;

	memset(&en, 0, sizeof en);
	en.d = d;
	en.lx = lx;
	for (s = 0; s < d->ents.n; s++) {	/* a second run starts afresh */
		free(d->ents.v[s].name);
		free(d->ents.v[s].role);
	}
	d->mentions.n = 0;
	d->ents.n = 0;
	coref_input_free(d->cands);
	d->cands = NULL;
	if (lx == NULL)
		return;
	entities_compile();
	/* a candidate every 60-70 bytes of news: room made once, not doubled
	 * through the heap, where the copies outlived it */
	en.cands.v = vec_grow(en.cands.v, &en.cands.cap, d->len / 64 + 16,
	    sizeof *en.cands.v);
	for (s = 0; s < d->sents.n; s = e) {
		for (e = s, n = 0; e < d->sents.n && n < 1024; e++)
			n += d->sents.v[e].tok_count;
		entities_chunk(&en, s, e);
	}
	entities_leave(&en);
	entities_free_state(&en);
}
