/*
 * entities_shapes.c: the shapes of names over a chunk's shape string:
 * pcre2 patterns, compiled once for all threads and JIT-compiled, each
 * with the unit classes it cannot match without and the function that
 * takes its matches (titled names, appositions, honorifics, companies by
 * their legal suffixes or a company noun, vessels, roles, descriptions
 * such as "the Chinese firm", acronyms), run in order of trust. Each
 * shape is one entry {name, needs, src, try} of the table at the end of
 * this file, and entities_shape is the one loop that runs them. Names of
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

#define NM "(?:F[SCDK]|(?:[FNIY]|Z(?=n{0,2}[FN]))(?:n{0,2}[FNZMIY]|(?<=[FI])n{0,2}L|r)*)"
#define AFF "[CDOKZMPE]"
#define ROLE "[mug]{0,3}T(?:[mu]{0,2}T)?"
#define OW "[NFAZuROYDLCQ2WX]"

/* A shape: the pattern over the shape string and what a match does. */
typedef int (*shape_cb)(struct ent *);
struct shape {
	const char *name;	/* what it finds, for a reader of the table */
	/* classes it cannot match without (all of them): to skip a chunk */
	const char *needs;
	const char *src;	/* the pcre2 pattern */
	/*
	 * A class every match holds at most lead units from its start (0:
	 * none): the search starts lead units before the next such unit,
	 * not at every unit of a chunk that has few of them, and a match
	 * must start by that unit (or by a later one). A lead of -1: the
	 * units before the anchor a match holds are of the classes of run,
	 * and it starts in their run. With then set, only an anchor with a
	 * unit of class then at most within units after it counts: every
	 * match's first anchor has one.
	 */
	char anchor;
	int lead;
	const char *run;
	char then;
	int within;
	/* on a match: 1 taken, 2 to be skipped whole, 0 try one unit later */
	shape_cb try;
};

/* The table of shapes is at the end, after the shapes' try functions. */

/* pcre2 writes each match into its match data: one per thread (--jobs),
 * freed by shape_key's destructor when the thread ends, with the match
 * context that bounds where an anchored shape's match may start. */
static _Thread_local pcre2_match_data *shape_md;
static _Thread_local pcre2_match_context *shape_mc;
static pthread_once_t shape_once = PTHREAD_ONCE_INIT;
static pthread_key_t shape_key;

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

/* Has title unit u a word that bodies other than companies use (chairman)? */
static int
entities_body_title(const struct ent *en, const struct unit *u)
{
	uint32_t k;

	for (k = u->tok; k < u->tok + u->ntok; k++)
		if (entities_tok_in(en->d, en->lx, &en->d->toks.v[k],
		    WC_BODY_TITLE))
			return 1;
	return 0;
}

/*
 * The affiliation before a company's role, when it is a name no lexicon
 * knows (Kestrol chief executive Ann Roe, Kestrol's chairman Ann Roe): a
 * company, found here from its first capitalised unit; the unit it starts
 * at, or aff unchanged. Not before a chairman or a founder: committees and
 * charities have them too (Oversight Chairman Jane Roe).
 */
static int
entities_role_company(struct ent *en, int aff, uint32_t r0, uint32_t r1)
{
	uint32_t a = (uint32_t)aff, i;
	const struct unit *u;

	if (aff < 0 || en->units.v[a].canon >= 0 ||
	    !entities_in(en->units.v[a].cls, "NA"))
		return aff;
	for (i = r0; i < r1; i++)
		if (en->units.v[i].cls == 'T')
			break;
	if (i == r1 || en->units.v[i].tclass != TITLE_CORPORATE ||
	    entities_body_title(en, &en->units.v[i]))
		return aff;
	while (a > 0 && (u = &en->units.v[a - 1])->sent ==
	    en->units.v[aff].sent && entities_in(u->cls, "NFA") &&
	    u->canon < 0)
		a--;
	if (!entities_free(en, a, (uint32_t)aff + 1))
		return aff;
	entities_found(en, a, (uint32_t)aff + 1, CAND_NAME, ENT_COMPANY);
	return (int)a;
}

/*
 * The affiliation of a role after a place (California attorney general
 * Ann Roe, Ontario premier Tom Vale): the state or province whose
 * government the head or minister serves, found here as a body; any
 * other role (a Paris correspondent) has none from the place, nor a
 * place that ends a body's name (the Y Party of Ontario cabinet minister
 * Ann Roe). The unit it starts at, aff unchanged, or -1.
 */
static int
entities_role_place(struct ent *en, int aff, uint32_t r0, uint32_t r1)
{
	uint32_t i;

	if (aff < 0 || en->units.v[aff].cls != 'L')
		return aff;
	for (i = r0; i < r1 && en->units.v[i].cls != 'T'; i++)
		;
	if (i == r1 || (en->units.v[i].tclass != TITLE_HEAD &&
	    en->units.v[i].tclass != TITLE_MINISTER) || (aff > 0 &&
	    entities_in(en->units.v[aff - 1].cls, "of")) ||
	    !entities_free(en, (uint32_t)aff, (uint32_t)aff + 1))
		return -1;
	entities_found(en, (uint32_t)aff, (uint32_t)aff + 1, CAND_NAME,
	    ENT_ORGANISATION);
	return aff;
}

/* A titled person: name units, role units and affiliation. */
static int
entities_titled(struct ent *en, int gname, int grole, int gaff1, int gaff2,
    int gits)
{
	uint32_t a, b, r0, r1, i0, i1;
	struct found *f;
	int aff;

	if (!entities_group(gname, &a, &b) || !entities_group(grole, &r0, &r1) ||
	    !entities_free(en, a, b) || !entities_free(en, r0, r1))
		return 0;
	aff = entities_role_place(en, entities_role_company(en,
	    entities_affil(gaff1, gaff2), r0, r1), r0, r1);
	f = entities_found(en, a, b, CAND_NAME, ENT_OFFICIAL);
	f->r0 = r0;
	f->r1 = r1;
	f->affil_unit = aff;
	f->its = entities_group(gits, &i0, &i1);
	entities_claim(en, r0, r1);
	return 1;
}

/*
 * Is the name in [a, b) a word of a body's name: a head or a known body
 * right after it, or a plural's possessive and a head (the secretary of
 * the Bakers Union, of the Farmers' Union: no official 'Farmers'; but
 * Roe's Party is Roe's)?
 */
static int
entities_name_in_body(const struct ent *en, uint32_t a, uint32_t b)
{
	const struct unit *u = en->units.v;
	const struct token *t;

	if (b >= en->units.n || b <= a || u[b].sent != u[a].sent)
		return 0;
	if (entities_in(u[b].cls, "RO"))
		return 1;
	if (b + 1 >= en->units.n || u[b].cls != 's' || u[b + 1].cls != 'R')
		return 0;
	t = &en->d->toks.v[u[b].tok];
	return en->d->text[tok_end(t) - 1] != 's' &&
	    en->d->text[tok_end(t) - 1] != 'S';
}

static int
shape_title_name(struct ent *en)
{
	uint32_t a, b;

	if (entities_group(5, &a, &b) && entities_name_in_body(en, a, b))
		return 0;	/* the Farmers' Union */
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

/*
 * Does the run of name words before unit a follow "of" or "for" after a
 * body's head (the Institute for Climate Impact Research)? A company's
 * head there ends the body's name.
 */
static int
entities_in_body_name(const struct ent *en, uint32_t a)
{
	while (a > 0 && entities_in(en->units.v[a - 1].cls, "NFAuCDYLZ"))
		a--;
	if (a > 0 && en->units.v[a - 1].cls == 'a')
		a--;
	return a >= 2 && entities_in(en->units.v[a - 1].cls, "of") &&
	    entities_in(en->units.v[a - 2].cls, "RO");
}

static int
shape_company(struct ent *en)
{
	uint32_t a, b;

	if (entities_group(1, &a, &b) && entities_in_body_name(en, a))
		return 0;
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
	    entities_in(en->units.v[b].cls, "ve"))
		return 0;	/* at a law firm, Jane Roe said: no company */
	for (i = (uint32_t)ov[0]; i < a; i++)
		if (entities_in(en->units.v[i].cls, "MLN"))
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
	    entities_in(en->units.v[b].cls, "vew"))
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
	p->role_end = tok_end(&en->d->toks.v[en->units.v[r1 - 1].tok +
	    en->units.v[r1 - 1].ntok - 1]);
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

/*
 * The shapes, in order of trust: each tried over the whole chunk before
 * the next. Acronyms follow the names they abbreviate, and come before
 * lone names. A new shape is one entry here.
 */
static const struct shape shapes[] = {
	{ .name = "city, state",	/* Atlanta, Georgia: a place, not a country */
	  .needs = ",", .src = "[NL],([CZ])", .try = shape_city_state },
	{ .name = "vessel",		/* the cargo ship Tern Aurora: no party */
	  .needs = "aV",
	  .src = "a(?:[wmub]|[LN]){0,2}V[VJ]?,?((?:[NFAZIY2u]|r)+)",
	  .anchor = 'V', .lead = 3, .try = shape_vessel },
	{ .name = "title name",		/* US national security adviser Robert O'Brien */
	  /* Chile's envoy to Peru, Ana Roe; its chief executive Ana Roe;
	   * Ontario premier Ana Roe; Judge Lord Roe */
	  .needs = "T",
	  .src = "(?:(" AFF "|[NAJgL])s?|(i))?(" ROLE ")"
	    "(?:oa?(" AFF ")|p[CZM])?,?(?:H(?=[FN]))?(" NM ")",
	  .anchor = 'T', .lead = 5, .try = shape_title_name },
	{ .name = "apposition",		/* Robert O'Brien, the national security adviser */
	  .needs = "T,",
	  .src = "(" NM "),(?:a|(i))?[mu]{0,2}(?:(" AFF ")s?)?"
	    "(" ROLE ")(?:oa?(" AFF ")|p[CZM])?",
	  /* its first comma ends the name (no comma in NM), the title
	   * at most nine units after */
	  .anchor = ',', .lead = -1, .run = "FSCDKNIYZnMLr", .then = 'T',
	  .within = 9,
	  .try = shape_apposition },
	{ .name = "honorific",		/* Mr O'Brien */
	  .needs = "H", .src = "H(" NM "|[SZMN])",
	  .anchor = 'H', .lead = 0, .try = shape_honorific },
	{ .name = "legal",		/* Acme Holdings */
	  /* not the Department of Natural Resources, the Coal Association,
	   * the Council for Economic Research, nor Marine Research and
	   * Engineers of Norway; two heads are one name too (Capital
	   * Economics) */
	  .needs = "X",
	  .src = "(?<!R[of])(?<!R[of]a)((?:[CNFAZuYL]|X(?=X))"
	    "(?:[CDNFAZuXYL]|(?<!X)&)*X)(?![NFAZuRXOY]|&[NFAZuY]+[of])",
	  .try = shape_company },
	{ .name = "company before",	/* the company Acme */
	  .needs = "aJ",
	  .src = "a(?:[wmub]|[CDLMN]){0,3}J,?([NFA]{1,3})(?![NFAZI])",
	  .anchor = 'J', .lead = 4, .try = shape_described },
	{ .name = "company before, bare",	/* US carmaker Acme, oil giant Acme */
	  /* no article: the description opens where no name stands */
	  .needs = "J",
	  .src = "(?<![NFAZOKPEsTa])(?:[wmb]|[CDL]){0,3}J([NFA]{1,3})(?![NFAZI])",
	  .anchor = 'J', .lead = 3, .try = shape_described },
	{ .name = "company after",	/* Acme, a Shenzhen-based firm */
	  /* not Ann Roe, the company's chief quality officer: its person;
	   * not inside a body's name (Alliance for Safe Roads, a group) */
	  .needs = "aJ,",
	  .src = "(?<!R[of])(?<!R[of][NFA])(?<!R[of][NFA]{2})"
	    "([NFA]{1,3}),a(?:[wmub]|[CD]){0,3}J(?!s|[mu]*T)",
	  .anchor = 'J', .lead = 8, .try = shape_described },
	{ .name = "organisation",	/* Liberal Party of Canada */
	  .needs = "",
	  /* a plural noun and a possessive may open it (People's Bank); a
	   * title's word may follow "of" (Court of Justice); after "of", a
	   * list of fields (Ministry of Economy, Trade and Industry) */
	  .src = "([CDZuK]?(?:" OW "|S(?=s" OW "))(?:" OW "|S)*"
	    "(?:(?:[of]a?|&)(?:" OW "|T(?![HFNITEPZ]))(?:" OW "|S)*"
	    "|(?<=[NARYSu]),(?=(?:[Nu]+,)*[Nu]+&[Nu])[Nu]+"
	    "|(?<=[NARYS])s(?:" OW "|S)+)*)",
	  .try = shape_org },
	{ .name = "role",		/* a title with no name: a US official */
	  .needs = "T", .src = "(?:(" AFF ")s?)?(" ROLE ")",
	  .anchor = 'T', .lead = 5, .try = shape_role },
	{ .name = "nominal",		/* the (Chinese) firm; not the business of governing */
	  .needs = "aJ", .src = "a[wmub]{0,3}([CD])?[wmu]?(J)(?!o)",
	  .anchor = 'J', .lead = 6, .try = shape_nominal },
	{ .name = "government",		/* the (UK) government */
	  .needs = "ag", .src = "a(?:([CD])s?)?[wm]?(g)",
	  .anchor = 'g', .lead = 4, .try = shape_government },
	{ .name = "agents",		/* US officials, Huawei executives */
	  .needs = "G", .src = "([CDOKM])s?[mu]{0,2}(G)",
	  .anchor = 'G', .lead = 4, .try = shape_agents },
	{ .name = "acronym",		/* (MpS) after a name */
	  .needs = "()", .src = "\\(([AN])\\)",
	  .anchor = '(', .lead = 0, .try = shape_acronym },
	{ .name = "name",		/* any other run of capitalised words */
	  .needs = "", .src = "(" NM ")", .try = shape_name },
};
#define SHAPES_N (sizeof shapes / sizeof shapes[0])

static pcre2_code *shape_code[SHAPES_N];

static void
entities_md_free(void *md)
{
	pcre2_match_data_free(md);
	pcre2_match_context_free(shape_mc);	/* the thread's own */
	shape_mc = NULL;
}

/* Compile the shape patterns, once for all threads. */
static void
entities_compile_once(void)
{
	int i, err;
	PCRE2_SIZE off;

	for (i = 0; i < (int)SHAPES_N; i++) {
		shape_code[i] = pcre2_compile((PCRE2_SPTR)shapes[i].src,
		    PCRE2_ZERO_TERMINATED, shapes[i].anchor != 0 ?
		    PCRE2_USE_OFFSET_LIMIT : 0, &err, &off, NULL);
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
	shape_mc = pcre2_match_context_create(NULL);
	if (shape_md == NULL || shape_mc == NULL)
		abort();
	pthread_setspecific(shape_key, shape_md);
}


/*
 * Where shape sh's search from unit start may begin: lead units before
 * its anchor's next unit, *at (a match starting earlier would hold an
 * anchor before that one); the shape string's length if there is none.
 */
static PCRE2_SIZE
entities_anchor(const struct ent *en, const struct shape *sh,
    PCRE2_SIZE start, PCRE2_SIZE *at)
{
	const char *a = en->shape.v + start, *end = en->shape.v + en->shape.n;
	size_t n;

	for (;; a++) {
		if ((a = memchr(a, sh->anchor, (size_t)(end - a))) == NULL)
			return en->shape.n;
		n = (size_t)(end - a - 1);
		if (sh->then == 0 || memchr(a + 1, sh->then,
		    n < (size_t)sh->within ? n : (size_t)sh->within) != NULL)
			break;
	}
	*at = (PCRE2_SIZE)(a - en->shape.v);
	if (sh->lead < 0) {	/* the run of units before it */
		while (a > en->shape.v + start && a[-1] != '\0' &&
		    strchr(sh->run, a[-1]) != NULL)
			a--;
		return (PCRE2_SIZE)(a - en->shape.v);
	}
	return *at - start > (PCRE2_SIZE)sh->lead ?
	    *at - (PCRE2_SIZE)sh->lead : start;
}

/*
 * Run shape i over the whole shape string, calling its try for each
 * match: the one loop through which shapes find names. An anchored
 * shape's search stops at its anchor's unit (pcre2's offset limit: no
 * match starts after it that holds this anchor), and goes on from the
 * next anchor, not through the rest of the chunk.
 */
static void
entities_shape(struct ent *en, size_t i)
{
	const struct shape *sh = &shapes[i];
	PCRE2_SIZE start = 0, at = 0, *ov;
	pcre2_match_context *mc = NULL;
	const char *need;
	int r;

	for (need = sh->needs; *need != '\0'; need++)
		if (!((en->present[(*need >> 6) & 1] >> (*need & 63)) & 1))
			return;		/* the chunk has no unit it needs */
	while (start < en->shape.n) {
		if (sh->anchor != 0) {
			if ((start = entities_anchor(en, sh, start, &at)) >=
			    en->shape.n)
				break;
			pcre2_set_offset_limit(mc = shape_mc, at);
		}
		r = pcre2_jit_match(shape_code[i], (PCRE2_SPTR)en->shape.v,
		    en->shape.n, start, 0, shape_md, mc);
		if (r == PCRE2_ERROR_JIT_BADOPTION)
			r = pcre2_match(shape_code[i], (PCRE2_SPTR)en->shape.v,
			    en->shape.n, start, 0, shape_md, mc);
		if (r == PCRE2_ERROR_NOMATCH && mc != NULL) {
			start = at + 1;	/* none up to this anchor */
			continue;
		}
		if (r < 0)
			break;
		ov = pcre2_get_ovector_pointer(shape_md);
		/* 1: taken, 2: to be skipped whole, 0: try one unit later */
		r = sh->try(en);
		if (r != 0 && ov[1] > ov[0])
			start = ov[1];
		else
			start = ov[0] + 1;
	}
}


/* Run every shape in order of trust. */
void
entities_shapes(struct ent *en)
{
	size_t i;

	entities_metonyms(en);
	entities_shouting(en);
	entities_inline_heading(en);
	entities_quoted_titles(en);
	entities_small_party(en);
	if ((en->present[('R' >> 6) & 1] >> ('R' & 63)) & 1)
		entities_on_bodies(en);
	for (i = 0; i < SHAPES_N; i++)
		entities_shape(en, i);
}
