/*
 * entities.c: the entity engine. Three passes over a segmented document:
 *
 * 1. Units. Every token is folded and hashed once; the longest lexicon
 *    match from each capitalised token (countries, bodies, companies,
 *    places, titles) becomes one unit, every other token a unit of its own.
 *    Each unit gets a one-letter class, so a sentence becomes a short shape
 *    string such as "aCTFN,v" for "the US president Jane Roe, said".
 * 2. Shapes. pcre2 patterns (compiled once, JIT) over the shape string
 *    find titled names, appositions, honorifics, organisation and company
 *    names by their heads and legal suffixes, and descriptions such as
 *    "the Chinese firm"; each match claims its units.
 * 3. Candidates. What the shapes found and the lexicon units left over
 *    become candidate mentions, handed to coref.c for entities.
 *
 * The unit classes (one letter each; the word classes come from lexicon.c):
 *   lexicon  C country  D demonym  M seat of government  Z country that is
 *            also a given name (Jordan)  O organisation  K company
 *            P person  E official  L place  T title  H honorific
 *   capitals F given name  N other name word  S never a name  A acronym
 *            I initial  R body's head (Party)  X legal suffix (Inc)
 *            Q state's head (Republic)  W law's or war's head (Act)
 *            Y place word (North)  2 ordinal  u title word (Trade)
 *            r roman numeral (Henry IV)
 *   words    a article  o of  f for  & and  v verb of saying  e verb after
 *            a subject  m title word  n name particle  J company noun
 *            g government noun  G officials and the like  h he/she
 *            i its
 *            p place preposition  b -based  V vessel or craft (the tanker)
 *            w any other word
 *   marks    s possessive  , ( )  q quotation mark  x other  | sentence end
 *
 * Units, shapes and names found are made one chunk of sentences at a time
 * (about a thousand tokens), so they stay small and in cache; candidates
 * pile up for the whole document, already in text order.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "coref.h"
#include "entities.h"
#include "lexicon.h"
#include "segment.h"
#include "util.h"

struct ent_tok {
	uint64_t hash;		/* hash of the folded token, 0 if none */
	uint32_t fold;		/* offset of the folded token */
	uint16_t flen;
};

struct unit {
	uint32_t tok, ntok;	/* tokens */
	char cls;
	uint8_t kind;		/* lexicon mention kind */
	uint8_t tclass;		/* title class */
	uint8_t place;		/* a lexicon form that is also a place */
	uint8_t claimed;
	uint8_t shout;		/* a word in a run of capitals (CALLED OUT) */
	int canon;		/* lexicon canon, or -1 */
	int sent;
	int cand;		/* candidate made for it, or -1 */
	int fend;		/* found name ending with it, or -1 */
	int fstart;		/* found name starting with it, or -1 */
};

/* A name found by a shape, before it becomes a candidate. */
struct found {
	uint32_t u0, u1;	/* units [u0, u1) */
	enum cand_what what;
	enum ent_type type;
	int affil_unit;		/* unit naming its affiliation, or -1 */
	uint32_t r0, r1;	/* units of the role, if r1 > r0 */
	int honorific;
	int personish;		/* a lone name in a person's place */
	int its;		/* its chief executive: the latest body's */
	int common;		/* also written in small letters: a noun */
	int acronym_of;		/* found index, or -1 */
	int country_unit;	/* nominal: unit of its country word, or -1 */
	int direct;		/* nominal: that unit's entity itself */
};

/* The engine's state: one chunk's units, and the document's candidates. */
struct ent {
	struct doc *d;
	const struct lexicon *lx;
	size_t tok0;			/* first token of the chunk */
	size_t sent0;			/* first sentence of the chunk */
	VEC(uint32_t) headline;		/* per sentence of the chunk: end of
					   its Title Case head, or 0 */
	size_t role0;			/* first role of the chunk */
	uint64_t present[2];		/* unit classes in the chunk */
	VEC(struct ent_tok) tt;
	VEC(char) fold;
	VEC(struct unit) units;
	VEC(char) shape;
	VEC(struct found) found;
	VEC(struct pending_role) roles;
	VEC(int) role_affil_unit;
	VEC(struct cand) cands;
	VEC(uint64_t) lower;		/* hashes of the chunk's words in
					   small letters (open addressing,
					   0 empty), made when first asked */
	int lower_made;
};

/* ---------------------------------------------------------------- tokens */

/*
 * Fold one ASCII token into out (which has room for 8 bytes more) and
 * hash it as lexicon_hash_token would, eight bytes at a time; 0 if it is
 * not all ASCII. avail bytes may be read from s (the token and beyond).
 */
static size_t
entities_fold_ascii(const char *s, size_t n, size_t avail, char *out,
    uint64_t *hash)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, x, up;
	size_t i, m;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return 0;	/* the hash reads words little-endian: the slow way */
#endif
	for (i = 0; i < n; i += 8) {
		m = n - i < 8 ? n - i : 8;
		if (i + 8 <= avail) {		/* one load, then the mask */
			memcpy(&x, s + i, 8);
			if (m < 8)
				x &= ((uint64_t)1 << (8 * m)) - 1;
		} else {
			x = 0;
			memcpy(&x, s + i, m);	/* little-endian, as the hash */
		}
		if (x & high)
			return 0;
		up = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1));
		x |= (up & high) >> 2;		/* A-Z to a-z */
		memcpy(out + i, &x, 8);
		if (m == 8) {
			h = (h ^ x) * 0xff51afd7ed558ccdULL;
			h ^= h >> 32;
		} else
			h = (h ^ x) * 0xc4ceb9fe1a85ec53ULL;
	}
	*hash = h ^ (h >> 29);
	return n;
}

/* Fold and hash tokens [tok0, end) once (no allocation per token). */
static void
entities_fold(struct ent *en, size_t end)
{
	struct doc *d = en->d;
	size_t i, n, len;
	struct ent_tok *t;
	const struct token *k;

	en->fold.n = 0;
	en->tt.n = 0;
	en->tt.v = vec_grow(en->tt.v, &en->tt.cap, end - en->tok0 + 1,
	    sizeof *en->tt.v);
	en->fold.v = vec_grow(en->fold.v, &en->fold.cap, 4096, 1);
	for (i = en->tok0; i < end; i++) {
		k = &d->toks.v[i];
		t = &en->tt.v[en->tt.n++];
		t->hash = 0;
		t->flen = 0;
		t->fold = (uint32_t)en->fold.n;
		len = k->end - k->start;
		if ((k->flags & TOK_QUOTE) || len > 255)
			continue;
		if (en->fold.cap - en->fold.n < 1024)
			en->fold.v = vec_grow(en->fold.v, &en->fold.cap,
			    en->fold.n + 4096, 1);
		n = entities_fold_ascii(d->text + k->start, len,
		    d->len + 1 - k->start, en->fold.v + en->fold.n, &t->hash);
		if (n == 0 && (n = lexicon_fold(d->text + k->start, len,
		    en->fold.v + en->fold.n, 1023)) != 0)
			t->hash = lexicon_hash_token(en->fold.v + en->fold.n, n);
		t->flen = (uint16_t)n;
		en->fold.n += n;
	}
}

/* Does token k satisfy a form's case rule for its token j? */
static int
entities_case_ok(const struct token *k, const struct lexicon_entry *e, int j)
{
	if ((e->upper >> j) & 1)
		return (k->flags & TOK_UPPER) != 0;
	if ((e->caps >> j) & 1) {
		if ((k->flags & TOK_UPPER) && k->end - k->start == 2)
			return 0;	/* the VA is no Va. (Virginia) */
		return (k->flags & (TOK_CAP | TOK_UPPER)) != 0;
	}
	return 1;
}

static int
entities_entry_case_ok(const struct ent *en, size_t first,
    const struct lexicon_entry *e)
{
	int j;

	for (j = 0; j < e->ntok; j++)
		if (!entities_case_ok(&en->d->toks.v[first + j], e, j))
			return 0;
	return 1;
}

/* The longest lexicon matches from token i (before token end). */
struct ent_match {
	const struct lexicon_entry *ent, *place, *title, *one;
};

static void
entities_lookup(const struct ent *en, size_t i, size_t end,
    struct ent_match *m)
{
	char key[512];
	size_t keylen = 0, j;
	uint64_t h = 0;
	const struct ent_tok *t;
	const struct lexicon_entry *e;

	memset(m, 0, sizeof *m);
	for (j = i; j < end && j - i < LEX_MAXTOK; j++) {
		t = &en->tt.v[j - en->tok0];
		if (t->flen == 0 || keylen + t->flen + 1 >= sizeof key)
			break;
		if (j > i)
			key[keylen++] = ' ';
		memcpy(key + keylen, en->fold.v + t->fold, t->flen);
		keylen += t->flen;
		h = lexicon_hash_more(h, t->hash);
		if ((e = lexicon_find(en->lx, h, key, keylen)) == NULL)
			break;
		if (j == i)
			m->one = e;
		if ((e->roles & LEX_ENT) && entities_entry_case_ok(en, i, e))
			m->ent = e;
		if ((e->roles & LEX_PLACE) && entities_entry_case_ok(en, i, e))
			m->place = e;
		if (e->roles & LEX_TITLE)
			m->title = e;
		if (!(e->roles & LEX_PREFIX))
			break;
	}
}

/* ---------------------------------------------------------------- units */

static struct unit *
entities_unit(struct ent *en, size_t tok, size_t ntok, char cls, int sent)
{
	struct unit *u = VEC_PUSH(en->units);

	memset(u, 0, sizeof *u);
	u->tok = (uint32_t)tok;
	u->ntok = (uint32_t)ntok;
	u->cls = cls;
	u->canon = -1;
	u->cand = -1;
	u->fend = -1;
	u->fstart = -1;
	u->sent = sent;
	*VEC_PUSH(en->shape) = cls;
	en->present[(cls >> 6) & 1] |= (uint64_t)1 << (cls & 63);
	return u;
}

/* Class of a lexicon entity form. */
static char
entities_ent_class(const struct ent *en, const struct lexicon_entry *e,
    const struct lexicon_entry *one)
{
	const struct lexicon_canon *c = lexicon_canon(en->lx, e->canon);

	switch (c->type) {
	case ENT_COUNTRY:
		if (e->kind == MENTION_DEMONYM)
			return 'D';
		if (e->kind == MENTION_METONYM)
			return 'M';
		if (e->ntok == 1 && one != NULL && (one->roles & LEX_FIRST))
			return 'Z';
		return 'C';
	case ENT_ORGANISATION:
		return 'O';
	case ENT_COMPANY:
		return 'K';
	case ENT_PERSON:
		return 'P';
	case ENT_OFFICIAL:
		return 'E';
	default:
		return 'x';
	}
}

/* Class of a punctuation token. */
static char
entities_punct_class(const struct doc *d, const struct token *k)
{
	char c = d->text[k->start];

	if (k->flags & TOK_POSS)
		return 's';
	if (k->flags & TOK_QUOTE)
		return 'q';
	if (c == ',')
		return ',';
	if (c == '(' || c == '[')
		return '(';
	if (c == ')' || c == ']')
		return ')';
	if (c == '&')
		return '&';
	return 'x';
}

/* Does the word end in "-based" (Shenzhen-based)? */
static int
entities_based(const struct doc *d, const struct token *k)
{
	return k->end - k->start > 6 && d->text[k->end - 6] == '-' &&
	    memcmp(d->text + k->end - 5, "based", 5) == 0;
}

/* Is token t a word of class c in data/words.tsv (any case)? */
static int
entities_tok_in(const struct doc *d, const struct lexicon *lx,
    const struct token *t, enum word_class c)
{
	return lx != NULL && lexicon_word_is(lexicon_word(lx, d->text + t->start,
	    t->end - t->start), c);
}

/*
 * Is the capitalised word an adjective of two parts whose last is in
 * small letters and made from a verb (League-trained, Kremlin-backed,
 * Soviet-era, Texas-born)? It is not a name's word.
 */
static int
entities_compound(const struct doc *d, const struct lexicon *lx,
    const struct token *k)
{
	const char *s = d->text + k->start, *h, *t;
	size_t n = k->end - k->start, m;

	if ((h = memchr(s, '-', n)) == NULL)
		return 0;
	while ((t = memchr(h + 1, '-', (size_t)(s + n - h - 1))) != NULL)
		h = t;
	t = h + 1;
	m = (size_t)(s + n - t);
	if (m < 2 || !(*t >= 'a' && *t <= 'z'))
		return 0;
	if (m > 3 && t[m - 2] == 'e' && t[m - 1] == 'd')
		return 1;
	return lx != NULL &&
	    lexicon_word_is(lexicon_word(lx, t, m), WC_COMPOUND_TAIL);
}

/* Is the word an initial: one capital letter before a period, or J.E.? */
static int
entities_initial(const struct doc *d, const struct token *k)
{
	const char *s = d->text + k->start;
	size_t n = k->end - k->start, i;

	if (n == 1)
		return s[0] >= 'A' && s[0] <= 'Z' && k->end < d->len &&
		    d->text[k->end] == '.';
	if (n < 4 || s[n - 1] != '.')
		return 0;
	for (i = 0; i < n; i += 2)
		if (!(s[i] >= 'A' && s[i] <= 'Z') || s[i + 1] != '.')
			return 0;
	return 1;
}

/* Is the word a roman numeral after a name (Henry IV, Vladimir II)? */
static int
entities_roman(const struct doc *d, const struct token *k)
{
	size_t n = k->end - k->start, i;

	if (n < 2 || n > 5)
		return 0;
	for (i = k->start; i < k->end; i++)
		if (d->text[i] != 'I' && d->text[i] != 'V' && d->text[i] != 'X')
			return 0;
	return 1;
}

/* Does the word start with a compass point and a hyphen (North-West)? */
static int
entities_compass(const struct doc *d, const struct token *k)
{
	static const char *const w[] = { "North-", "South-", "East-",
	    "West-", NULL };
	const char *const *p;
	char c = d->text[k->start];

	if (c != 'N' && c != 'S' && c != 'E' && c != 'W')
		return 0;
	for (p = w; *p != NULL; p++)
		if (k->end - k->start > strlen(*p) &&
		    strncmp(d->text + k->start, *p, strlen(*p)) == 0)
			return 1;
	return 0;
}

/* Is token k a word in capitals: TOK_UPPER, or one capital (A, I)? */
static int
entities_upperish(const struct token *k)
{
	if (!(k->flags & TOK_WORD) || (k->flags & TOK_DIGIT))
		return 0;
	return (k->flags & TOK_UPPER) ||
	    ((k->flags & TOK_CAP) && k->end - k->start == 1);
}

/*
 * Is word token i of [first, end) shouted: in capitals beside another word
 * in capitals (HE'S BEEN CALLED OUT, QUESTIONABLE MEDICAL CLAIMS)? Such
 * capitals are emphasis or a heading, not an acronym. A possessive between
 * the two words does not part them (EVEN OZ'S BOSS).
 */
static int
entities_shouted(const struct doc *d, size_t i, size_t first, size_t end)
{
	size_t j;

	if (!entities_upperish(&d->toks.v[i]))
		return 0;
	for (j = i; j > first && (d->toks.v[j - 1].flags & TOK_POSS); j--)
		;
	if (j > first && entities_upperish(&d->toks.v[j - 1]))
		return 1;
	for (j = i + 1; j < end && (d->toks.v[j].flags & TOK_POSS); j++)
		;
	return j < end && entities_upperish(&d->toks.v[j]);
}

/*
 * Does a determiner come before token k (his MBA, an SUV)? An unknown
 * acronym there is a common noun, not a body's name.
 */
static int
entities_determined(const struct doc *d, const struct lexicon *lx,
    const struct token *k)
{
	if (k == d->toks.v || (k->flags & TOK_SENT_START))
		return 0;
	return entities_tok_in(d, lx, k - 1, WC_ACRONYM_DET);
}

/*
 * Is the word a number in letters (Three, Twenty-seven, Hundreds)? It
 * starts no name: "Three Pinocchios", "Twenty-seven states" (but One
 * Nation may be a party). one is its lexicon entry, if any.
 */
static int
entities_number_word(const struct ent *en, const struct token *k,
    const struct lexicon_entry *one)
{
	const char *s = en->d->text + k->start, *h;
	const struct lexicon_entry *e;
	char buf[16];
	size_t n = k->end - k->start;

	if (one != NULL)
		return lexicon_word_is(one, WC_NUMBER);
	if (n < 5 || (h = memchr(s, '-', n)) == NULL ||
	    (n = (size_t)(h - s)) >= sizeof buf || n < 3 ||
	    (n = lexicon_fold(s, n, buf, sizeof buf)) == 0)
		return 0;
	e = lexicon_find(en->lx, lexicon_hash_more(0, lexicon_hash_token(buf,
	    n)), buf, n);
	return lexicon_word_is(e, WC_NUMBER);
}

/*
 * The entity engine's letter for a word's first class of words.tsv (see
 * lexicon.h), and for its first class when capitalised; 0 if none.
 */
static const char entities_wletter[WC_CAP_LAST + 1] = {
	[WC_ARTICLE] = 'a', [WC_OF] = 'o', [WC_AND] = '&', [WC_FOR] = 'f',
	[WC_SAYING] = 'v', [WC_TITLE_WORD] = 'm', [WC_PARTICLE] = 'n',
	[WC_COMPANY_NOUN] = 'J', [WC_GOVERNMENT_NOUN] = 'g', [WC_VESSEL] = 'V',
	[WC_HE_SHE] = 'h', [WC_ITS] = 'i', [WC_SPOKESPEOPLE] = 'G',
	[WC_LOCATIVE] = 'p', [WC_PERSON_VERB] = 'e', [WC_ORG_HEAD] = 'R',
	[WC_LAW_HEAD] = 'W', [WC_ORDINAL] = '2', [WC_STATE_HEAD] = 'Q',
	[WC_PLACE_WORD] = 'Y', [WC_COMPANY_HEAD] = 'X',
};

static char
entities_wclass(const struct lexicon_entry *e)
{
	return e != NULL && e->wclass != 0 ? entities_wletter[e->wclass - 1] : 0;
}

static char
entities_wcap(const struct lexicon_entry *e)
{
	return e != NULL && e->wcap != 0 ? entities_wletter[e->wcap - 1] : 0;
}

/* Is the word a party and state tag (R-Texas, D-N.Y.)? */
static int
entities_party_tag(const struct doc *d, const struct token *k)
{
	const char *s = d->text + k->start;

	return k->end - k->start >= 4 && strchr("RDI", s[0]) != NULL &&
	    s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z';
}

/*
 * Is the word a gerund opening its sentence before a capital (Painting
 * Trump as ...)? The capital says nothing; the word is no name's.
 */
static int
entities_gerund(const struct ent *en, const struct token *k)
{
	size_t n = k->end - k->start;

	return (k->flags & TOK_SENT_START) && n > 5 &&
	    strncmp(en->d->text + k->end - 3, "ing", 3) == 0 &&
	    k + 1 < en->d->toks.v + en->d->toks.n &&
	    (k[1].flags & TOK_CAP) && !(k[1].flags & TOK_UPPER);
}

/* Class of a single word with no lexicon entity, place or title. */
static char
entities_word_class(const struct ent *en, const struct token *k,
    const struct lexicon_entry *one, int shout)
{
	int cap = (k->flags & (TOK_CAP | TOK_UPPER)) != 0;
	size_t n = k->end - k->start;
	char wc = entities_wclass(one), wk = entities_wcap(one);

	if (shout && (wc == 0 || wc == 'w'))
		return 'w';	/* CALLED OUT: a word, maybe a known name */
	if (shout)
		return wc;
	if (entities_based(en->d, k) || (cap && entities_compound(en->d, en->lx, k)))
		return 'b';
	if (wc != 0 && (!cap || strchr("aho&p", wc) != NULL))
		return wc;
	if (wk == 'W' && (one->roles & LEX_FIRST) &&
	    k + 1 < en->d->toks.v + en->d->toks.n && (k[1].flags & TOK_CAP))
		return 'F';	/* Bill Clinton, not the Finance Bill */
	if (wk != 0 && wk != 'Y' && cap && !((k->flags & TOK_UPPER) && n <= 6))
		return wk;	/* ACT New Zealand: an acronym */
	if (entities_roman(en->d, k))
		return 'r';
	if (cap && (entities_number_word(en, k, one) ||
	    entities_party_tag(en->d, k)))
		return 'S';
	if (entities_initial(en->d, k))
		return 'I';
	if (entities_compass(en->d, k))
		return 'Y';
	if (wk == 'X' && n == 3 && strncmp(en->d->text + k->start, "plc", 3) == 0)
		return 'X';
	if (!cap)
		return wc != 0 ? wc : 'w';
	if (k->flags & TOK_DIGIT)
		return 'x';
	if (wc == 'm')
		return 'u';
	if (wc == 'n')
		return 'N';	/* De, Van: a name's part */
	if (wk == 'Y')
		return 'Y';
	if (one != NULL && (one->roles & LEX_STOP))
		return 'S';
	if (one != NULL && (one->roles & LEX_FIRST))
		return 'F';
	if (entities_gerund(en, k))
		return 'S';
	if ((k->flags & TOK_UPPER) && n >= 2 && n <= 6 &&
	    memchr(en->d->text + k->start, '-', n) == NULL)
		return entities_determined(en->d, en->lx, k) ? 'w' : 'A';
		/* not R-IN, a party and a state; not his MBA */
	if (wc != 0)
		return 'S';	/* a capitalised function word */
	return 'N';
}

/* A hyphenated title whose last part is a title (Vice-Chancellor), or NULL. */
static const struct lexicon_entry *
entities_hyphen_title(const struct ent *en, const struct token *k)
{
	const char *s = en->d->text + k->start, *h;
	size_t n = k->end - k->start, m;
	const struct lexicon_entry *e;
	char buf[64];

	if (n >= sizeof buf || (h = memchr(s, '-', n)) == NULL)
		return NULL;
	while (memchr(h + 1, '-', (size_t)(s + n - h - 1)) != NULL)
		h = memchr(h + 1, '-', (size_t)(s + n - h - 1));
	if ((m = lexicon_fold(h + 1, (size_t)(s + n - h - 1), buf,
	    sizeof buf)) == 0)
		return NULL;
	e = lexicon_find(en->lx, lexicon_hash_more(0, lexicon_hash_token(buf, m)),
	    buf, m);
	return e != NULL && (e->roles & LEX_TITLE) ? e : NULL;
}

/* Units of sentence s. */
static void
entities_sentence_units(struct ent *en, int s)
{
	const struct sentence *se = &en->d->sents.v[s];
	size_t i = se->tok_first, end = se->tok_first + se->tok_count, n;
	const struct token *k;
	const struct lexicon_entry *best;
	struct ent_match m;
	struct unit *u;
	int shout;

	while (i < end) {
		k = &en->d->toks.v[i];
		if (!(k->flags & TOK_WORD)) {
			entities_unit(en, i++, 1, entities_punct_class(en->d, k), s);
			continue;
		}
		entities_lookup(en, i, end, &m);
		best = m.ent;
		if (m.place != NULL && (best == NULL || m.place->ntok > best->ntok))
			best = m.place;
		if (m.title != NULL && (best == NULL || m.title->ntok > best->ntok))
			best = m.title;
		if (best == NULL && (best = entities_hyphen_title(en, k)) != NULL) {
			u = entities_unit(en, i++, 1, 'T', s);
			u->tclass = best->title_class;
			continue;
		}
		if (best == NULL) {
			shout = entities_shouted(en->d, i, se->tok_first, end);
			u = entities_unit(en, i++, 1, entities_word_class(en, k,
			    m.one, shout), s);
			u->shout = shout && u->cls == 'w';
			if (u->cls == 'I' && i < end && k->end ==
			    en->d->toks.v[i].start && en->d->text[k->end] == '.') {
				u->ntok++;	/* the initial's period */
				i++;
			}
			continue;
		}
		n = best->ntok;
		if (best == m.ent) {
			u = entities_unit(en, i, n, entities_ent_class(en, best,
			    m.one), s);
			u->canon = best->canon;
			u->kind = best->kind;
			u->place = (best->roles & LEX_PLACE) != 0;
		} else if (best == m.place)
			u = entities_unit(en, i, n, 'L', s);
		else {
			u = entities_unit(en, i, n, best->title_class ==
			    TITLE_HONORIFIC ? 'H' : 'T', s);
			u->tclass = best->title_class;
		}
		i += n;
	}
	entities_unit(en, end, 0, '|', s);
}

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
static void
entities_compile(void)
{
	pthread_once(&shape_once, entities_compile_once);
	if (shape_md != NULL)
		return;
	shape_md = pcre2_match_data_create(8, NULL);
	pthread_setspecific(shape_key, shape_md);
}

/* Group g of the last match as units [*a, *b); 0 if it did not take part. */
static int
entities_group(int g, uint32_t *a, uint32_t *b)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(shape_md);

	if (ov[2 * g] == PCRE2_UNSET)
		return 0;
	*a = (uint32_t)ov[2 * g];
	*b = (uint32_t)ov[2 * g + 1];
	return 1;
}

/* Are units [a, b) all unclaimed? */
static int
entities_free(const struct ent *en, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (en->units.v[a].claimed)
			return 0;
	return 1;
}

static void
entities_claim(struct ent *en, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		en->units.v[a].claimed = 1;
}

static struct found *
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

/* Is unit i a name particle (Van, De), capitalised or not? */
static int
entities_particle(const struct ent *en, uint32_t i)
{
	const struct unit *u = &en->units.v[i];
	const struct ent_tok *t = &en->tt.v[u->tok - en->tok0];
	const struct lexicon_entry *e;

	if (u->ntok != 1 || t->flen == 0)
		return 0;
	e = lexicon_find(en->lx, lexicon_hash_more(0, t->hash),
	    en->fold.v + t->fold, t->flen);
	return entities_wclass(e) == 'n';
}

/* Does the word at unit a end in one of the endings (NULL-terminated),
 * with at least three letters before it? */
static int
entities_ends_in(const struct ent *en, uint32_t a, const char *const *end)
{
	const struct token *t = &en->d->toks.v[en->units.v[a].tok];
	size_t n = t->end - t->start, m;

	for (; *end != NULL; end++) {
		m = strlen(*end);
		if (n >= m + 3 && memcmp(en->d->text + t->end - m, *end, m) == 0)
			return 1;
	}
	return 0;
}

/*
 * Has the word at unit a the ending of an adjective or a participle
 * (Rival, Crooked, Leading, Radical, Decisive)? Before a given name, it is
 * a modifier, not a name.
 */
static int
entities_modifier(const struct ent *en, uint32_t a)
{
	static const char *const end[] = { "ed", "al", "ing", "ic", "ive",
	    "ous", "ful", "less", "ist", "ant", "ent", "ian", NULL };
	return entities_ends_in(en, a, end);
}

/*
 * Where a person's name in units [a, b) starts: after capitalised words
 * glued before a given name and a surname (Rival Jane Roe, Miss Galaxy
 * Jane Roe, Crooked Jane Roe), which are no part of it; they are claimed.
 */
static uint32_t
entities_name_start(struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t j;

	for (j = a; j < b && en->units.v[j].cls == 'N' &&
	    !entities_particle(en, j); j++)
		;
	if (j == a || j + 1 >= b || en->units.v[j].cls != 'F' ||
	    strchr("NFI", en->units.v[j + 1].cls) == NULL)
		return a;
	if (!(a > 0 && en->units.v[a - 1].cls == 'H') &&
	    !entities_modifier(en, a))
		return a;	/* Lee Harvey Oswald: Lee may be a given name */
	entities_claim(en, a, j);
	return j;
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

/* Has units [a, b) one of class cls? */
static int
entities_has(const struct ent *en, uint32_t a, uint32_t b, char cls)
{
	for (; a < b; a++)
		if (en->units.v[a].cls == cls)
			return 1;
	return 0;
}

/* A name of the given type in group 1. */
static int
entities_named(struct ent *en, enum ent_type t)
{
	uint32_t a, b;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	entities_found(en, a, b, CAND_NAME, t);
	return 1;
}

static int
shape_company(struct ent *en)
{
	return entities_named(en, ENT_COMPANY);
}

static int entities_plain_name(const struct ent *, uint32_t, uint32_t);
static int entities_definite(const struct ent *);

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

/* Are tokens [a, b) in Title Case? Words of four letters or more count. */
static int
entities_title_case(const struct ent *en, size_t a, size_t b, int *words)
{
	const struct token *t;
	int caps = 0;

	for (*words = 0; a < b; a++) {
		t = &en->d->toks.v[a];
		if (!(t->flags & TOK_WORD) || (t->flags & TOK_DIGIT) ||
		    t->end - t->start < 4)
			continue;
		(*words)++;
		caps += (t->flags & (TOK_CAP | TOK_UPPER)) != 0;
	}
	return *words >= 2 && caps * 10 >= *words * 8;
}

/* Do all words of tokens [a, b) start with a capital? */
static int
entities_all_capitals(const struct ent *en, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((en->d->toks.v[a].flags & (TOK_WORD | TOK_CAP | TOK_UPPER |
		    TOK_DIGIT)) == TOK_WORD)
			return 0;
	return 1;
}

/*
 * The end of sentence s's headline in Title Case, whose capitals say
 * nothing about names, or 0: the title; a short paragraph of one sentence
 * (a subhead); or a run-in head before a colon at a paragraph's start
 * ("Little Relief for Refugees: The crisis ...").
 */
static uint32_t
entities_headline(const struct ent *en, size_t s)
{
	const struct sentence *se = &en->d->sents.v[s];
	const struct para *p = &en->d->paras.v[se->para];
	size_t a = se->tok_first, b = a + se->tok_count, i;
	int words, period;

	if (se->start != p->start)
		return 0;	/* every kind of head starts a paragraph */
	if (p->kind == PARA_TITLE && entities_title_case(en, a, b, &words))
		return (uint32_t)b;	/* Plan to Fight X: Buy Mines, Sell Coal */
	for (i = a; i < b; i++)
		if (en->d->text[en->d->toks.v[i].start] == ':' &&
		    !(en->d->toks.v[i].flags & TOK_WORD)) {
			if (entities_title_case(en, a, i, &words))
				return (uint32_t)i;
			break;
		}
	if (!entities_title_case(en, a, b, &words))
		return 0;
	if (p->kind == PARA_TITLE)
		return (uint32_t)b;
	/* a subhead: "Human Rights." is one, "Bill Clinton met Henry IV." not */
	period = en->d->text[en->d->toks.v[b - 1].start] == '.';
	if (se->end == p->end && (period ? words <= 4 &&
	    entities_all_capitals(en, a, b) : words <= 12))
		return (uint32_t)b;
	return 0;
}

/* Is unit u in a Title Case headline? */
static int
entities_in_headline(const struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];

	return x->tok < en->headline.v[x->sent - en->sent0];
}

/* Units of a body's head in [a, b): R (Party) or a known body. */
static int
entities_heads(const struct ent *en, uint32_t a, uint32_t b)
{
	int n = 0;

	for (; a < b; a++)
		if (en->units.v[a].cls == 'R' || en->units.v[a].cls == 'O')
			n++;
	return n;
}

/* Heads of bodies or states in [a, b), where a run is cut in two. */
static int
entities_any_heads(const struct ent *en, uint32_t a, uint32_t b)
{
	return entities_heads(en, a, b) + entities_has(en, a, b, 'Q');
}

/* Is unit i a name word that did not just start its sentence? */
static int
entities_inner_name(const struct ent *en, uint32_t i)
{
	const struct unit *u = &en->units.v[i];

	return (u->cls == 'N' || u->cls == 'A') &&
	    !(en->d->toks.v[u->tok].flags & TOK_SENT_START);
}

/*
 * Does [a, b) join a country's name to a name: a name before it (United
 * Russia, Reclaim Australia) or names of it (Democratic Choice of Russia)?
 */
static int
entities_country_named(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i, j;

	for (i = a; i < b; i++) {
		if (en->units.v[i].cls != 'C')
			continue;
		if (i > a && entities_inner_name(en, i - 1))
			return 1;
		j = i;
		if (j > a && en->units.v[j - 1].cls == 'a')
			j--;
		if (j >= a + 3 && strchr("of", en->units.v[j - 1].cls) != NULL &&
		    strchr("NAu", en->units.v[j - 2].cls) != NULL &&
		    strchr("NAu", en->units.v[j - 3].cls) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Is [a, b) a body's name: a head, a country joined to names (United
 * Russia), or a demonym and names (American Legion; but four words with
 * no "of" are a titled name: Chinese Generalissimo Chiang Kai-shek)?
 * ENT_NTYPES if not; a state's head alone (Republic, Duchy) makes it a
 * country.
 */
static enum ent_type
entities_org_piece(const struct ent *en, uint32_t a, uint32_t b)
{
	if (b <= a || (b - a == 1 && strchr("OCQK", en->units.v[a].cls)))
		return ENT_NTYPES;
	if (entities_heads(en, a, b) > 0)	/* Sony Pictures Television */
		return en->units.v[a].cls == 'K' ? ENT_COMPANY :
		    ENT_ORGANISATION;
	if (entities_has(en, a, b, 'Q'))
		return ENT_COUNTRY;
	if (entities_country_named(en, a, b))
		return ENT_ORGANISATION;
	if (en->units.v[a].cls == 'D' && b - a >= 2 && (b - a <= 3 ||
	    entities_has(en, a, b, 'o') || entities_has(en, a, b, 'f')) &&
	    (entities_has(en, a + 1, b, 'N') || entities_has(en, a + 1, b, 'A')) &&
	    !entities_has(en, a, b, 'Y') && !entities_has(en, a, b, 'F'))
		return ENT_ORGANISATION;
	return ENT_NTYPES;
}

/* End of the connector (of the, for, and) at unit i, or i if none. */
static uint32_t
entities_connector(const struct ent *en, uint32_t i, uint32_t b)
{
	char c = en->units.v[i].cls;

	if (c != 'o' && c != 'f' && c != '&')
		return i;
	if (i + 1 < b && en->units.v[i + 1].cls == 'a')
		return i + 2;
	return i + 1;
}

/* Is unit i a word of status before a name (Retired, Former, Ex)? */
static int
entities_status_word(const struct ent *en, uint32_t i)
{
	const struct unit *u = &en->units.v[i];
	const struct ent_tok *t = &en->tt.v[u->tok - en->tok0];
	const struct lexicon_entry *e;

	if (u->ntok != 1 || u->canon >= 0 || t->flen == 0)
		return 0;
	e = lexicon_find(en->lx, lexicon_hash_more(0, t->hash),
	    en->fold.v + t->fold, t->flen);
	return lexicon_word_is(e, WC_STATUS);
}

/* Are units [a, b) two or three name words with no head (Rich Eisen)? */
static int
entities_plain_name(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;

	if (b - a < 2 || b - a > 3)
		return 0;
	for (i = a; i < b; i++)
		if (strchr("NFI", en->units.v[i].cls) == NULL)
			return 0;
	return 1;
}

/* End of the part after the "and" at unit i: the next "and", or b. */
static uint32_t
entities_and_end(const struct ent *en, uint32_t i, uint32_t b)
{
	for (i++; i < b && en->units.v[i].cls != '&'; i++)
		;
	return i;
}

/*
 * Where a body's name in units [a, b) must end: at a possessive before a
 * given name (the NFL Network's Rich Eisen: the person is not the body's),
 * and at "and" after a body's head (Sony Pictures Television and Oz).
 */
static uint32_t
entities_org_end(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;
	char c;

	for (i = a + 1; i + 1 < b; i++) {
		c = en->units.v[i].cls;
		if (c == 's' && (strchr("FZ", en->units.v[i + 1].cls) != NULL ||
		    entities_plain_name(en, i + 1, b)))
			return i;
		if (c == 'o' || c == 'f')
			return b;	/* Department of Health and Human Services */
		if (c == '&' && strchr("RO", en->units.v[i - 1].cls) != NULL &&
		    entities_any_heads(en, i + 1, entities_and_end(en, i, b)) == 0)
			return i;
	}
	return b;
}

/*
 * Where a body's name in units [a, b) starts: not at the sentence's first
 * word, with no head, joined by "for" or "of" to a known body or country
 * alone (Support for NATO, Members of the European Union): its capital
 * says nothing, and it is a common noun.
 */
static uint32_t
entities_org_start(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t j;
	const struct unit *u = &en->units.v[a];

	if (a + 2 >= b || !(en->d->toks.v[u->tok].flags & TOK_SENT_START) ||
	    strchr("NS", u->cls) == NULL || u[1].cls == '&' ||
	    (j = entities_connector(en, a + 1, b)) == a + 1)
		return a;
	if (en->units.v[j].canon >= 0 && strchr("OKCDZ", en->units.v[j].cls) &&
	    (j + 1 == b || entities_connector(en, j + 1, b) != j + 1))
		return j;
	return a;
}

/*
 * After "and" that ends a body's name at unit i: a run of name words with
 * no given name first is the name of another body (the National Union and
 * Yisrael Beiteinu); coref still finds a person's name met before in it.
 */
static void
entities_and_body(struct ent *en, uint32_t i, uint32_t b)
{
	uint32_t j, e;

	if (en->units.v[i].cls != '&' || i + 1 >= b)
		return;
	e = entities_and_end(en, i, b);
	for (j = i + 1; j < e; j++)	/* ACT New Zealand, not Germany */
		if (strchr(j == i + 1 ? "NA" : "NAC", en->units.v[j].cls) ==
		    NULL || en->units.v[j].claimed)
			return;
	entities_found(en, i + 1, e, CAND_NAME, ENT_ORGANISATION);
}

/* Go on looking for shapes after unit u, not after the whole match. */
static void
entities_resume(uint32_t u)
{
	pcre2_get_ovector_pointer(shape_md)[1] = u;
}

/*
 * A run of capitalised words with an organisation's head (Party, League)
 * or a known body inside ("Progressive Conservative Party of Canada"): one
 * organisation. A known body alone is left to the lexicon. The run is cut
 * where it joins two bodies ("the X Party and the Y Alliance") or a name to
 * a body ("Jane Roe of the Y Party").
 */
static int
shape_org(struct ent *en)
{
	uint32_t a, b, i, j, k, piece;
	enum ent_type t;
	int made = 0;

	if (!entities_group(1, &a, &b))
		return 0;
	if (entities_in_headline(en, a))
		return 2;	/* a Title Case headline: any run has heads */
	for (i = a; i < b; i++)
		if (en->units.v[i].claimed)
			a = i + 1;	/* what is left after a titled name */
	while (a < b && strchr("ofa&", en->units.v[a].cls) != NULL)
		a++;	/* Mr Roe of the Y League: no name starts with "of" */
	/* Jane Roe of the Y Party: the name is not the body's */
	if (a + 1 < b && en->units.v[a].cls == 'F' &&
	    strchr("NFI", en->units.v[a + 1].cls) != NULL) {
		for (a += 2; a < b && strchr("NFI", en->units.v[a].cls); a++)
			;
		if (a < b && (i = entities_connector(en, a, b)) != a)
			a = i;
		else if (a < b && en->units.v[a].cls == 's')
			a++;	/* Jane Roe's Y Party */
		else
			return 2;
	}
	while (a < b && entities_status_word(en, a))
		a++;	/* Retired U.S. Air Force: the status is a person's */
	if (a < b && (i = entities_org_end(en, a, b)) < b) {
		entities_and_body(en, i, b);
		b = i;
		entities_resume(b);	/* and Oz: maybe a name of its own */
	}
	if (a < b)
		a = entities_org_start(en, a, b);
	if (a >= b)
		return 2;
	while (b > a && en->units.v[b - 1].cls == 'S')
		b--;	/* the Y Party Monday */
	if (en->units.v[b - 1].cls == 'W') {
		entities_claim(en, a, b);	/* the Paris Agreement: no body */
		return 1;
	}
	for (piece = a, i = a; i < b; i++) {
		if ((j = entities_connector(en, i, b)) == i)
			continue;
		for (k = j; k < b && entities_connector(en, k, b) == k; k++)
			;
		if (entities_any_heads(en, j, k) > 0 &&
		    ((en->units.v[i].cls == '&' && entities_any_heads(en, piece, i)) ||
		    (en->units.v[i].cls != '&' && i - piece >= 2 &&
		    entities_any_heads(en, piece, i) == 0))) {
			if ((t = entities_org_piece(en, piece, i)) != ENT_NTYPES &&
			    entities_free(en, piece, i)) {
				entities_found(en, piece, i, CAND_NAME, t);
				made = 1;
			}
			piece = j;
		}
		i = j - 1;
	}
	if ((t = entities_org_piece(en, piece, b)) != ENT_NTYPES) {
		entities_found(en, piece, b, CAND_NAME, t);
		made = 1;
	}
	return made ? 1 : 2;
}

/*
 * Does the lone name at unit u stand where a person does: as the subject
 * of a verb ("Simard was", "Dumont campaigned")? 1 if so; -1 after an
 * article or a preposition ("the Times", "in Alberta"); 0 if it cannot
 * tell.
 */
static int
entities_personish(const struct ent *en, uint32_t u)
{
	const struct doc *d = en->d;
	const struct unit *x = &en->units.v[u];
	const struct token *t;
	char c;
	size_t n;

	if (x->tok > 0 && !(d->toks.v[x->tok].flags & TOK_SENT_START)) {
		c = en->units.v[u - 1].cls;
		if (c == 'a' || c == 'o' || c == 'p' || c == 'f' ||
		    (d->toks.v[x->tok - 1].flags & TOK_DIGIT))
			return -1;
	}
	if (u + 1 >= en->units.n)
		return 0;
	c = en->units.v[u + 1].cls;
	if (c == 'v' || c == 'e')
		return 1;
	if (c != 'w')
		return 0;
	t = &d->toks.v[en->units.v[u + 1].tok];
	n = t->end - t->start;
	return n > 4 && strncmp(d->text + t->end - 2, "ed", 2) == 0;
}

/* Are units [a, b) all of a quotation, as the title of a work is? */
static int
entities_quoted(const struct ent *en, uint32_t a, uint32_t b)
{
	const struct unit *n;

	if (a == 0 || en->units.v[a - 1].cls != 'q' || b >= en->units.n)
		return 0;
	n = &en->units.v[b];
	if ((n->cls == ',' || (n->cls == 'x' &&
	    en->d->text[en->d->toks.v[n->tok].start] == '.')) &&
	    b + 1 < en->units.n)
		n++;	/* “Shark Tank.” */
	return n->cls == 'q';
}

/*
 * Has a word of units [a, b) the ending of an abstract noun (Protection,
 * Development, Awareness, Security, Tourism)? People's names do not.
 */
static int
entities_common_noun(const struct ent *en, uint32_t a, uint32_t b)
{
	static const char *const end[] = { "tion", "sion", "ment", "ness",
	    "ity", "ism", "ship", "ology", NULL };
	const struct token *t;
	const char *const *p;
	size_t n, m;

	for (; a < b; a++) {
		t = &en->d->toks.v[en->units.v[a].tok];
		n = t->end - t->start;
		for (p = end; *p != NULL; p++) {
			m = strlen(*p);
			if (n >= m + 3 && memcmp(en->d->text + t->end - m, *p,
			    m) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * Does the word at unit a have an adjective's ending (Presidential,
 * Natural, Dangerous, Decisive)? A run it starts is no person's name.
 */
static int
entities_adjective(const struct ent *en, uint32_t a)
{
	static const char *const end[] = { "ial", "ical", "ural", "onal",
	    "ous", "ive", "able", "ible", NULL };
	return entities_ends_in(en, a, end);
}

/* Make the set of the chunk's words that start with a small letter. */
static void
entities_lower_make(struct ent *en)
{
	size_t i, j, mask;
	const struct token *k;
	uint64_t h;

	for (mask = 1024; mask < 2 * en->tt.n; mask *= 2)
		;
	en->lower.v = vec_grow(en->lower.v, &en->lower.cap, mask,
	    sizeof *en->lower.v);
	memset(en->lower.v, 0, mask * sizeof *en->lower.v);
	en->lower.n = mask--;
	for (i = 0; i < en->tt.n; i++) {
		k = &en->d->toks.v[en->tok0 + i];
		if ((h = en->tt.v[i].hash) == 0 || !(k->flags & TOK_WORD) ||
		    !(en->d->text[k->start] >= 'a' && en->d->text[k->start] <= 'z'))
			continue;
		for (j = h & mask; en->lower.v[j] != 0 && en->lower.v[j] != h;
		    j = (j + 1) & mask)
			;
		en->lower.v[j] = h;
	}
	en->lower_made = 1;
}

/*
 * Is the capitalised word at unit u, opening its sentence, written in
 * small letters elsewhere in the chunk (Bankruptcy ... bankruptcy)? Then
 * it is a common noun, not a name.
 */
static int
entities_lower_elsewhere(struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];
	uint64_t h = en->tt.v[x->tok - en->tok0].hash;
	size_t j, mask;

	if (h == 0 || x->ntok != 1 ||
	    !(en->d->toks.v[x->tok].flags & TOK_SENT_START))
		return 0;
	if (!en->lower_made)
		entities_lower_make(en);
	mask = en->lower.n - 1;
	for (j = h & mask; en->lower.v[j] != 0; j = (j + 1) & mask)
		if (en->lower.v[j] == h)
			return 1;
	return 0;
}

/* Any other run of capitalised words: a person if it looks like one. */
static int
shape_name(struct ent *en)
{
	uint32_t a, b;
	const struct unit *u;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	u = &en->units.v[a];
	if (entities_quoted(en, a, b)) {
		entities_claim(en, a, b);	/* “Shark Tank”: a title */
		return 1;
	}
	if (u->cls != 'F' && entities_has(en, a, b, 'Y')) {
		entities_claim(en, a, b);	/* North Down: a place */
		return 1;
	}
	if (!entities_has(en, a, b, 'N') && !entities_has(en, a, b, 'F'))
		return 0;	/* initials alone */
	if (u->cls != 'F' && (entities_common_noun(en, a, b) ||
	    (b - a >= 2 && entities_adjective(en, a)))) {
		entities_claim(en, a, b);	/* Consumer Protection */
		return 1;
	}
	a = entities_name_start(en, a, b);	/* Rival Jane Roe */
	if (b - a >= 2)
		entities_found(en, a, b, CAND_NAME, ENT_PERSON);
	else if (u->cls == 'N' && entities_lower_elsewhere(en, a))
		entities_found(en, a, b, CAND_SHORT, ENT_PERSON)->common = 1;
	else if (u->cls == 'N' || u->cls == 'F')
		entities_found(en, a, b, CAND_SHORT, ENT_PERSON)->personish =
		    entities_personish(en, a);
	else
		return 0;
	return 1;
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
	f->acronym_of = of >= 0 ? of : -2 - (int)(before - 1);
	return 1;
}

/*
 * A seat of government stands for its state ("Beijing said", "Washington's
 * view", "the government in Kabul"), but a place where something happens
 * is only a place ("talks in Paris", "flew to the White House").
 */
/* Is unit i a place-like neighbour in a list: a place, seat or name? */
static int
entities_listed(const struct ent *en, size_t i, int and)
{
	char c;

	if (i >= en->units.n)
		return 0;
	c = en->units.v[i].cls;
	return c == 'L' || c == 'N' || (!and && c == 'M');
}

/* Is the seat at unit i one item of a list of places (Paris, Rome and Oslo)? */
static int
entities_in_list(const struct ent *en, size_t i)
{
	char p = i > 0 ? en->units.v[i - 1].cls : 0;
	char n = i + 1 < en->units.n ? en->units.v[i + 1].cls : 0;

	if ((p == ',' || p == '&') && i >= 2 &&
	    entities_listed(en, i - 2, p == '&'))
		return 1;
	return (n == ',' || n == '&') && entities_listed(en, i + 2, n == '&');
}

/* Is the seat at unit i after a place preposition (talks in Paris)? */
static int
entities_located(const struct ent *en, size_t i)
{
	const struct doc *d = en->d;
	uint32_t k = en->units.v[i].tok;

	if (d->toks.v[k].flags & TOK_SENT_START || k == 0)
		return 0;
	if (k > 1 && i > 0 && en->units.v[i - 1].cls == 'a')
		k--;	/* at the White House */
	if (!entities_tok_in(d, en->lx, &d->toks.v[k - 1], WC_SEAT_PREP))
		return 0;
	if (k == en->units.v[i].tok && segment_tok_is(d, &d->toks.v[k - 1], "at"))
		return 0;	/* hits back at Washington: no place */
	if (k < 2)
		return 1;
	if (entities_tok_in(d, en->lx, &d->toks.v[k - 2], WC_SEAT_AGENT))
		return 0;	/* the government in Kabul */
	return 1;
}

/*
 * Is unit i a dateline: a place in capitals opening a paragraph before a
 * dash or comma (WASHINGTON --, BEIJING, March 3)? It says where, not who.
 */
static int
entities_dateline(const struct ent *en, size_t i)
{
	const struct unit *u = &en->units.v[i];
	const struct token *t = &en->d->toks.v[u->tok];
	char nx = i + 1 < en->units.n ? en->units.v[i + 1].cls : 0;

	return (t->flags & TOK_UPPER) && (nx == ',' || nx == 'x') &&
	    t->start == en->d->paras.v[en->d->sents.v[u->sent].para].start;
}

/*
 * A seat of government stands for its state ("Beijing said", "Washington's
 * view", "the government in Kabul"), but a place where something happens
 * is only a place ("talks in Paris", "flew to the White House", "flights
 * to Rome, Cairo and Oslo").
 */
static void
entities_metonyms(struct ent *en)
{
	struct unit *u;
	size_t i;

	for (i = 0; i < en->units.n; i++) {
		if (en->shape.v[i] != 'M' && en->shape.v[i] != 'C')
			continue;	/* the shape string: one byte a unit */
		u = &en->units.v[i];
		if (u->claimed)
			continue;
		if (!entities_dateline(en, i) &&
		    !(i + 1 < en->units.n && en->units.v[i + 1].cls == 'Y') &&
		    (u->cls != 'M' || (!entities_located(en, i) &&
		    !entities_in_list(en, i))))
			continue;	/* Cardiff North is a place */
		u->cls = 'L';
		en->shape.v[i] = 'L';
	}
}

/*
 * Capitals that are not acronyms: a run of words in capitals (FULL TEXT,
 * BREAKING NEWS) and a dateline at a paragraph's start (FLINT, Mich. --).
 */
static void
entities_shouting(struct ent *en)
{
	const struct doc *d = en->d;
	struct unit *u;
	size_t i;
	char nx;

	for (i = 0; i < en->units.n; i++) {
		if (en->shape.v[i] != 'A')
			continue;
		u = &en->units.v[i];
		nx = i + 1 < en->units.n ? en->units.v[i + 1].cls : 0;
		if (nx == 'A')
			u->claimed = en->units.v[i + 1].claimed = 1;
		else if ((nx == ',' || nx == 'x') && d->toks.v[u->tok].start ==
		    d->paras.v[d->sents.v[u->sent].para].start)
			u->claimed = 1;
	}
}

/*
 * "on" joins a body's head to its subject as "of" does (the Commission on
 * Presidential Debates, the Council on Foreign Relations), but only right
 * after a head and before a capitalised word that is no known name alone
 * (not "the Senate on Iran").
 */
static void
entities_on_bodies(struct ent *en)
{
	size_t i;
	char nx;

	for (i = 1; i + 1 < en->units.n; i++) {
		if (en->shape.v[i] != 'p' || en->shape.v[i - 1] != 'R' ||
		    !segment_tok_is(en->d, &en->d->toks.v[en->units.v[i].tok],
		    "on"))
			continue;
		nx = en->units.v[i + 1].cls;
		if (nx == 'N' || nx == 'u' || (nx == 'A' && i + 2 < en->units.n &&
		    strchr("NuR", en->units.v[i + 2].cls) != NULL)) {
			en->units.v[i].cls = 'o';
			en->shape.v[i] = 'o';
		}
	}
}

/* Run every shape in order of trust. */
static void
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
	if ((en->present[('R' >> 6) & 1] >> ('R' & 63)) & 1)
		entities_on_bodies(en);
	for (i = 0; i < SHAPE_N; i++)
		if (i != SHAPE_ACRONYM && i != SHAPE_NAME)
			entities_shape(en, (enum shape_id)i, cb[i]);
	/* acronyms follow the names they abbreviate, and before lone names */
	entities_shape(en, SHAPE_ACRONYM, cb[SHAPE_ACRONYM]);
	entities_shape(en, SHAPE_NAME, cb[SHAPE_NAME]);
}

/* ---------------------------------------------------------------- candidates */

static uint32_t
entities_ustart(const struct ent *en, uint32_t u)
{
	return en->d->toks.v[en->units.v[u].tok].start;
}

static uint32_t
entities_uend(const struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];

	return en->d->toks.v[x->tok + x->ntok - 1].end;
}

static struct cand *
entities_cand(struct ent *en, uint32_t u0, uint32_t u1)
{
	struct cand *c = VEC_PUSH(en->cands);

	memset(c, 0, sizeof *c);
	c->start = entities_ustart(en, u0);
	c->end = entities_uend(en, u1 - 1);
	c->canon = -1;
	c->country = -1;
	c->affil = -1;
	c->affil_canon = -1;
	c->acronym_of = -1;
	c->affil_ent = -1;
	c->entity = -1;
	c->sent = en->units.v[u0].sent;
	en->units.v[u0].cand = (int)en->cands.n - 1;
	return c;
}

/* The candidate of a name found by a shape. */
static void
entities_found_cand(struct ent *en, const struct found *f)
{
	struct cand *c = entities_cand(en, f->u0, f->u1);

	c->what = f->what;
	c->type = f->type;
	c->kind = f->what == CAND_NOMINAL ? MENTION_NOMINAL :
	    f->acronym_of != -1 ? MENTION_ALIAS : MENTION_NAME;
	c->honorific = f->honorific;
	c->personish = f->personish;
	c->its = f->its;
	c->common = f->common;
	c->says = f->u1 < en->units.n && en->units.v[f->u1].cls == 'v';
	c->verify = (f->what == CAND_NAME || f->what == CAND_SHORT) &&
	    f->r1 == f->r0 && !f->honorific && f->acronym_of == -1 &&
	    (f->type == ENT_PERSON || f->type == ENT_ORGANISATION ||
	    f->type == ENT_COMPANY) && entities_in_headline(en, f->u0);
	if (f->r1 > f->r0) {
		c->role_start = entities_ustart(en, f->r0);
		c->role_end = entities_uend(en, f->r1 - 1);
	}
	if (f->country_unit >= 0)
		c->country = en->units.v[f->country_unit].canon;
	c->direct = f->direct;
	c->head = f->u1 == f->u0 + 1 && en->units.v[f->u0].cls == 'R';
	if (f->what == CAND_LEXICON)
		c->canon = en->units.v[-2 - f->acronym_of].canon;
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
	size_t i;

	for (i = 0; i < en->units.n; i++) {
		if (en->units.v[i].fstart >= 0)
			entities_found_cand(en,
			    &en->found.v[en->units.v[i].fstart]);
		else if (!en->units.v[i].claimed)
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
	struct cand *c;

	for (i = 0; i < en->found.n; i++) {
		f = &en->found.v[i];
		c = &en->cands.v[en->units.v[f->u0].cand];
		c->affil = entities_unit_cand(en, f->affil_unit);
		if (f->affil_unit >= 0 && c->affil < 0)
			c->affil_canon = en->units.v[f->affil_unit].canon;
		if (f->acronym_of >= 0)
			c->acronym_of = en->units.v[en->found.v[f->acronym_of].u0].cand;
		else if (f->acronym_of < -1)
			c->acronym_of = entities_unit_cand(en, -2 - f->acronym_of);
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
	VEC_FREE(en->roles);
	VEC_FREE(en->role_affil_unit);
	VEC_FREE(en->cands);
	VEC_FREE(en->headline);
	VEC_FREE(en->lower);
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
	en->lower_made = 0;
	entities_fold(en, last->tok_first + last->tok_count);
	for (; s < e; s++) {
		entities_sentence_units(en, (int)s);
		*VEC_PUSH(en->headline) = entities_headline(en, s);
	}
	entities_shapes(en);
	entities_cands(en);
	entities_link(en);
}

void
entities_run(struct doc *d, const struct lexicon *lx)
{
	struct ent en;
	struct coref_input in;
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
	if (lx == NULL)
		return;
	entities_compile();
	for (s = 0; s < d->sents.n; s = e) {
		for (e = s, n = 0; e < d->sents.n && n < 1024; e++)
			n += d->sents.v[e].tok_count;
		entities_chunk(&en, s, e);
	}
	in.c = en.cands.v;
	in.n = en.cands.n;
	in.roles = en.roles.v;
	in.nroles = en.roles.n;
	coref_run(d, lx, &in);
	entities_free_state(&en);
}
