/*
 * speakers.c: who voiced each claim (claim.speaker) and whose position it
 * is (claim.party). A source is read through the entity mentions inside
 * it: a person or official first (Robert Smith, the minister), then a
 * company or body (a spokesman for Acme), then a country (US officials).
 * A source with no mention is a pronoun (he, it, they, who) or a
 * description (the company, the government): a person (he, she, who) is
 * the pronoun resolver's answer (pronoun.c); anything else the last
 * compatible speaker, else the latest compatible entity outside quotation
 * marks. An official speaks for their affiliation; anyone else for
 * themselves.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "pronoun.h"
#include "speakers.h"
#include "util.h"

#define SPEAKERS_LOOKBACK 400

/* The state of one pass over the claims in text order. */
struct speakers {
	struct doc *d;
	const struct lexicon *words;	/* word classes (words.tsv) */
	const struct lexicon *lx;	/* given names; may be NULL */
	int last[ENT_NTYPES];		/* the last speaker of each type */
	uint32_t lastpos[ENT_NTYPES];	/* where that speaker's cue began */
	unsigned char *spoke;		/* per entity: named as a source */
	int *home;			/* per entity: a country a source gave, or -1 */
	/*
	 * The officials with a role, by body: official_first[body + 1] is
	 * the first (body -1: tied to none), official_next[i] the next after
	 * i, in entity order; -1 ends. Looking for "the Tory leader" walked
	 * every entity for every source (2% of --json on 30 MB).
	 */
	int *official_first, *official_next;
	/* and the length of each listed official's role and its last
	 * letter made small, asked first (a strlen and a strncasecmp per
	 * official, per source, grew with the text) */
	size_t *role_len;
	unsigned char *role_last;
	struct pronoun pr;		/* he, she, who */
};

/* Entity types a pronoun or a description may refer to. */
#define SPK_PERSON	(1 << ENT_PERSON | 1 << ENT_OFFICIAL)
#define SPK_BODY	(1 << ENT_COUNTRY | 1 << ENT_COMPANY | 1 << ENT_ORGANISATION)
/* A title (the senator): an official, or a person given no title. */
#define SPK_TITLE	(SPK_PERSON | 1 << ENT_NTYPES)

/* The entity types each class of pronoun and description may refer to. */
static const struct {
	enum word_class cls;
	unsigned types;
} speakers_refs[] = {
	{ WC_REF_PERSON, SPK_PERSON },
	{ WC_REF_BODY, SPK_BODY },
	/* descriptions: the last word of the source */
	{ WC_REF_COMPANY, 1 << ENT_COMPANY },
	{ WC_REF_COUNTRY, 1 << ENT_COUNTRY },
	{ WC_REF_ORGANISATION, 1 << ENT_ORGANISATION },
	{ WC_REF_TITLE, SPK_TITLE },
	/* a spokesman or an adviser speaks for someone else: officials only */
	{ WC_REF_OFFICIAL, 1 << ENT_OFFICIAL },
};

/* Rank of an entity type as the voice of a source: lower is better. */
static int
speakers_rank(enum ent_type t)
{
	switch (t) {
	case ENT_OFFICIAL: return 0;
	case ENT_PERSON: return 1;
	case ENT_COMPANY: return 2;
	case ENT_ORGANISATION: return 2;
	default: return 3;
	}
}

/*
 * The entity an official's role and body point to (a US adviser, the Tory
 * leader); with body -1, the one official of that role tied to no body
 * (Founder Ann Roe ... The Acme founder), else -1.
 */
static int
speakers_named_official(const struct speakers *sp, int body, const char *head,
    size_t n)
{
	const struct doc *d = sp->d;
	size_t r;
	int i, found = -1;
	unsigned char last = n > 0 ?
	    (unsigned char)tolower((unsigned char)head[n - 1]) : 0;

	for (i = sp->official_first[body + 1]; i >= 0; i = sp->official_next[i]) {
		const struct entity *e = &d->ents.v[i];

		if ((r = sp->role_len[i]) < n ||
		    (n > 0 && sp->role_last[i] != last))
			continue;
		if (strncasecmp(e->role + r - n, head, n) != 0 ||
		    (r > n && isalpha((unsigned char)e->role[r - n - 1])))
			continue;
		if (body >= 0)
			return i;
		if (found >= 0)
			return -1;
		found = i;
	}
	return found;
}

/* Index the officials with a role by body (sp->official_first). */
static void
speakers_officials(struct speakers *sp)
{
	const struct doc *d = sp->d;
	size_t i;
	int a;

	sp->official_first = xmalloc((d->ents.n + 1) * sizeof *sp->official_first);
	sp->official_next = xmalloc((d->ents.n + 1) * sizeof *sp->official_next);
	sp->role_len = xmalloc((d->ents.n + 1) * sizeof *sp->role_len);
	sp->role_last = xmalloc(d->ents.n + 1);
	for (i = 0; i <= d->ents.n; i++)
		sp->official_first[i] = -1;
	for (i = d->ents.n; i-- > 0;) {
		const struct entity *e = &d->ents.v[i];

		a = e->affiliation;
		if (e->type != ENT_OFFICIAL || e->role == NULL || a < -1 ||
		    a >= (int)d->ents.n)
			continue;	/* a body out of range is never asked */
		sp->official_next[i] = sp->official_first[a + 1];
		sp->official_first[a + 1] = (int)i;
		sp->role_len[i] = strlen(e->role);
		sp->role_last[i] = sp->role_len[i] == 0 ? 0 : (unsigned char)
		    tolower((unsigned char)e->role[sp->role_len[i] - 1]);
	}
}

/* Does a mention start at byte off? */
static int
speakers_mention_starts(const struct doc *d, uint32_t off)
{
	size_t i = model_mention_at(d, off);

	return i < d->mentions.n && d->mentions.v[i].start == off;
}

/*
 * The last word of a source span, or the word before a place it holds
 * its seat for (the MP for Ealing North): start in *w, length returned.
 */
static size_t
speakers_head(const struct doc *d, const struct span *s, const char **w)
{
	size_t k = model_tok_over(d, s->end - 1), j;

	while (k > 0 && d->toks.v[k].start >= s->start &&
	    !(d->toks.v[k].flags & TOK_WORD))
		k--;
	if (k >= d->toks.n || d->toks.v[k].start < s->start)
		return 0;
	for (j = k; j > 0 && d->toks.v[j].start > s->start &&
	    (d->toks.v[j].flags & TOK_CAP); j--)
		;
	if (j < k && j > 0 && d->toks.v[j - 1].start >= s->start &&
	    tok_end(&d->toks.v[j]) - d->toks.v[j].start == 3 &&
	    strncmp(d->text + d->toks.v[j].start, "for", 3) == 0 &&
	    !speakers_mention_starts(d, d->toks.v[j + 1].start))
		k = j - 1;
	*w = d->text + d->toks.v[k].start;
	return tok_end(&d->toks.v[k]) - d->toks.v[k].start;
}

/* Is mention m followed by 's (Napier's lawyer)? */
static int
speakers_possessor(const struct doc *d, const struct mention *m)
{
	size_t k = model_tok_first(d, m->end);

	return k < d->toks.n && d->toks.v[k].start == m->end &&
	    (d->toks.v[k].flags & TOK_POSS);
}

/*
 * Does the source span name someone who speaks for entity e (Lopez
 * spokesman Dan Reyes; Ann Bell, a former Lopez aide): a person or
 * official whose affiliation is e?
 */
static int
speakers_principal(const struct doc *d, const struct span *s, int e)
{
	size_t i = model_mention_at(d, s->start);

	for (; i < d->mentions.n && d->mentions.v[i].end <= s->end; i++) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *en;

		if (m->entity < 0 || m->entity == e ||
		    (size_t)m->entity >= d->ents.n ||
		    m->kind == MENTION_PRONOUN)
			continue;
		en = &d->ents.v[m->entity];
		if ((en->type == ENT_PERSON || en->type == ENT_OFFICIAL) &&
		    en->affiliation == e)
			return 1;
	}
	return 0;
}

/*
 * The body whose name holds source span s, which starts inside it (A
 * group calling itself the Movement for the Freedom of the Vale Delta
 * said: a source cut at "the Vale Delta"), or -1.
 */
static int
speakers_enclosing(const struct doc *d, const struct span *s)
{
	size_t i = model_mention_at(d, s->start), back;

	for (back = 0; i-- > 0 && back < 8; back++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < s->start && m->end >= s->end && m->entity >= 0 &&
		    (size_t)m->entity < d->ents.n &&
		    m->kind != MENTION_PRONOUN && m->kind != MENTION_NOMINAL &&
		    (SPK_BODY & 1u << d->ents.v[m->entity].type) &&
		    d->ents.v[m->entity].type != ENT_COUNTRY)
			return m->entity;
	}
	return -1;
}

/* Is the word [w, w + n) a noun of bodies (union, bank, carmaker)? */
static int
speakers_body_noun(const struct speakers *sp, const char *w, size_t n)
{
	const struct lexicon_entry *e;

	if (n == 0 || n >= 24 || sp->words == NULL ||
	    (e = lexicon_word(sp->words, w, n)) == NULL)
		return 0;
	return lexicon_word_is(e, WC_ORG_HEAD) ||
	    lexicon_word_is(e, WC_COMPANY_NOUN);
}

/* The entity named inside a source span, or -1. */
static int
speakers_from_mentions(const struct speakers *sp, const struct span *s)
{
	const struct doc *d = sp->d;
	size_t i = model_mention_at(d, s->start), n;
	int best = -1, rank = 99, r, poss = 0;
	const char *head;

	if ((best = speakers_enclosing(d, s)) >= 0)
		return best;

	for (; i < d->mentions.n && d->mentions.v[i].end <= s->end; i++) {
		const struct mention *m = &d->mentions.v[i];

		/* pronouns are resolved here, by the last speaker */
		if (m->entity < 0 || (size_t)m->entity >= d->ents.n ||
		    m->kind == MENTION_PRONOUN)
			continue;
		/* Napier's lawyer Tony Kelly, Lopez spokesman Dan Reyes:
		 * the one spoken for speaks last */
		r = speakers_rank(d->ents.v[m->entity].type) +
		    10 * (speakers_possessor(d, m) ||
		    speakers_principal(d, s, m->entity));
		if (r < rank) {
			rank = r;
			best = m->entity;
			poss = speakers_possessor(d, m);
		}
	}
	/* Peru's biggest mining union: the one body named for the noun,
	 * not the country (Peru's foreign ministry, named for no body, is) */
	if (best >= 0 && d->ents.v[best].type == ENT_COUNTRY && poss &&
	    (n = speakers_head(d, s, &head)) > 0 && head[0] >= 'a' &&
	    head[0] <= 'z' && speakers_body_noun(sp, head, n) &&
	    (r = model_one_named_holding(d, head, n, 1u << ENT_COMPANY |
	    1u << ENT_ORGANISATION)) >= 0)
		return r;
	/* the US adviser, The Tory leader, The Acme founder: the official
	 * the text gave that title */
	if (best >= 0 && (SPK_BODY & 1u << d->ents.v[best].type) &&
	    (n = speakers_head(d, s, &head)) > 0 && (head[0] < 'A' || head[0] > 'Z')) {
		r = speakers_named_official(sp, best, head, n);
		if (r < 0 && d->ents.v[best].type != ENT_COUNTRY)
			r = speakers_named_official(sp, -1, head, n);
		if (r >= 0)
			return r;
	}
	return best;
}

/* Does the source open with the word w and a space (its, a)? */
static int
speakers_opens(const struct doc *d, const struct span *s, const char *w)
{
	size_t n = strlen(w);

	return s->end - s->start > n + 1 &&
	    strncasecmp(d->text + s->start, w, n) == 0 &&
	    d->text[s->start + n] == ' ';
}

/* Compatible types of a pronoun or description source, 0 if neither. */
static unsigned
speakers_ref_types(const struct speakers *sp, const struct span *s)
{
	const struct lexicon_entry *e;
	const char *w;
	size_t n = speakers_head(sp->d, s, &w), i;
	unsigned types = 0;

	if (n == 0 || n >= 24 || sp->words == NULL ||
	    (e = lexicon_word(sp->words, w, n)) == NULL)
		return 0;
	/* companies, parties: only the ones named (the two companies, both
	 * parties), not some (other companies said) */
	if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    !speakers_opens(sp->d, s, "the") &&
	    !speakers_opens(sp->d, s, "both") && !(s->start >= 4 &&
	    strncasecmp(sp->d->text + s->start - 4, "the ", 4) == 0))
		return 0;
	for (i = 0; i < sizeof speakers_refs / sizeof speakers_refs[0]; i++)
		if (lexicon_word_is(e, speakers_refs[i].cls))
			types |= speakers_refs[i].types;
	return types;
}


/* Is the first word of name a given name in the lexicon? */
static int
speakers_given_name(const struct speakers *sp, const char *name)
{
	const struct lexicon_entry *le;
	char buf[64];
	size_t n = strcspn(name, " ");

	if (sp->lx == NULL || n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, name, n);
	buf[n] = '\0';
	le = lexicon_find_text(sp->lx, buf);
	return le != NULL && (le->roles & LEX_FIRST);
}

/*
 * Is entity e typed a person but more likely a body the entity engine did
 * not know (Kestrel Logistics): no role, no affiliation, no given name?
 */
static int
speakers_body_as_person(const struct speakers *sp, int e)
{
	const struct entity *en = &sp->d->ents.v[e];

	return en->type == ENT_PERSON && en->role == NULL &&
	    en->affiliation < 0 && !speakers_given_name(sp, en->name);
}

/*
 * A body the entity engine typed a person, for "the company" or "its"
 * when no company is known: the latest one named outside quotes that was
 * itself a source or is named in this sentence or the one before.
 */
static int
speakers_body_fallback(const struct speakers *sp, uint32_t off)
{
	const struct doc *d = sp->d;
	size_t i = model_mention_at(d, off), n = 0, si = model_sent_at(d, off);
	uint32_t near = si > 0 && si <= d->sents.n ? d->sents.v[si - 1].start : 0;

	while (i > 0 && n++ < SPEAKERS_LOOKBACK) {
		const struct mention *m = &d->mentions.v[--i];

		if (m->entity < 0 || (size_t)m->entity >= d->ents.n ||
		    m->kind == MENTION_PRONOUN || m->kind == MENTION_NOMINAL ||
		    model_in_quote(d, m->start) ||
		    !speakers_body_as_person(sp, m->entity))
			continue;
		if (sp->spoke[m->entity] || m->start >= near)
			return m->entity;
	}
	return -1;
}

/*
 * "they" later in a sentence that opens with a body's name (Russian
 * prosecutors are forcing the sale, which they claim is owed): that
 * body, or -1.
 */
static int
speakers_they_subject(const struct speakers *sp, const struct span *s)
{
	const struct doc *d = sp->d;
	size_t si = model_sent_at(d, s->start), i;
	const struct sentence *st;

	if (s->end - s->start != 4 || strncasecmp(d->text + s->start, "they",
	    4) != 0 || si >= d->sents.n)
		return -1;
	st = &d->sents.v[si];
	i = model_mention_at(d, st->start);
	if (i >= d->mentions.n || d->mentions.v[i].start != st->start ||
	    d->mentions.v[i].end >= s->start || d->mentions.v[i].entity < 0 ||
	    !(SPK_BODY & 1u << d->ents.v[d->mentions.v[i].entity].type))
		return -1;
	return d->mentions.v[i].entity;
}

/*
 * Resolve a pronoun or a description at span s: a person (he, she, who)
 * by the pronoun resolver (pronoun.c); else the last compatible speaker,
 * else the latest compatible entity outside quotes; a body the entity
 * engine typed a person when no body is known.
 */
static int
speakers_refer(const struct speakers *sp, const struct span *s,
    unsigned types)
{
	const struct doc *d = sp->d;
	size_t at = 0, k;
	uint32_t sat;
	int best = -1, e;

	for (k = 0; k < ENT_NTYPES; k++)
		if ((types & 1u << k) && sp->last[k] >= 0 &&
		    (best < 0 || sp->lastpos[k] > sp->lastpos[best]))
			best = (int)k;
	/* the MP said, as he said: the subject of the sentence before... */
	if (types == SPK_PERSON || types == SPK_TITLE)
		return pronoun_person(&sp->pr, s, best >= 0 ? sp->last[best] :
		    -1, best >= 0 ? sp->lastpos[best] : 0);
	if ((e = speakers_they_subject(sp, s)) >= 0 && (types & 1u <<
	    d->ents.v[e].type))
		return e;
	/* it, as he: the subject of the sentence before, if named since
	 * the last of them spoke ("the company" is the latest named) */
	if (s->end - s->start == 2 && strncasecmp(d->text + s->start, "it",
	    2) == 0 &&
	    (e = pronoun_subject_before(&sp->pr, s->start, types, &sat)) >= 0 &&
	    (best < 0 || sat > sp->lastpos[best]))
		return e;
	if (best >= 0)
		return sp->last[best];
	e = pronoun_latest(d, s->start, types, &at);
	if (e < 0 && (types & 1u << ENT_COMPANY) && !(types & SPK_PERSON))
		e = speakers_body_fallback(sp, s->start);
	return e;
}

/* Does the source open with its or their (its chief executive)? */
static int
speakers_possessive(const struct doc *d, const struct span *s)
{
	return speakers_opens(d, s, "its") || speakers_opens(d, s, "their");
}

/*
 * Whom a person one speaks for speaks for (Trump's running mate: Trump's
 * party): an affiliation of a person that has one, else e.
 */
static int
speakers_party_of_person(const struct doc *d, int e)
{
	const struct entity *en = &d->ents.v[e];

	if ((en->type == ENT_OFFICIAL || en->type == ENT_PERSON) &&
	    en->affiliation >= 0 && (size_t)en->affiliation < d->ents.n &&
	    en->affiliation != e &&
	    (SPK_BODY & 1u << d->ents.v[en->affiliation].type))
		return en->affiliation;
	return e;
}

/*
 * The party of a speaker: an official's affiliation, or the country of a
 * government organ (the Scottish Executive), else the speaker.
 */
static int
speakers_party(const struct doc *d, int spk)
{
	const struct entity *e;

	if (spk < 0 || (size_t)spk >= d->ents.n)
		return -1;
	e = &d->ents.v[spk];
	if ((e->type == ENT_OFFICIAL || e->type == ENT_PERSON ||
	    e->type == ENT_ORGANISATION) &&
	    e->affiliation >= 0 && (size_t)e->affiliation < d->ents.n)
		return speakers_party_of_person(d, e->affiliation);
	return spk;
}


/* Is token k a title of state office (not corporate, not Mr.)? */
static int
speakers_office_word(const struct speakers *sp, size_t k)
{
	const struct token *t = &sp->d->toks.v[k];
	const struct lexicon_entry *le;
	char buf[48];
	size_t n = tok_end(t) - t->start;

	if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP))
		return 0;
	if (sp->lx == NULL)
		return pronoun_word_in(sp->d, sp->words, k, WC_OFFICE, 0);
	if (n >= sizeof buf)
		return 0;
	memcpy(buf, sp->d->text + t->start, n);
	buf[n] = '\0';
	le = lexicon_find_text(sp->lx, buf);
	return le != NULL && (le->roles & LEX_TITLE) &&
	    le->title_class != TITLE_CORPORATE &&
	    le->title_class != TITLE_HONORIFIC;
}

/*
 * The country of an unaffiliated person in a source that names the country
 * before a title of office (Peru's envoy in Berlin, Ana Ruiz; the Peruvian
 * consul Ana Ruiz): not after a preposition (the envoy to Peru), or -1.
 */
static int
speakers_source_country(const struct speakers *sp, const struct span *s)
{
	const struct doc *d = sp->d;
	size_t i = model_mention_at(d, s->start), k, e;
	int country = -1;

	for (; i < d->mentions.n && d->mentions.v[i].end <= s->end; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || (size_t)m->entity >= d->ents.n)
			continue;
		if (d->ents.v[m->entity].type != ENT_COUNTRY) {
			if (country >= 0)
				break;	/* the person: the title came before */
			continue;
		}
		k = model_tok_over(d, m->start);
		if (country < 0 && !(k > 0 &&
		    pronoun_word_in(sp->d, sp->words, k - 1, WC_NOT_OF, 0)))
			country = m->entity;
	}
	if (country < 0)
		return -1;
	e = model_tok_over(d, s->end - 1);
	for (k = model_tok_over(d, s->start); k <= e && k < d->toks.n; k++)
		if (speakers_office_word(sp, k))
			return country;
	return -1;
}

/*
 * The party of claim c by speaker spk: an unaffiliated person speaks for
 * the country the source gives their office, "its chief executive" for
 * the body.
 */
static int
speakers_claim_party(struct speakers *sp, const struct claim *c, int spk)
{
	const struct doc *d = sp->d;
	int party = speakers_party(d, spk), body;
	size_t at;

	if (spk < 0 || party != spk || !c->has_source ||
	    (d->ents.v[spk].type != ENT_OFFICIAL &&
	    d->ents.v[spk].type != ENT_PERSON))
		return party;
	if ((body = speakers_source_country(sp, &c->source)) >= 0)
		return sp->home[spk] = body;
	if (sp->home[spk] >= 0)
		return sp->home[spk];
	if (!speakers_possessive(d, &c->source))
		return party;
	body = pronoun_latest(d, c->source.start,
	    1 << ENT_COMPANY | 1 << ENT_ORGANISATION, &at);
	if (body < 0)
		body = speakers_body_fallback(sp, c->source.start);
	return body >= 0 ? body : party;
}

/*
 * Does the source open with a or an (a bank spokesman told Reuters: some
 * spokesman, not the one named before)?
 */
static int
speakers_indefinite(const struct doc *d, const struct span *s)
{
	return speakers_opens(d, s, "a") || speakers_opens(d, s, "an");
}

/*
 * A body whose name holds the word w (n bytes) named outside quotes in
 * mentions [lo, hi), the latest; -1.
 */
static int
speakers_named_holding(const struct doc *d, size_t lo, size_t hi,
    const char *w, size_t n)
{
	const char *p, *name;
	size_t i;

	for (i = hi; i-- > lo;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind != MENTION_NAME ||
		    model_in_quote(d, m->start) ||
		    !(SPK_BODY & 1u << d->ents.v[m->entity].type))
			continue;
		name = d->ents.v[m->entity].name;
		for (p = name; *p != '\0'; p++)
			if ((p == name || p[-1] == ' ') &&
			    strncasecmp(p, w, n) == 0 &&
			    (p[n] == '\0' || p[n] == ' '))
				return m->entity;
	}
	return -1;
}

/*
 * A description of a body whose head word names the body (The central
 * bank said, after a sentence that names the Bank of Japan): a body whose
 * name holds the word, named outside quotes in the source's sentence or
 * the three before (words.tsv description), the latest; else in the
 * title or the lead sentence (Bank of Korea cuts rates ... the bank said
 * in a statement, paragraphs on); -1.
 */
static int
speakers_described_near(const struct speakers *sp, const struct span *s)
{
	const struct doc *d = sp->d;
	const struct lexicon_entry *le;
	const char *w;
	size_t n = speakers_head(d, s, &w), si = model_sent_at(d, s->start);
	size_t at, lead;
	int e;

	if (n == 0 || n >= 24 || sp->words == NULL || si >= d->sents.n ||
	    (d->toks.v[model_tok_over(d, s->end - 1)].flags & TOK_CAP) ||
	    (le = lexicon_word(sp->words, w, n)) == NULL ||
	    !lexicon_word_is(le, WC_DESCRIPTION))
		return -1;
	at = model_mention_at(d, s->start);
	lead = model_mention_at(d, d->sents.v[si > 3 ? si - 3 : 0].start);
	if ((e = speakers_named_holding(d, lead, at, w, n)) >= 0 || si <= 3)
		return e;
	/* the title and the lead: the first two sentences */
	return speakers_named_holding(d, 0, model_mention_at(d,
	    d->sents.v[d->sents.n > 2 ? 2 : d->sents.n - 1].start), w, n);
}

/*
 * Source span s without a relative clause after its head (Beacon TV, which
 * showed the final in Britain; the Congo, which chairs the African
 * Union): who speaks is named before the comma, not inside the clause.
 */
static struct span
speakers_without_relative(const struct doc *d, const struct span *s)
{
	struct span h = *s;
	size_t k;

	for (k = model_tok_over(d, s->start) + 1; k + 1 < d->toks.n &&
	    tok_end(&d->toks.v[k + 1]) <= s->end; k++) {
		const struct token *t = &d->toks.v[k + 1];
		size_t n = tok_end(t) - t->start;

		if (d->text[d->toks.v[k].start] == ',' &&
		    ((n == 3 && strncmp(d->text + t->start, "who", 3) == 0) ||
		    (n == 5 && strncmp(d->text + t->start, "which", 5) == 0))) {
			h.end = d->toks.v[k].start;
			break;
		}
	}
	return h;
}

/*
 * May person e be the one a title head names (the governor, the senator:
 * words.tsv title-own, titles with no other name in news)? Not when the
 * text gave e another role (a spokeswoman for the governor, after union
 * president X: not X).
 */
static int
speakers_holds_title(const struct speakers *sp, const struct span *s, int e)
{
	const char *w, *r, *p;
	size_t n = speakers_head(sp->d, s, &w);
	const struct lexicon_entry *le;

	if (e < 0 || n == 0 || n >= 24 || (r = sp->d->ents.v[e].role) == NULL ||
	    (le = lexicon_word(sp->words, w, n)) == NULL ||
	    !lexicon_word_is(le, WC_TITLE_OWN))
		return 1;
	for (p = r; *p != '\0'; p++)
		if ((p == r || p[-1] == ' ' || p[-1] == '-') &&
		    strncasecmp(p, w, n) == 0 &&
		    (p[n] == '\0' || p[n] == ' ' || p[n] == 's'))
			return 1;
	return 0;
}

/* The entity a source span names or refers to; the state learns it. */
static int
speakers_source(struct speakers *sp, const struct span *whole, uint32_t cue)
{
	const struct doc *d = sp->d;
	struct span head = speakers_without_relative(d, whole);
	const struct span *s = &head;
	unsigned types;
	int spk;

	/* the central bank said: the Bank of Japan named just before, not
	 * the company the entity engine took "the bank" for */
	if ((spk = speakers_described_near(sp, s)) < 0)
		spk = speakers_from_mentions(sp, s);
	if (spk >= 0)
		sp->spoke[spk] = 1;
	else if ((types = speakers_ref_types(sp, s)) != 0 &&
	    !(types == 1u << ENT_OFFICIAL && speakers_indefinite(d, s))) {
		spk = speakers_refer(sp, s, types);
		if (types == SPK_TITLE && !speakers_holds_title(sp, s, spk))
			spk = -1;
		/* he said: the pronoun's mention names the speaker too */
		if (types == SPK_PERSON)
			pronoun_bind(sp->d, s, spk);
	}
	if (spk >= 0) {
		sp->last[d->ents.v[spk].type] = spk;
		sp->lastpos[d->ents.v[spk].type] = cue;
	}
	return spk;
}

/*
 * His or her office, department, lawyers, spokesman (words.tsv
 * person-office and staff), the whole source: the person he or she stands
 * for (The culture secretary, Ann Roe, wrote to the board. Her department
 * said: Roe), whose party the claim takes; -1.
 */
static int
speakers_person_office(struct speakers *sp, const struct span *s)
{
	const struct doc *d = sp->d;
	const struct lexicon_entry *le;
	size_t k = model_tok_over(d, s->start), n;
	struct span pr;
	const char *w;
	static const int who[] = { ENT_PERSON, ENT_OFFICIAL };
	int t, best = -1;

	/* a spokesman for her team: as "her team" */
	if (!(speakers_opens(d, s, "his") || speakers_opens(d, s, "her")) &&
	    k + 4 < d->toks.n && tok_end(&d->toks.v[k + 4]) == s->end &&
	    sp->words != NULL && lexicon_word_is(lexicon_word(sp->words,
	    d->text + d->toks.v[k + 1].start, tok_end(&d->toks.v[k + 1]) -
	    d->toks.v[k + 1].start), WC_STAFF) &&
	    tok_end(&d->toks.v[k + 2]) - d->toks.v[k + 2].start == 3 &&
	    strncmp(d->text + d->toks.v[k + 2].start, "for", 3) == 0) {
		pr.start = d->toks.v[k + 3].start;
		pr.end = s->end;
		s = &pr;
		k += 3;
	}
	if (!(speakers_opens(d, s, "his") || speakers_opens(d, s, "her")) ||
	    k + 1 >= d->toks.n || tok_end(&d->toks.v[k + 1]) != s->end ||
	    sp->words == NULL || (n = speakers_head(d, s, &w)) == 0 ||
	    n >= 24 || (le = lexicon_word(sp->words, w, n)) == NULL ||
	    !(lexicon_word_is(le, WC_PERSON_OFFICE) ||
	    lexicon_word_is(le, WC_STAFF)))
		return -1;
	for (t = 0; t < 2; t++)
		if (sp->last[who[t]] >= 0 && (best < 0 ||
		    sp->lastpos[who[t]] > sp->lastpos[best]))
			best = who[t];
	pr.end = tok_end(&d->toks.v[k]);
	pr.start = d->toks.v[k].start;
	return pronoun_person(&sp->pr, &pr, best >= 0 ? sp->last[best] : -1,
	    best >= 0 ? sp->lastpos[best] : 0);
}

/*
 * Speaker and party of claim c. A claim with a holder (X believes Y,
 * according to Z) is the holder's position.
 */
static void
speakers_claim(struct speakers *sp, struct claim *c)
{
	int spk = -1, holder = -1;

	if (c->has_holder)
		holder = speakers_source(sp, &c->holder, c->holder.start);
	if (c->has_source)
		spk = speakers_source(sp, &c->source, c->cue.start);
	c->speaker = spk;
	c->party = speakers_claim_party(sp, c, spk);
	if (holder < 0 && spk < 0 && c->has_source)
		holder = speakers_person_office(sp, &c->source);	/* her department */
	if (holder >= 0)
		c->party = speakers_party(sp->d, holder);
}

void
speakers_resolve(struct doc *d, const struct lexicon *words,
    const struct lexicon *lx)
{
	size_t *order = xmalloc((d->claims.n + 1) * sizeof *order), i, t;
	struct speakers sp;

	sp.d = d;
	sp.words = words;
	sp.lx = lx;
	sp.spoke = xcalloc(d->ents.n + 1, 1);
	sp.home = xmalloc((d->ents.n + 1) * sizeof *sp.home);
	for (i = 0; i < d->ents.n; i++)
		sp.home[i] = -1;
	speakers_officials(&sp);
	for (t = 0; t < ENT_NTYPES; t++)
		sp.last[t] = -1, sp.lastpos[t] = 0;
	model_claims_by_cue(d, order);
	pronoun_begin(&sp.pr, d, words, lx);
	for (i = 0; i < d->claims.n; i++)
		speakers_claim(&sp, &d->claims.v[order[i]]);
	pronoun_end(&sp.pr);
	free(sp.spoke);
	free(sp.home);
	free(sp.official_first);
	free(sp.official_next);
	free(sp.role_len);
	free(sp.role_last);
	free(order);
}

int
speakers_last(const struct doc *d, size_t i)
{
	while (i-- > 0)
		if (d->claims.v[i].speaker >= 0)
			return d->claims.v[i].speaker;
	return -1;
}

void
speakers_run(struct doc *d, const struct lexicon *lx)
{
	speakers_resolve(d, lx, lx);
}
