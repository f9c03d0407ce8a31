/*
 * entities_shapes.c: the shapes of names over a chunk's shape string:
 * pcre2 patterns, compiled once for all threads and JIT-compiled, each
 * with the unit classes it cannot match without and the function that
 * takes its matches (titled names, appositions, honorifics, companies by
 * their legal suffixes or a company noun, vessels, roles, descriptions
 * such as "the Chinese firm", acronyms), run in order of trust. Names of
 * people are taken in entities_names.c, of bodies in entities_org.c.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "entities_int.h"
#include "entities_names.h"
#include "entities_org.h"
#include "entities_passes.h"
#include "entities_shapes.h"
#include "entities_units.h"
#include "segment.h"
#include "util.h"

static int
entities_definite(const struct ent *en);

/* ---------------------------------------------------------------- shapes */

#define NM "(?:F[SCDK]|(?:[FNIY]|Z(?=n{0,2}[FN]))(?:n{0,2}[FNZMIY]|r)*)"
#define AFF "[CDOKZMPE]"
#define ROLE "[mug]{0,3}T(?:[mu]{0,2}T)?"
#define OW "[NFAZuROYDLCQ2WX]"

enum shape_id {
	SHAPE_CITY_STATE,	/* Atlanta, Georgia: a place, not a country */
	SHAPE_VESSEL,		/* the cargo ship Tern Aurora: no party */
	SHAPE_TITLE_NAME,	/* US national security adviser Robert O'Brien */
	SHAPE_APPOSITION,	/* Robert O'Brien, the national security adviser */
	SHAPE_HONORIFIC,	/* Mr O'Brien */
	SHAPE_LEGAL,		/* Acme Holdings */
	SHAPE_CO_BEFORE,	/* the company Acme */
	SHAPE_CO_AFTER,		/* Acme, a Shenzhen-based firm */
	SHAPE_ORG,		/* Liberal Party of Canada */
	SHAPE_NAME,		/* any other run of capitalised words */
	SHAPE_ROLE,		/* a title with no name: a US official */
	SHAPE_NOMINAL,		/* the (Chinese) firm */
	SHAPE_GOVERNMENT,	/* the (UK) government */
	SHAPE_AGENTS,		/* US officials, Huawei executives */
	SHAPE_ACRONYM,		/* (MpS) after a name */
	SHAPE_N
};

/* Classes a shape cannot match without (all of them): to skip a chunk. */
static const char *const shape_needs[SHAPE_N] = {
	[SHAPE_CITY_STATE] = ",", [SHAPE_VESSEL] = "aV", [SHAPE_TITLE_NAME] = "T",
	[SHAPE_APPOSITION] = "T,", [SHAPE_HONORIFIC] = "H", [SHAPE_LEGAL] = "X",
	[SHAPE_CO_BEFORE] = "aJ", [SHAPE_CO_AFTER] = "aJ,", [SHAPE_ORG] = "",
	[SHAPE_NAME] = "", [SHAPE_ROLE] = "T", [SHAPE_NOMINAL] = "aJ",
	[SHAPE_GOVERNMENT] = "ag", [SHAPE_AGENTS] = "G", [SHAPE_ACRONYM] = "()",
};

static const char *const shape_src[SHAPE_N] = {
	[SHAPE_CITY_STATE] = "[NL],([CZ])",
	[SHAPE_VESSEL] = "a(?:[wmub]|[LN]){0,2}V[VJ]?,?((?:[NFAZIY2u]|r)+)",
	/* Chile's envoy to Peru, Ana Roe; its chief executive Ana Roe */
	[SHAPE_TITLE_NAME] = "(?:(" AFF "|[NAJg])s?|(i))?(" ROLE ")"
	    "(?:oa?(" AFF ")|p[CZM])?,?(" NM ")",
	[SHAPE_APPOSITION] = "(" NM "),(?:a|(i))?[mu]{0,2}(?:(" AFF ")s?)?"
	    "(" ROLE ")(?:oa?(" AFF ")|p[CZM])?",
	[SHAPE_HONORIFIC] = "H(" NM "|[SZMN])",
	/* not the Department of Natural Resources, the Coal Association */
	[SHAPE_LEGAL] = "(?<!Ro)(?<!Roa)([CNFAZuY](?:[CDNFAZuXY]|(?<!X)&)*X)"
	    "(?![NFAZuRXOY])",
	[SHAPE_CO_BEFORE] = "a(?:[wmub]|[CDLMN]){0,3}J,?([NFA]{1,3})(?![NFAZI])",
	[SHAPE_CO_AFTER] = "([NFA]{1,3}),a(?:[wmub]|[CD]){0,3}J(?![mu]*T)",
	[SHAPE_ORG] = "([CDZuK]?" OW "(?:" OW "|S)*"
	    "(?:(?:[of]a?|&)" OW "(?:" OW "|S)*|(?<=[NARYS])s(?:" OW "|S)+)*)",
	[SHAPE_NAME] = "(" NM ")",
	[SHAPE_ROLE] = "(?:(" AFF ")s?)?(" ROLE ")",
	[SHAPE_NOMINAL] = "a[wmub]{0,3}([CD])?[wmu]?(J)",
	[SHAPE_GOVERNMENT] = "a(?:([CD])s?)?[wm]?(g)",
	[SHAPE_AGENTS] = "([CDOKM])s?[mu]{0,2}(G)",
	[SHAPE_ACRONYM] = "\\(([AN])\\)",
};

static pcre2_code *shape_code[SHAPE_N];
/* pcre2 writes each match into its match data: one per thread (--jobs),
 * freed by shape_key's destructor when the thread ends. */
static _Thread_local pcre2_match_data *shape_md;
static pthread_once_t shape_once = PTHREAD_ONCE_INIT;
static pthread_key_t shape_key;

static void
entities_md_free(void *md)
{
	pcre2_match_data_free(md);
}

/* Compile the shape patterns, once for all threads. */
static void
entities_compile_once(void)
{
	int i, err;
	PCRE2_SIZE off;

	for (i = 0; i < SHAPE_N; i++) {
		shape_code[i] = pcre2_compile((PCRE2_SPTR)shape_src[i],
		    PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
		if (shape_code[i] == NULL)
			abort();	/* a bug in the table above */
		pcre2_jit_compile(shape_code[i], PCRE2_JIT_COMPLETE);
	}
	if (pthread_key_create(&shape_key, entities_md_free) != 0)
		abort();
}

/* The patterns, and this thread's match data. */
void
entities_compile(void)
{
	pthread_once(&shape_once, entities_compile_once);
	if (shape_md != NULL)
		return;
	shape_md = pcre2_match_data_create(8, NULL);
	pthread_setspecific(shape_key, shape_md);
}

/* Group g of the last match as units [*a, *b); 0 if it did not take part. */
int
entities_group(int g, uint32_t *a, uint32_t *b)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);

	if (ov[2 * g] == PCRE2_UNSET)
		return 0;
	*a = (uint32_t)ov[2 * g];
	*b = (uint32_t)ov[2 * g + 1];
	return 1;
}

struct found *
entities_found(struct ent *en, uint32_t a, uint32_t b, enum cand_what w,
    enum ent_type t)
{
	struct found *f = VEC_PUSH(en->found);

	memset(f, 0, sizeof *f);
	f->u0 = a;
	f->u1 = b;
	f->what = w;
	f->type = t;
	f->affil_unit = -1;
	f->acronym_of = -1;
	f->acronym_unit = -1;
	f->country_unit = -1;
	entities_claim(en, a, b);
	en->units.v[b - 1].fend = (int)en->found.n - 1;
	en->units.v[a].fstart = (int)en->found.n - 1;
	return f;
}

typedef int (*shape_cb)(struct ent *);

/* Run pattern id over the whole shape string, calling cb for each match. */
static void
entities_shape(struct ent *en, enum shape_id id, shape_cb cb)
{
	PCRE2_SIZE start = 0, *ov;
	const char *need;
	int r;

	for (need = shape_needs[id]; *need != '\0'; need++)
		if (!((en->present[(*need >> 6) & 1] >> (*need & 63)) & 1))
			return;		/* the chunk has no unit it needs */
	while (start < en->shape.n) {
		r = pcre2_jit_match(shape_code[id], (PCRE2_SPTR)en->shape.v,
		    en->shape.n, start, 0, shape_md, NULL);
		if (r == PCRE2_ERROR_JIT_BADOPTION)
			r = pcre2_match(shape_code[id], (PCRE2_SPTR)en->shape.v,
			    en->shape.n, start, 0, shape_md, NULL);
		if (r < 0)
			break;
		ov = pcre2_get_ovector_pointer(shape_md);
		/* 1: taken, 2: to be skipped whole, 0: try one unit later */
		r = cb(en);
		if (r != 0 && ov[1] > ov[0])
			start = ov[1];
		else
			start = ov[0] + 1;
	}
}

/* The affiliation unit of groups g1 or g2 of the last match, or -1. */
static int
entities_affil(int g1, int g2)
{
	uint32_t a, b;

	if (g1 > 0 && entities_group(g1, &a, &b))
		return (int)a;
	if (g2 > 0 && entities_group(g2, &a, &b))
		return (int)a;
	return -1;
}

static int
shape_city_state(struct ent *en)
{
	uint32_t a, b;

	if (!entities_group(1, &a, &b) || !en->units.v[a].place ||
	    !entities_free(en, a, b))
		return 0;
	en->units.v[a].cls = 'L';
	entities_claim(en, a, b);
	return 1;
}

/* A titled person: name units, role units and affiliation. */
static int
entities_titled(struct ent *en, int gname, int grole, int gaff1, int gaff2,
    int gits)
{
	uint32_t a, b, r0, r1, i0, i1;
	struct found *f;

	if (!entities_group(gname, &a, &b) || !entities_group(grole, &r0, &r1) ||
	    !entities_free(en, a, b) || !entities_free(en, r0, r1))
		return 0;
	f = entities_found(en, a, b, CAND_NAME, ENT_OFFICIAL);
	f->r0 = r0;
	f->r1 = r1;
	f->affil_unit = entities_affil(gaff1, gaff2);
	f->its = entities_group(gits, &i0, &i1);
	entities_claim(en, r0, r1);
	return 1;
}

static int
shape_title_name(struct ent *en)
{
	return entities_titled(en, 5, 3, 1, 4, 2);
}

static int
shape_apposition(struct ent *en)
{
	return entities_titled(en, 1, 4, 3, 5, 2);
}

static int
shape_honorific(struct ent *en)
{
	uint32_t a, b;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	a = entities_name_start(en, a, b);
	entities_found(en, a, b, CAND_NAME, ENT_PERSON)->honorific = 1;
	return 1;
}

static int
shape_company(struct ent *en)
{
	return entities_named(en, ENT_COMPANY);
}

/*
 * Is the description's head in the last match a noun that also names a
 * person's trade (a property developer, a film producer)?
 */
static int
entities_trade_noun(const struct ent *en)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);
	size_t i;

	for (i = ov[0]; i < ov[1]; i++)
		if (en->units.v[i].cls == 'J' && entities_tok_in(en->d, en->lx,
		    &en->d->toks.v[en->units.v[i].tok], WC_TRADE_NOUN))
			return 1;
	return 0;
}

/*
 * A company beside a description (the firm Acme, Acme, a Lisbon firm);
 * but a given name and a surname beside a person's trade (Tim Vale, a
 * property developer) are a person.
 */
static int
shape_described(struct ent *en)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);
	uint32_t a, b, i;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	if (a > 0 && en->units.v[a - 1].cls == ',' && ov[1] == b &&
	    !entities_definite(en) && b < en->units.n &&
	    strchr("ve", en->units.v[b].cls) != NULL)
		return 0;	/* at a law firm, Jane Roe said: no company */
	for (i = (uint32_t)ov[0]; i < a; i++)
		if (strchr("MLN", en->units.v[i].cls) != NULL)
			en->units.v[i].claimed = 1;	/* the Lisbon firm: a place */
	if (entities_plain_name(en, a, b) && entities_trade_noun(en))
		return entities_named(en, ENT_PERSON);
	return entities_named(en, ENT_COMPANY);
}

/* A vessel's or craft's name (the tanker Eagle Dawn): no party. */
static int
shape_vessel(struct ent *en)
{
	uint32_t a, b;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	if (b - a == 1 && b < en->units.n &&
	    strchr("vew", en->units.v[b].cls) != NULL)
		return 0;	/* the plane Vale flew: Vale is no plane */
	entities_claim(en, a, b);
	return 1;
}

/* Go on looking for shapes after unit u, not after the whole match. */
void
entities_resume(uint32_t u)
{
	pcre2_get_ovector_pointer(shape_md)[1] = u;
}

static int
shape_role(struct ent *en)
{
	uint32_t r0, r1;
	struct pending_role *p;

	if (!entities_group(2, &r0, &r1) || !entities_free(en, r0, r1))
		return 0;
	if (en->units.v[r1 - 1].tclass == TITLE_HONORIFIC)
		return 0;
	if (r1 < en->units.n && en->units.v[r1].cls == 'v') {
		entities_claim(en, r0, r1);
		return 1;	/* "a ministry spokesman said": nobody named */
	}
	p = VEC_PUSH(en->roles);
	p->role_start = en->d->toks.v[en->units.v[r0].tok].start;
	p->role_end = en->d->toks.v[en->units.v[r1 - 1].tok +
	    en->units.v[r1 - 1].ntok - 1].end;
	p->affil = -1;
	p->sent = en->units.v[r0].sent;
	*VEC_PUSH(en->role_affil_unit) = entities_affil(1, 0);
	entities_claim(en, r0, r1);
	return 1;
}

/* Is the article of the last match (unit at group 0's start) "the"? */
static int
entities_definite(const struct ent *en)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);
	const struct unit *u = &en->units.v[ov[0]];

	return segment_tok_is(en->d, &en->d->toks.v[u->tok], "the");
}

static int
entities_nominal(struct ent *en, enum ent_type t)
{
	uint32_t a, b, c0, c1;
	struct found *f;

	if (!entities_definite(en) || !entities_group(2, &a, &b) ||
	    !entities_free(en, a, b))
		return 0;
	if (b < en->units.n && en->units.v[b].fstart >= 0) {
		entities_claim(en, a, b);	/* the carrier Acme Systems */
		return 1;
	}
	f = entities_found(en, a, b, CAND_NOMINAL, t);
	if (entities_group(1, &c0, &c1))
		f->country_unit = (int)c0;
	return 1;
}

static int
shape_nominal(struct ent *en)
{
	return entities_nominal(en, ENT_COMPANY);
}

static int
shape_government(struct ent *en)
{
	return entities_nominal(en, ENT_COUNTRY);
}

/*
 * "US officials", "Chinese diplomats", "Huawei executives": a nominal
 * mention of the body they speak for, the named one before them.
 */
static int
shape_agents(struct ent *en)
{
	uint32_t a, b, c0, c1;
	struct found *f;

	if (!entities_group(2, &a, &b) || !entities_group(1, &c0, &c1) ||
	    !entities_free(en, a, b) || en->units.v[c0].canon < 0)
		return 0;
	f = entities_found(en, a, b, CAND_NOMINAL,
	    lexicon_canon(en->lx, en->units.v[c0].canon)->type);
	f->country_unit = (int)c0;
	f->direct = 1;
	return 1;
}

/* The name found by a shape that ends just before unit u, or -1. */
static int
entities_found_ending(const struct ent *en, uint32_t u)
{
	int f;

	if (u == 0 || (f = en->units.v[u - 1].fend) < 0)
		return -1;
	return en->found.v[f].what == CAND_NAME ? f : -1;
}

static int
shape_acronym(struct ent *en)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);
	uint32_t a, b, before = (uint32_t)ov[0];
	const struct unit *p;
	struct found *f;
	int of;

	if (before == 0 || !entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	p = &en->units.v[before - 1];
	of = entities_found_ending(en, before);
	if (of < 0 && (p->canon < 0 || lexicon_canon(en->lx, p->canon)->type ==
	    ENT_COUNTRY))
		return 0;
	if (of >= 0 && (en->found.v[of].type == ENT_PERSON ||
	    en->found.v[of].type == ENT_OFFICIAL))
		return 0;	/* Gov. Jane Roe (D): a party, no acronym */
	if (of >= 0)
		f = entities_found(en, a, b, CAND_NAME, en->found.v[of].type);
	else
		f = entities_found(en, a, b, CAND_LEXICON,
		    lexicon_canon(en->lx, p->canon)->type);
	if (of >= 0)
		f->acronym_of = of;
	else
		f->acronym_unit = (int)(before - 1);
	return 1;
}

/* Run every shape in order of trust. */
void
entities_shapes(struct ent *en)
{
	static const shape_cb cb[SHAPE_N] = {
		shape_city_state, shape_vessel, shape_title_name,
		shape_apposition, shape_honorific, shape_company,
		shape_described, shape_described,
		shape_org, shape_name, shape_role, shape_nominal,
		shape_government, shape_agents, shape_acronym
	};
	int i;

	entities_metonyms(en);
	entities_shouting(en);
	entities_small_party(en);
	if ((en->present[('R' >> 6) & 1] >> ('R' & 63)) & 1)
		entities_on_bodies(en);
	for (i = 0; i < SHAPE_N; i++)
		if (i != SHAPE_ACRONYM && i != SHAPE_NAME)
			entities_shape(en, (enum shape_id)i, cb[i]);
	/* acronyms follow the names they abbreviate, and before lone names */
	entities_shape(en, SHAPE_ACRONYM, cb[SHAPE_ACRONYM]);
	entities_shape(en, SHAPE_NAME, cb[SHAPE_NAME]);
}
