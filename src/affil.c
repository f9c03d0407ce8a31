/*
 * affil.c: whom each person speaks for, and the sources that name no one.
 *
 * Before the speakers are resolved, every person or official is bound to a
 * body by what the article says around one of their names:
 *   a title before the name     Tory leader Michael Howard, BBC political
 *                               editor Andrew Marr, BA's chief executive
 *                               Rod Eddington, company spokesman Gus Lee
 *   an apposition after it      Jack Law, chief executive of Alcohol Focus
 *                               Scotland; Ann Bell of Argus Research;
 *                               Mr Marr, the BBC's political editor
 *   an apposition before it     the chairman of the committee, Ann Bell;
 *                               Acme's finance director, Ann Bell
 * and the officials of the lexicon (officials.tsv) to the government of
 * their country, or to their party or body, as they stood in the year the
 * article most likely speaks of. Officials of state with no country take
 * the article's own (Commons, Downing Street: the United Kingdom).
 *
 * After the speakers, a source that names no one takes a party from what
 * is named with it: "officials said" the body or government named in the
 * sentence or paragraph, "the association said" the body whose name holds
 * the word, "the chancellor said" the person the article gave that title.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "affil.h"
#include "lexicon.h"
#include "util.h"

#define AFFIL_RUN 6		/* longest title between a body and a name */
#define AFFIL_LOOKBACK 400	/* mentions looked back at, at most */
#define AFFIL_Y0 1940		/* the years the lexicon's offices span */
#define AFFIL_Y1 2035

/* Nouns of a role: one of them makes a run of words a title. */
static const char *const affil_roles[] = {
	"mp", "mep", "msp", "am", "leader", "chairman", "chairwoman", "chair",
	"chief", "executive", "director", "president", "secretary", "minister",
	"spokesman", "spokeswoman", "spokesperson", "editor", "correspondent",
	"journalist", "reporter", "columnist", "economist", "analyst",
	"strategist", "lawyer", "attorney", "counsel", "head", "founder",
	"boss", "adviser", "advisor", "commissioner", "treasurer",
	"co-ordinator", "coordinator", "member", "official", "governor",
	"chancellor", "deputy", "manager", "partner", "officer", "candidate",
	"campaigner", "researcher", "professor", "fellow", "trustee", "owner",
	"ambassador", "envoy", "judge", "presenter", "organiser", "general",
	"senator", "congressman", "congresswoman", "representative",
	"councillor", "mayor", "premier", "vice-president", "whip", "peer",
	"chairperson", "principal", "dean", "ceo", "cfo", "coo", "md",
	"specialist", "expert", "consultant", "agent", "architect", NULL
};

/* Words that end a title walked backwards: no title holds them. */
static const char *const affil_stops[] = {
	"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
	"by", "for", "with", "from", "as", "that", "which", "who", "whom",
	"said", "says", "told", "is", "was", "are", "were", "has", "had",
	"have", "will", "would", "his", "her", "its", "their", "our", "also",
	"not", "after", "before", "when", "while", "than", "then", "if",
	"says", "say", "added", "claimed", "warned", "insisted", "this",
	"these", "those", "it", "he", "she", "they", "we", "i", "you", NULL
};

/* Prepositions that tie a title or a name to its body. */
static const char *const affil_preps[] = {
	"of", "at", "for", "from", "with", NULL
};

/* The nouns of an unnamed source: speaker unknown, party named nearby. */
static const char *const affil_unnamed[] = {
	"official", "officials", "spokesman", "spokeswoman", "spokesperson",
	"spokespeople", "spokesmen", "minister", "ministers", "aide", "aides",
	"source", "sources", "insider", "insiders", "executive",
	"executives", "bosses", "staff", "statement", "figures", "data",
	"report", "spokesperson", "representative", "representatives",
	"officer", "officers", "lawyer", "lawyers", "estimate", NULL
};

/* Of those, the ones of a government: no body named, the country. */
static const char *const affil_state[] = {
	"official", "officials", "minister", "ministers", "aide", "aides",
	"figures", "data", "statistics", NULL
};

/* Words that say the article is about the United Kingdom, the US. */
static const struct {
	const char *word;
	const char *country;
} affil_institutions[] = {
	{ "Commons", "United Kingdom" }, { "Whitehall", "United Kingdom" },
	{ "Westminster", "United Kingdom" }, { "MPs", "United Kingdom" },
	{ "Tory", "United Kingdom" }, { "Tories", "United Kingdom" },
	{ "Labour", "United Kingdom" }, { "Lords", "United Kingdom" },
	{ "Congress", "United States" }, { "Senate", "United States" },
	{ "Pentagon", "United States" }, { "congressional", "United States" },
};

/* ------------------------------------------------------------ tokens */

/*
 * strcasestr, which C and POSIX lack: ASCII case only. The first byte is
 * compared before strncasecmp: called per claim over the names before it,
 * the library call at every byte was a fifth of a claim-dense page's time.
 */
static const char *
affil_strcasestr(const char *s, const char *w)
{
	size_t n = strlen(w);
	int c = tolower((unsigned char)*w);

	for (; *s != '\0'; s++)
		if (tolower((unsigned char)*s) == c && strncasecmp(s, w, n) == 0)
			return s;
	return NULL;
}

static size_t
affil_tok_at(const struct doc *d, uint32_t off)
{
	return MODEL_FIRST(d->toks, struct token, start, off);
}

/* Token k folded to lower case into buf (size 48); 0 if not a word. */
static size_t
affil_word(const struct doc *d, size_t k, char *buf)
{
	const struct token *t = &d->toks.v[k];
	size_t n = t->end - t->start, i;

	if (!(t->flags & TOK_WORD) || n >= 48)
		return 0;
	for (i = 0; i < n; i++) {
		char ch = d->text[t->start + i];

		buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
	}
	buf[n] = '\0';
	return n;
}

static int
affil_in(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

/* Is token k exactly the word w (case and all)? */
static int
affil_tok_exact(const struct doc *d, size_t k, const char *w)
{
	const struct token *t = &d->toks.v[k];
	size_t n = strlen(w);

	return t->end - t->start == n && memcmp(d->text + t->start, w, n) == 0;
}

/* Is token k a word of list? */
static int
affil_tok_in(const struct doc *d, size_t k, const char *const *list)
{
	char buf[48];

	return k < d->toks.n && affil_word(d, k, buf) > 0 && affil_in(buf, list);
}

/* Is token k a role noun (chief executive, co-chairman, MP)? */
static int
affil_role(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct lexicon_entry *le;
	char buf[48], *h;

	if (affil_word(d, k, buf) == 0)
		return 0;
	h = strrchr(buf, '-');
	if (affil_in(buf, affil_roles) || (h != NULL && affil_in(h + 1,
	    affil_roles)))
		return 1;
	le = lx != NULL ? lexicon_find_text(lx, buf) : NULL;
	return le != NULL && (le->roles & LEX_TITLE) &&
	    le->title_class != TITLE_HONORIFIC;
}

/*
 * May token k stand in a title (chief, political, shadow, Housing)? A
 * small word or a role; a capitalised word only as a role or at the start
 * of a sentence.
 */
static int
affil_title_word(const struct doc *d, const struct lexicon *lx, size_t k)
{
	const struct token *t = &d->toks.v[k];

	if (!(t->flags & TOK_WORD) || (t->flags & (TOK_DIGIT | TOK_INQUOTE)) ||
	    affil_tok_in(d, k, affil_stops))
		return 0;
	if (affil_role(d, lx, k))
		return 1;
	return !(t->flags & TOK_CAP) || (t->flags & TOK_SENT_START);
}

/*
 * A capitalised word of a title before a name, named by no mention
 * (Scottish National Party Holyrood leader X; Housing Minister X).
 */
static int
affil_cap_word(const struct doc *d, size_t k)
{
	const struct token *t = &d->toks.v[k];
	size_t i = MODEL_FIRST(d->mentions, struct mention, end, t->start + 1);

	if ((t->flags & (TOK_WORD | TOK_CAP | TOK_INQUOTE | TOK_DIGIT)) !=
	    (TOK_WORD | TOK_CAP) || affil_tok_in(d, k, affil_stops))
		return 0;
	/* inside a mention: a name, not a title */
	return !(i < d->mentions.n && d->mentions.v[i].start <= t->start);
}

/* Is token k a one-word country mention (chief UK economist)? */
static int
affil_country_tok(const struct doc *d, size_t k)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[k].start);

	return i < d->mentions.n && d->mentions.v[i].start == d->toks.v[k].start &&
	    d->mentions.v[i].end == d->toks.v[k].end &&
	    d->mentions.v[i].entity >= 0 &&
	    d->ents.v[d->mentions.v[i].entity].type == ENT_COUNTRY;
}

/* ---------------------------------------------------------- mentions */

static int
affil_body_type(enum ent_type t)
{
	return t == ENT_COMPANY || t == ENT_ORGANISATION || t == ENT_COUNTRY;
}

/* Entity of a named mention of a body ending with token k, or -1. */
static int
affil_body_ending(const struct doc *d, size_t k)
{
	uint32_t end = d->toks.v[k].end;
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, end), n = 0;

	while (i > 0 && n++ < 8) {
		const struct mention *m = &d->mentions.v[--i];

		if (m->end == end && m->entity >= 0 &&
		    m->kind != MENTION_PRONOUN && m->kind != MENTION_NOMINAL &&
		    affil_body_type(d->ents.v[m->entity].type))
			return m->entity;
	}
	return -1;
}

/* Index of a named mention starting at token k, or -1. */
static int
affil_mention_starting(const struct doc *d, size_t k)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[k].start);

	if (i < d->mentions.n && d->mentions.v[i].start == d->toks.v[k].start &&
	    d->mentions.v[i].entity >= 0 &&
	    d->mentions.v[i].kind != MENTION_PRONOUN &&
	    d->mentions.v[i].kind != MENTION_NOMINAL)
		return (int)i;
	return -1;
}

/*
 * Is entity e, typed a person, more likely a body the entity engine did not
 * know (a lawyer for Yukos, an analyst at Merrill Lynch): no role, no
 * affiliation, and no given name first?
 */
static int
affil_body_as_person(const struct doc *d, const struct lexicon *lx, int e)
{
	const struct entity *en = &d->ents.v[e];
	const struct lexicon_entry *le;
	char buf[64];
	size_t n = strcspn(en->name, " ");

	if (en->type != ENT_PERSON || en->role != NULL || en->affiliation >= 0 ||
	    lx == NULL || n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, en->name, n);
	buf[n] = '\0';
	le = lexicon_find_text(lx, buf);
	return le == NULL || !(le->roles & LEX_FIRST);
}

/*
 * Entity of a body named from token k on, its last token in *last; -1.
 * After a preposition (prep), also a body typed a person.
 */
static int
affil_body_starting(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t *last, int prep)
{
	int m = k < d->toks.n ? affil_mention_starting(d, k) : -1;
	int e;

	if (m < 0)
		return -1;
	e = d->mentions.v[m].entity;
	if (!affil_body_type(d->ents.v[e].type) &&
	    !(prep && affil_body_as_person(d, lx, e)))
		return -1;
	*last = affil_tok_at(d, d->mentions.v[m].end) - 1;
	return e;
}

/* The latest company named before byte off in its paragraph, or -1. */
static int
affil_latest(const struct doc *d, uint32_t off, unsigned types,
    uint32_t from)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);

	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		if (m->entity >= 0 && m->kind != MENTION_PRONOUN &&
		    (types & 1u << d->ents.v[m->entity].type))
			return m->entity;
	}
	return -1;
}

/* ----------------------------------------------------- source shapes */

/* Words of a company in a title (company spokesman Gus Lee). */
static const char *const affil_firm[] = {
	"company", "firm", "group", "bank", "airline", "retailer", "carrier",
	NULL
};

/*
 * A country or seat named between a party and a title (SNP Holyrood
 * leader X, Labour Welsh Assembly member X): the party, ending before the
 * country e's mention that ends with token k; else e.
 */
static int
affil_party_before_place(const struct doc *d, int e, size_t k, size_t first)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start,
	    d->toks.v[k].end), j;
	int b;

	if (d->ents.v[e].type != ENT_COUNTRY)
		return e;
	while (i > 0 && d->mentions.v[i - 1].end != d->toks.v[k].end)
		i--;
	if (i == 0 || (j = affil_tok_at(d, d->mentions.v[i - 1].start)) <= first)
		return e;
	b = affil_body_ending(d, j - 1);
	return b >= 0 && d->ents.v[b].type == ENT_ORGANISATION ? b : e;
}

/*
 * A title before the name at token k (Tory leader X, BBC political editor
 * X, BA's chief executive X, company spokesman X): the body, or -1.
 */
static int
affil_before(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t first)
{
	size_t j = k, roles = 0, n = 0;
	int e;

	while (j > first && n < AFFIL_RUN && affil_body_ending(d, j - 1) < 0 &&
	    (affil_title_word(d, lx, j - 1) || affil_cap_word(d, j - 1))) {
		j--, n++;
		roles += (size_t)affil_role(d, lx, j);
	}
	/* Plaid Cymru's Elfyn Llwyd: a possessive alone ties too */
	if (roles == 0 && !(j == k && j > first + 1 &&
	    (d->toks.v[j - 1].flags & TOK_POSS)))
		return -1;
	if (affil_tok_in(d, j, affil_firm))
		return affil_latest(d, d->toks.v[j].start, 1 << ENT_COMPANY, 0);
	if (j > first && (d->toks.v[j - 1].flags & TOK_POSS))
		j--;
	if (j == first || (e = affil_body_ending(d, j - 1)) < 0)
		return -1;
	return affil_party_before_place(d, e, j - 1, first);
}

/* Skip an article (the, a) at token k. */
static size_t
affil_skip_article(const struct doc *d, size_t k)
{
	static const char *const arts[] = { "the", "a", "an", NULL };

	return k < d->toks.n && affil_tok_in(d, k, arts) ? k + 1 : k;
}

/* Is token k punctuation that ends an apposition (, . ; ) or the end? */
static int
affil_ends(const struct doc *d, size_t k, size_t end)
{
	if (k >= end)
		return 1;
	return (d->toks.v[k].flags & TOK_PUNCT) != 0;
}

/*
 * An apposition after a name ending before token k: ", chief executive of
 * Y", " of Y", ", Y's finance director", ", Y political editor"; the body.
 */
static int
affil_after(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t end)
{
	size_t j, roles = 0, last, run;
	int comma = 0, e;

	if (k < end && d->text[d->toks.v[k].start] == ',')
		k++, comma = 1;
	if (!comma && !affil_tok_in(d, k, affil_preps))
		return -1;
	j = affil_skip_article(d, k);
	/* Y's finance director; Y political editor */
	if (comma && (e = affil_body_starting(d, lx, j, &last, 0)) >= 0) {
		j = last + 1;
		if (j < end && (d->toks.v[j].flags & TOK_POSS))
			j++;
		for (; j < end && affil_title_word(d, lx, j); j++)
			roles += (size_t)affil_role(d, lx, j);
		return roles > 0 && affil_ends(d, j, end) ? e : -1;
	}
	for (run = j; j < end && !affil_tok_in(d, j, affil_preps) &&
	    (affil_title_word(d, lx, j) || affil_country_tok(d, j)) &&
	    j - k < AFFIL_RUN; j++)
		roles += (size_t)affil_role(d, lx, j);
	run = j - run;
	/* Ann Bell, a friend of Y: words but no role, no tie */
	if (j >= end || !affil_tok_in(d, j, affil_preps) ||
	    (run > 0 && roles == 0))
		return -1;
	j = affil_skip_article(d, j + 1);
	/* from voluntary body Y: up to two small words before the body */
	if ((e = affil_body_starting(d, lx, j, &last, 1)) < 0 && j + 1 < end &&
	    !(d->toks.v[j].flags & TOK_CAP))
		e = affil_body_starting(d, lx, ++j, &last, 1);
	if (e < 0 && j + 1 < end && !(d->toks.v[j].flags & TOK_CAP))
		e = affil_body_starting(d, lx, ++j, &last, 1);
	if (e < 0 || (roles == 0 && d->ents.v[e].type == ENT_COUNTRY))
		return -1;
	/* a friend of the Tory leader: a person, not the party */
	if (last + 1 < end && affil_role(d, lx, last + 1))
		return -1;
	return e;
}

/*
 * An apposition before a name at token k: "the chairman of Y, X",
 * "Y's chief executive, X"; the body.
 */
static int
affil_before_comma(const struct doc *d, const struct lexicon *lx, size_t k,
    size_t first)
{
	size_t j, roles = 0, n = 0;
	int e;

	if (k <= first + 1 || d->text[d->toks.v[k - 1].start] != ',')
		return -1;
	j = k - 1;
	if ((e = affil_body_ending(d, j - 1)) >= 0) {
		/* the chairman of Y, X: back over Y to the preposition */
		size_t m = MODEL_FIRST(d->mentions, struct mention, start,
		    d->toks.v[j - 1].end);
		while (m > 0 && d->mentions.v[m - 1].end != d->toks.v[j - 1].end)
			m--;
		if (m == 0)
			return -1;
		j = affil_tok_at(d, d->mentions.v[m - 1].start);
		if (j > first && affil_tok_in(d, j - 1, (const char *const[]){
		    "the", NULL }))
			j--;
		if (j <= first || !affil_tok_in(d, j - 1, affil_preps))
			return -1;
		for (j--; j > first && n < AFFIL_RUN &&
		    affil_title_word(d, lx, j - 1); j--, n++)
			roles += (size_t)affil_role(d, lx, j - 1);
		return roles > 0 ? e : -1;
	}
	for (; j > first && n < AFFIL_RUN && affil_title_word(d, lx, j - 1);
	    j--, n++)
		roles += (size_t)affil_role(d, lx, j - 1);
	if (roles == 0 || j <= first + 1 || !(d->toks.v[j - 1].flags & TOK_POSS))
		return -1;
	return affil_body_ending(d, j - 2);
}

/* The sentence holding byte off. */
static const struct sentence *
affil_sent(const struct doc *d, uint32_t off)
{
	size_t s = MODEL_FIRST(d->sents, struct sentence, end, off + 1);

	return s < d->sents.n ? &d->sents.v[s] : NULL;
}

/* The body the text ties mention m (a person's name) to, or -1. */
static int
affil_of_mention(const struct doc *d, const struct lexicon *lx,
    const struct mention *m)
{
	const struct sentence *s = affil_sent(d, m->start);
	size_t k = affil_tok_at(d, m->start), after = affil_tok_at(d, m->end);
	size_t first, end;
	int e;

	if (s == NULL || k >= d->toks.n)
		return -1;
	first = s->tok_first;
	end = s->tok_first + s->tok_count;
	if ((e = affil_before(d, lx, k, first)) >= 0)
		return e;
	if ((e = affil_after(d, lx, after, end)) >= 0)
		return e;
	return affil_before_comma(d, lx, k, first);
}

/*
 * Bind people to the bodies the text ties them to; the first tie in text
 * order wins. A body named in the text replaces a country the lexicon or
 * a title gave (Tory leader X: the party, not the United Kingdom).
 */
static void
affil_text(struct doc *d, const struct lexicon *lx)
{
	unsigned char *done = xcalloc(d->ents.n + 1, 1);
	size_t i;
	int e, b;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];
		struct entity *en;

		if ((e = m->entity) < 0 || done[e] ||
		    m->kind == MENTION_PRONOUN || m->kind == MENTION_NOMINAL)
			continue;
		en = &d->ents.v[e];
		if (en->type != ENT_PERSON && en->type != ENT_OFFICIAL)
			continue;
		if ((b = affil_of_mention(d, lx, m)) < 0 || b == e)
			continue;
		done[e] = 1;
		if (en->affiliation >= 0 && !en->affil_lexicon &&
		    d->ents.v[b].type == ENT_COUNTRY)
			continue;
		if (en->affiliation >= 0 && d->ents.v[en->affiliation].type !=
		    ENT_COUNTRY && !en->affil_lexicon)
			continue;
		en->affiliation = b;
		en->affil_lexicon = false;
	}
	free(done);
}

/* ---------------------------------------------------------- lexicon */

/* Is a role one held before (former minister, ex-chairman)? */
static int
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
	static const char *const former[] = { "former", "ex", NULL };
	size_t i, k, j;

	for (i = 0; i < d->mentions.n; i++) {
		if (d->mentions.v[i].entity != (int)e ||
		    d->mentions.v[i].kind == MENTION_PRONOUN)
			continue;
		k = affil_tok_at(d, d->mentions.v[i].start);
		for (j = k; j > 0 && k - j < 4; j--)
			if (affil_tok_in(d, j - 1, former))
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
static void
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

/* ------------------------------------------------------ home country */

/*
 * affil_home reads the whole text, and affil_claims asks it for claim after
 * claim: on a 30 MB file that was 7 s of 7.5 (quadratic). While
 * affil_claims runs, which changes no mention, token or entity, the answer
 * is kept here (per thread: --jobs); -2 is not known yet.
 */
static _Thread_local struct {
	const struct doc *d;
	int home;
} affil_home_memo;

static int affil_home_scan(const struct doc *);

int
affil_home(const struct doc *d)
{
	if (affil_home_memo.d != d)
		return affil_home_scan(d);
	if (affil_home_memo.home == -2)
		affil_home_memo.home = affil_home_scan(d);
	return affil_home_memo.home;
}

static int
affil_home_scan(const struct doc *d)
{
	int *votes = xcalloc(d->ents.n + 1, sizeof *votes), best = -1;
	size_t i, j;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		/* the title's country counts twice (Georgia vote: Georgia) */
		if (m->entity >= 0 && d->ents.v[m->entity].type == ENT_COUNTRY &&
		    m->kind != MENTION_PRONOUN && m->kind != MENTION_NOMINAL)
			votes[m->entity] += d->title >= 0 && m->start <
			    d->paras.v[d->title].end ? 2 : 1;
	}
	for (i = 0; i < d->toks.n; i++)
		for (j = 0; j < sizeof affil_institutions /
		    sizeof affil_institutions[0]; j++)
			if (affil_tok_exact(d, i, affil_institutions[j].word)) {
				size_t e;

				for (e = 0; e < d->ents.n; e++)
					if (d->ents.v[e].type == ENT_COUNTRY &&
					    strcmp(d->ents.v[e].name,
					    affil_institutions[j].country) == 0)
						votes[e] += 2;
			}
	for (i = 0; i < d->ents.n; i++)	/* a tie: the first named */
		if (votes[i] > 0 && (best < 0 || votes[i] > votes[best] ||
		    (votes[i] == votes[best] && d->ents.v[i].first_mention >= 0 &&
		    d->ents.v[i].first_mention < d->ents.v[best].first_mention)))
			best = (int)i;
	free(votes);
	return best;
}

/* Is a role one of state office (Housing Minister, Culture Secretary)? */
static int
affil_state_role(const char *role)
{
	return affil_strcasestr(role, "minister") != NULL ||
	    affil_strcasestr(role, "secretary") != NULL ||
	    affil_strcasestr(role, "chancellor") != NULL ||
	    affil_strcasestr(role, "attorney general") != NULL;
}

/* Ministers with no country named: the article's own. */
static void
affil_ministers(struct doc *d)
{
	int home = -1;
	size_t i;

	for (i = 0; i < d->ents.n; i++) {
		struct entity *e = &d->ents.v[i];

		if (e->type != ENT_OFFICIAL || e->affiliation >= 0 ||
		    e->role == NULL || !affil_state_role(e->role) ||
		    affil_former(e->role) ||
		    strncasecmp(e->role, "shadow", 6) == 0)
			continue;
		if (home < 0 && (home = affil_home(d)) < 0)
			return;
		e->affiliation = home;
	}
}

/*
 * A surname met before the full name (Mr Kennedy ... Lib Dem leader
 * Charles Kennedy) made an entity of its own: it speaks for whom the one
 * person of that surname does.
 */
static void
affil_surnames(struct doc *d)
{
	size_t i, j, n;
	int match;

	for (i = 0; i < d->ents.n; i++) {
		struct entity *e = &d->ents.v[i];

		if ((e->type != ENT_PERSON && e->type != ENT_OFFICIAL) ||
		    e->affiliation >= 0 || strchr(e->name, ' ') != NULL)
			continue;
		n = strlen(e->name);
		match = -1;
		for (j = 0; j < d->ents.n; j++) {
			const struct entity *f = &d->ents.v[j];
			const char *sp = strrchr(f->name, ' ');

			if (j == i || (f->type != ENT_PERSON &&
			    f->type != ENT_OFFICIAL) || sp == NULL ||
			    strlen(sp + 1) != n || memcmp(sp + 1, e->name, n) != 0)
				continue;
			if (match >= 0) {
				match = -2;	/* two of that name: no guess */
				break;
			}
			match = (int)j;
		}
		if (match >= 0 && d->ents.v[match].affiliation >= 0) {
			e->affiliation = d->ents.v[match].affiliation;
			e->affil_lexicon = d->ents.v[match].affil_lexicon;
		}
	}
}

void
affil_run(struct doc *d, const struct lexicon *lx)
{
	if (lx != NULL)
		affil_lexicon(d, lx);
	affil_text(d, lx);
	affil_ministers(d);
	affil_surnames(d);
}

/* ------------------------------------------------ sources after them */

/* The party of a speaker: the affiliation of a person, else itself. */
static int
affil_party_of(const struct doc *d, int e)
{
	const struct entity *en;

	if (e < 0)
		return -1;
	en = &d->ents.v[e];
	if ((en->type == ENT_PERSON || en->type == ENT_OFFICIAL) &&
	    en->affiliation >= 0)
		return en->affiliation;
	return e;
}

/* The last word of span s: its token index, or d->toks.n. */
static size_t
affil_head(const struct doc *d, const struct span *s)
{
	size_t k = affil_tok_at(d, s->end);

	while (k > 0 && d->toks.v[k - 1].start >= s->start) {
		k--;
		if (d->toks.v[k].flags & TOK_WORD)
			return k;
	}
	return d->toks.n;
}

/* The paragraph start of byte off. */
static uint32_t
affil_para_start(const struct doc *d, uint32_t off)
{
	const struct sentence *s = affil_sent(d, off);

	return s != NULL && s->para >= 0 && (size_t)s->para < d->paras.n ?
	    d->paras.v[s->para].start : 0;
}

/*
 * The entity a description names by its head: the latest whose name holds
 * the word (the association: Sri Lanka Banks Association), or whose role
 * does (the chancellor: Gordon Brown), named before off; -1.
 */
static int
affil_described(const struct doc *d, const char *w, uint32_t off)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);
	size_t n = strlen(w);

	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;
		const char *p;

		if (m->entity < 0)
			continue;
		e = &d->ents.v[m->entity];
		p = e->role != NULL && (e->type == ENT_OFFICIAL ||
		    e->type == ENT_PERSON) ? e->role : e->name;
		for (p = affil_strcasestr(p, w); p != NULL; p = affil_strcasestr(p + 1, w))
			if ((p[n] == '\0' || p[n] == ' ') && (p == e->name ||
			    p == e->role || p[-1] == ' '))
				return m->entity;
	}
	return -1;
}

/* Descriptions of a body or an officer the text named before. */
static const char *const affil_descr[] = {
	"association", "commission", "committee", "council", "court",
	"authority", "agency", "regulator", "watchdog", "newspaper", "paper",
	"union", "institute", "office", "department", "ministry", "board",
	"bank", "federation", "confederation", "fund", "executive",
	"chancellor", "chairman", "chairwoman", "minister", "secretary",
	"president", "premier", "leader", "judge", "governor", NULL
};

/* Bodies a newspaper, a watchdog is: the latest company, organisation. */
static const struct {
	const char *word;
	unsigned types;
} affil_kinds[] = {
	{ "newspaper", 1 << ENT_COMPANY }, { "paper", 1 << ENT_COMPANY },
	{ "regulator", 1 << ENT_ORGANISATION },
	{ "watchdog", 1 << ENT_ORGANISATION },
};

/*
 * A source that names no one: a description (the association, the
 * chancellor) is the entity the text named so; an unnamed source
 * (officials, a spokesman) speaks for the body named in its sentence or,
 * failing that, its paragraph; officials of a state for its country.
 */
static void
affil_claim(struct doc *d, struct claim *c)
{
	size_t h = affil_head(d, &c->source), j;
	const struct sentence *s;
	char w[48];
	int e = -1;
	unsigned types = 1 << ENT_COMPANY | 1 << ENT_ORGANISATION;

	if (h >= d->toks.n || affil_word(d, h, w) == 0 ||
	    (d->toks.v[h].flags & TOK_CAP && !(d->toks.v[h].flags &
	    TOK_SENT_START) && h > affil_tok_at(d, c->source.start)))
		return;
	if (affil_in(w, affil_descr) &&
	    (e = affil_described(d, w, c->source.start)) >= 0) {
		c->speaker = e;
		c->party = affil_party_of(d, e);
		return;
	}
	for (j = 0; j < sizeof affil_kinds / sizeof affil_kinds[0]; j++)
		if (strcmp(w, affil_kinds[j].word) == 0 &&
		    (e = affil_latest(d, c->source.start, affil_kinds[j].types,
		    0)) >= 0) {
			c->speaker = e;
			c->party = e;
			return;
		}
	if (!affil_in(w, affil_unnamed))
		return;
	if (affil_in(w, affil_state))
		types |= 1 << ENT_COUNTRY;
	s = affil_sent(d, c->cue.start);
	if (s != NULL)
		e = affil_latest(d, s->end, types, s->start);
	if (e < 0)
		e = affil_latest(d, c->source.start, types,
		    affil_para_start(d, c->source.start));
	if (e < 0 && affil_in(w, affil_state))
		e = affil_home(d);
	if (e >= 0)
		c->party = affil_party_of(d, e);
}

/* Does span s hold a mention of a name (not a pronoun, a description)? */
static int
affil_named(const struct doc *d, const struct span *s)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, s->start);

	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    d->mentions.v[i].kind != MENTION_PRONOUN &&
		    d->mentions.v[i].kind != MENTION_NOMINAL)
			return 1;
	return 0;
}

/* Words after a sentence's subject: a title after them is no subject. */
static const char *const affil_verbs[] = {
	"said", "says", "told", "that", "added", "is", "was", "has", "had",
	"will", "would", "who", NULL
};

/* Does span s name a person or an official? */
static int
affil_names_person(const struct doc *d, const struct span *s)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, s->start);

	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++)
		if (d->mentions.v[i].entity >= 0 &&
		    (d->ents.v[d->mentions.v[i].entity].type == ENT_PERSON ||
		    d->ents.v[d->mentions.v[i].entity].type == ENT_OFFICIAL))
			return 1;
	return 0;
}

/* Heads of a title that stands for the person who holds it. */
static const char *const affil_titles[] = {
	"secretary", "chancellor", "minister", "president", "premier",
	"leader", "chairman", "chairwoman", "governor", "judge",
	"commissioner", "mayor", "taoiseach", NULL
};

/* Is token k the head of a title (chancellor, co-chairman)? */
static int
affil_title_tok(const struct doc *d, size_t k)
{
	char w[48], *h;

	if (affil_word(d, k, w) == 0)
		return 0;
	h = strrchr(w, '-');
	return affil_in(w, affil_titles) || (h != NULL &&
	    affil_in(h + 1, affil_titles));
}

/* Does role hold phrase p (n bytes) as whole words, not as a past office? */
static int
affil_role_has(const char *role, const char *p, size_t n)
{
	const char *r;

	if (affil_former(role) ||
	    (strncasecmp(role, "shadow", 6) == 0 && strncasecmp(p, "shadow", 6)))
		return 0;
	for (r = role; *r != '\0'; r++)
		if (strncasecmp(r, p, n) == 0 && (r == role || r[-1] == ' ') &&
		    (r[n] == '\0' || r[n] == ' '))
			return 1;
	return 0;
}

/*
 * A title alone (the culture secretary, the chancellor): the person the
 * article gave that title, latest named before off; -1.
 */
static int
affil_titled(const struct doc *d, const struct span *s, uint32_t off)
{
	const char *p = d->text + s->start, *rest = NULL;
	size_t n = s->end - s->start, i, h = affil_head(d, s), k, last;
	int body;

	/* The chancellor, speaking during a tour of Africa, said: its title */
	for (k = affil_tok_at(d, s->start); k < h; k++)
		if (d->text[d->toks.v[k].start] == ',') {
			h = k - 1;
			n = d->toks.v[h].end - s->start;
			break;
		}
	if (h >= d->toks.n || !affil_title_tok(d, h) || n > 48)
		return -1;
	if (n > 4 && strncasecmp(p, "the ", 4) == 0)
		p += 4, n -= 4;
	n = d->toks.v[h].end - (uint32_t)(p - d->text);
	/* the Tory leader: a leader whose body is the Tories */
	k = affil_tok_at(d, (uint32_t)(p - d->text));
	if ((body = affil_body_starting(d, NULL, k, &last, 0)) >= 0 && last < h)
		rest = d->text + d->toks.v[last + 1].start;
	i = MODEL_FIRST(d->mentions, struct mention, start, off);
	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];
		const struct entity *e;

		if (m->entity < 0)
			continue;
		e = &d->ents.v[m->entity];
		if ((e->type != ENT_OFFICIAL && e->type != ENT_PERSON) ||
		    e->role == NULL)
			continue;
		if (affil_role_has(e->role, p, n) || (rest != NULL &&
		    e->affiliation == body && affil_role_has(e->role, rest,
		    d->toks.v[h].end - (uint32_t)(rest - d->text))))
			return m->entity;
	}
	return -1;
}

/* The government (the government said): the country of its sentence, or
 * the article's. */
static int
affil_government(const struct doc *d, const struct claim *c)
{
	size_t h = affil_head(d, &c->source);
	const struct sentence *s = affil_sent(d, c->source.start);
	static const char *const gov[] = { "government", "administration",
	    NULL };
	size_t i;

	if (h >= d->toks.n || !affil_tok_in(d, h, gov) || s == NULL)
		return -1;
	i = MODEL_FIRST(d->mentions, struct mention, start, s->start);
	for (; i < d->mentions.n && d->mentions.v[i].start < s->end; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity >= 0 && d->ents.v[m->entity].type == ENT_COUNTRY &&
		    m->kind != MENTION_NOMINAL && m->kind != MENTION_PRONOUN &&
		    !(d->toks.v[affil_tok_at(d, m->start)].flags & TOK_INQUOTE))
			return m->entity;
	}
	return affil_home(d);
}

/* A source that names no one by name: a title, the government, a body. */
static void
affil_unnamed_source(struct doc *d, struct claim *c)
{
	int e;

	if ((e = affil_titled(d, &c->source, c->cue.start)) >= 0) {
		c->speaker = e;
		c->party = affil_party_of(d, e);
	} else if ((e = affil_government(d, c)) >= 0) {
		c->speaker = e;
		c->party = e;
	} else if (c->speaker < 0 && c->party < 0)
		affil_claim(d, c);
}

/* ------------------------------------------------------- pronouns */

/* The sex an honorific gives (Mr Brown: 'm', Mrs Jowell: 'f'), or 0. */
static char
affil_honorific_sex(const struct doc *d, size_t k)
{
	static const char *const male[] = { "mr", "sir", "lord", NULL };
	static const char *const female[] = { "ms", "mrs", "miss", "lady",
	    "dame", "baroness", NULL };

	if (affil_tok_in(d, k, male))
		return 'm';
	return affil_tok_in(d, k, female) ? 'f' : 0;
}

/* Per entity, the sex its honorifics give, or 0 (unknown, or both). */
static char *
affil_sexes(const struct doc *d)
{
	char *sex = xcalloc(d->ents.n + 1, 1), g;
	size_t i, k;

	for (i = 0; i < d->mentions.n; i++) {
		const struct mention *m = &d->mentions.v[i];

		if (m->entity < 0 || m->kind == MENTION_PRONOUN ||
		    (k = affil_tok_at(d, m->start)) == 0 ||
		    (g = affil_honorific_sex(d, k - 1)) == 0)
			continue;
		if (sex[m->entity] == 0)
			sex[m->entity] = g;
		else if (sex[m->entity] != g)
			sex[m->entity] = '?';
	}
	for (i = 0; i < d->ents.n; i++)
		if (sex[i] == '?')
			sex[i] = 0;
	return sex;
}

/* The sex of a pronoun source (he: 'm', she: 'f'), or 0. */
static char
affil_pronoun_sex(const struct doc *d, const struct span *s)
{
	static const char *const he[] = { "he", NULL };
	static const char *const she[] = { "she", NULL };
	size_t k = affil_tok_at(d, s->start);

	if (k >= d->toks.n || d->toks.v[k].end != s->end)
		return 0;
	if (affil_tok_in(d, k, he))
		return 'm';
	return affil_tok_in(d, k, she) ? 'f' : 0;
}

/* Is entity e a person who may be called so (sex: 'm', 'f')? */
static int
affil_fits(const struct doc *d, const char *sexes, int e, char sex)
{
	return e >= 0 && (d->ents.v[e].type == ENT_PERSON ||
	    d->ents.v[e].type == ENT_OFFICIAL) &&
	    (sexes[e] == 0 || sexes[e] == sex);
}

/* The latest person named before byte off outside quotes, of that sex
 * (only one whose sex is known), within the paragraph; -1. */
static int
affil_latest_of_sex(const struct doc *d, const char *sexes, uint32_t off,
    char sex)
{
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off);
	uint32_t from = affil_para_start(d, off);
	const struct sentence *s = affil_sent(d, off);

	/* the paragraph, or the one before when the pronoun opens it */
	if (s != NULL && s->start == from && s->para > 0)
		from = d->paras.v[s->para - 1].start;
	for (size_t seen = 0; i-- > 0 && seen++ < AFFIL_LOOKBACK;) {
		const struct mention *m = &d->mentions.v[i];

		if (m->start < from)
			break;
		if (m->entity >= 0 && m->kind != MENTION_PRONOUN &&
		    sexes[m->entity] == sex &&
		    !(d->toks.v[affil_tok_at(d, m->start)].flags & TOK_INQUOTE))
			return m->entity;
	}
	return -1;
}

/*
 * The person a title names as the subject of sentence si (The prime
 * minister ratcheted up...; In a furious response, the first minister
 * said...), or -1: a title head among its first words, from "the".
 */
static int
affil_title_subject(const struct doc *d, size_t si)
{
	const struct sentence *s = &d->sents.v[si];
	static const char *const the[] = { "the", NULL };
	size_t k, a, e = s->tok_first + s->tok_count;
	struct span sp;

	for (k = s->tok_first; k < e && k < s->tok_first + 10; k++) {
		if (d->toks.v[k].flags & (TOK_INQUOTE | TOK_QUOTE) ||
		    affil_tok_in(d, k, affil_verbs) ||
		    (affil_mention_starting(d, k) >= 0 && !affil_body_type(
		    d->ents.v[d->mentions.v[affil_mention_starting(d, k)].entity].type)))
			return -1;	/* a verb, a named person: no title subject */
		if (!affil_title_tok(d, k))
			continue;
		for (a = k; a > s->tok_first && k - a < 4 &&
		    !affil_tok_in(d, a, the); a--)
			;
		if (!affil_tok_in(d, a, the))
			return -1;
		sp.start = d->toks.v[a].start;
		sp.end = d->toks.v[k].end;
		return affil_titled(d, &sp, sp.start);
	}
	return -1;
}

/* The sentence index holding byte off. */
static size_t
affil_sent_index(const struct doc *d, uint32_t off)
{
	return MODEL_FIRST(d->sents, struct sentence, end, off + 1);
}

/*
 * He or she: the person a title made the subject of this sentence or the
 * one before (The Tory leader was asked... He replies), else one of the
 * right sex when the speaker found is not (Christine May ... she said).
 */
static void
affil_pronoun(struct doc *d, struct claim *c, const char *sexes)
{
	char sex = affil_pronoun_sex(d, &c->source);
	size_t si = affil_sent_index(d, c->source.start);
	int e = -1;

	if (sex == 0 || si >= d->sents.n)
		return;
	/* He opens (or nearly) the sentence after the title's */
	if (si > 0 && c->source.start - d->sents.v[si].start < 40)
		e = affil_title_subject(d, si - 1);
	if (!affil_fits(d, sexes, e, sex))
		e = -1;
	if (e < 0 && c->speaker >= 0 && !affil_fits(d, sexes, c->speaker, sex))
		e = affil_latest_of_sex(d, sexes, c->source.start, sex);
	if (e < 0 || e == c->speaker)
		return;
	c->speaker = e;
	c->party = affil_party_of(d, e);
}

/*
 * Who, which, that: the name just before it (Mr Blair, who said...; the
 * Scottish National Party, which accused...), or nothing is changed.
 */
static void
affil_relative(struct doc *d, struct claim *c)
{
	static const char *const rel[] = { "who", "which", "that", NULL };
	size_t k = affil_tok_at(d, c->source.start), i;
	int e;

	if (k >= d->toks.n || d->toks.v[k].end != c->source.end ||
	    !affil_tok_in(d, k, rel) || k == 0)
		return;
	if (d->text[d->toks.v[k - 1].start] == ',' && k > 1)
		k--;
	i = MODEL_FIRST(d->mentions, struct mention, start, d->toks.v[k].start);
	if (i == 0 || d->mentions.v[i - 1].end != d->toks.v[k - 1].end ||
	    (e = d->mentions.v[i - 1].entity) < 0 ||
	    d->mentions.v[i - 1].kind == MENTION_PRONOUN)
		return;
	/* which: a body; who: a person or a body */
	if (affil_tok_in(d, affil_tok_at(d, c->source.start),
	    (const char *const[]){ "which", NULL }) &&
	    !affil_body_type(d->ents.v[e].type))
		return;
	c->speaker = e;
	c->party = affil_party_of(d, e);
}

/* the document qsort compares in; one per thread (--jobs) */
static _Thread_local const struct doc *affil_sort_doc;

static int
affil_cue_cmp(const void *a, const void *b)
{
	const struct claim *x = &affil_sort_doc->claims.v[*(const size_t *)a];
	const struct claim *y = &affil_sort_doc->claims.v[*(const size_t *)b];

	return x->cue.start < y->cue.start ? -1 : x->cue.start > y->cue.start;
}

/*
 * Is span s an unnamed source: its head, or the head before "for" or
 * "of", a noun of one (a spokesman for the Information Office)?
 */
static int
affil_unnamed_head(const struct doc *d, const struct span *s)
{
	size_t h = affil_head(d, s), k;

	if (h < d->toks.n && affil_tok_in(d, h, affil_unnamed))
		return 1;
	for (k = affil_tok_at(d, s->start); k + 1 < d->toks.n &&
	    d->toks.v[k + 1].end <= s->end; k++)
		if (affil_tok_in(d, k + 1, affil_preps))
			return affil_tok_in(d, k, affil_unnamed);
	return 0;
}

/*
 * He or she, or the spokesman, that names no one the text gave: the
 * unnamed source of the claim before (A Labour spokesman said... "...,"
 * he said), in its paragraph or the one before.
 */
static void
affil_pronoun_unnamed(struct doc *d, struct claim *c, const struct claim *p)
{
	const struct sentence *s = affil_sent(d, c->source.start);
	uint32_t from;

	if (p == NULL || p->party < 0 || s == NULL ||
	    (p->speaker >= 0 && !affil_unnamed_head(d, &p->source)) ||
	    (affil_pronoun_sex(d, &c->source) == 0 &&
	    !affil_unnamed_head(d, &c->source)))
		return;
	from = affil_para_start(d, c->source.start);
	if (s->para > 0 && s->start == from)
		from = d->paras.v[s->para - 1].start;
	if (p->cue.start >= from)
		c->party = p->party;
}

void
affil_claims(struct doc *d, const struct lexicon *lx)
{
	size_t *order = xmalloc((d->claims.n + 1) * sizeof *order), i;
	char *sexes = affil_sexes(d);
	struct claim *prev = NULL;
	int e;

	(void)lx;
	affil_home_memo.d = d;
	affil_home_memo.home = -2;
	for (i = 0; i < d->claims.n; i++)
		order[i] = i;
	affil_sort_doc = d;
	if (d->claims.n > 1)
		qsort(order, d->claims.n, sizeof *order, affil_cue_cmp);
	for (i = 0; i < d->claims.n; i++) {
		struct claim *c = &d->claims.v[order[i]];

		if (c->has_source && affil_named(d, &c->source) &&
		    !affil_names_person(d, &c->source) &&
		    (e = affil_titled(d, &c->source, c->cue.start)) >= 0) {
			/* the Tory co-chairman: a title of a party's man */
			c->speaker = e;
			c->party = affil_party_of(d, e);
		} else if (c->has_source && !affil_named(d, &c->source)) {
			affil_relative(d, c);
			affil_unnamed_source(d, c);
			affil_pronoun(d, c, sexes);
			if (c->speaker < 0 && c->party < 0)
				affil_pronoun_unnamed(d, c, prev);
		}
		if (c->has_source)
			prev = c;
	}
	for (i = 0; i < d->claims.n; i++) {
		struct claim *c = &d->claims.v[i];

		c->party_lexicon = c->speaker >= 0 && c->party >= 0 &&
		    c->party != c->speaker &&
		    d->ents.v[c->speaker].affiliation == c->party &&
		    d->ents.v[c->speaker].affil_lexicon;
	}
	affil_home_memo.d = NULL;
	free(sexes);
	free(order);
}
