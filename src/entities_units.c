/*
 * entities_units.c: the units of a chunk of sentences and their classes.
 * Every token is folded and hashed once (eight ASCII bytes at a time);
 * the longest lexicon match from each capitalised token becomes one unit,
 * every other token a unit of its own, and each unit gets a one-letter
 * class; the sentence becomes a shape string for the patterns of
 * entities_shapes.c.
 *
 * The unit classes (one letter each; the word classes come from
 * data/words.tsv through the lexicon):
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
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "entities_int.h"
#include "entities_units.h"
#include "segment.h"
#include "util.h"

/* ---------------------------------------------------------------- tokens */

/*
 * Fold and hash tokens [tok0, end) once (no allocation per token). The
 * arrays are read from locals: the stores of the folds might alias them,
 * for all the compiler knows, and it read them again at every token.
 */
void
entities_fold(struct ent *en, size_t end)
{
	const struct doc *d = en->d;
	const struct token *k = d->toks.v + en->tok0, *kend = d->toks.v + end;
	const char *text = d->text;
	struct ent_tok *t;
	char *fold;
	size_t nf = 0, n, len;
	uint64_t h;
	unsigned marks;

	en->tt.v = vec_grow(en->tt.v, &en->tt.cap, end - en->tok0 + 1,
	    sizeof *en->tt.v);
	en->tt.n = end - en->tok0;
	fold = en->fold.v = vec_grow(en->fold.v, &en->fold.cap, 4096, 1);
	memset(en->lower, 0, sizeof en->lower);
	for (t = en->tt.v; k < kend; k++, t++) {
		len = k->len;
		if ((k->flags & TOK_QUOTE) || len > 255) {
			*t = (struct ent_tok){ .fold = (uint32_t)nf,
			    .has = (uint8_t)lexicon_marks(text + k->start, len) };
			continue;
		}
		if (en->fold.cap - nf < 1024)
			fold = en->fold.v = vec_grow(fold, &en->fold.cap,
			    nf + 4096, 1);
		n = lexicon_fold_hash_marks(text + k->start, len,
		    d->len + 1 - k->start, fold + nf, 1023, &h, &marks);
		*t = (struct ent_tok){ .hash = h, .fold = (uint32_t)nf,
		    .flen = (uint16_t)n, .has = (uint8_t)marks };
		if (n > 0)	/* a space after: keys of several words */
			fold[nf + n++] = ' ';
		nf += n;
		if (h != 0 && (k->flags & TOK_WORD) &&
		    text[k->start] >= 'a' && text[k->start] <= 'z') {
			n = entities_lower_bit(h);
			en->lower[n / 64] |= (uint64_t)1 << (n % 64);
		}
	}
	en->fold.n = nf;
}

/* Does token k satisfy a form's case rule for its token j? */
static int
entities_case_ok(const struct token *k, const struct lexicon_entry *e, int j)
{
	if ((e->upper >> j) & 1)
		return (k->flags & TOK_UPPER) != 0;
	if ((e->caps >> j) & 1) {
		if ((k->flags & TOK_UPPER) && k->len == 2)
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

/* The longest key looked up, in bytes (less one). */
#define ENTITIES_MAXKEY 512

/* The longest lexicon matches from token i (before token end). */
struct ent_match {
	const struct lexicon_entry *ent, *place, *title, *one;
};

static void
entities_lookup(const struct ent *en, size_t i, size_t end,
    struct ent_match *m)
{
	const char *k = en->fold.v + en->tt.v[i - en->tok0].fold;
	size_t keylen = 0, j;
	uint64_t h = 0;
	const struct ent_tok *t;
	const struct lexicon_entry *e;

	memset(m, 0, sizeof *m);
	for (j = i; j < end && j - i < LEX_MAXTOK; j++) {
		t = &en->tt.v[j - en->tok0];
		if (t->flen == 0 || keylen + t->flen + 1 >= ENTITIES_MAXKEY)
			break;
		/* the words' folds lie one after the other, a space after
		 * each (entities_fold): the key is there, not copied */
		keylen += (j > i) + t->flen;
		h = lexicon_hash_more(h, t->hash);
		if ((e = lexicon_find(en->lx, h, k, keylen)) == NULL)
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

/*
 * Room for sentence s's units and their letters: a unit a token at most,
 * and the sentence's end; entities_unit then needs no test of room.
 */
static void
entities_units_room(struct ent *en, const struct sentence *se)
{
	size_t need = se->tok_count + 1;

	if (en->units.cap - en->units.n < need)
		en->units.v = vec_grow(en->units.v, &en->units.cap,
		    en->units.n + need, sizeof *en->units.v);
	if (en->shape.cap - en->shape.n < need)
		en->shape.v = vec_grow(en->shape.v, &en->shape.cap,
		    en->shape.n + need, 1);
}

/* Unit of tokens [tok, tok + ntok) of sentence sent, of class cls, in the
 * room entities_units_room made; inline: once per token. */
static inline struct unit *
entities_unit(struct ent *en, size_t tok, size_t ntok, char cls, int sent)
{
	struct unit *u = &en->units.v[en->units.n++];

	*u = (struct unit){ .tok = (uint32_t)tok, .ntok = (uint32_t)ntok,
	    .cls = cls, .canon = -1, .sent = sent, .cand = -1, .fend = -1,
	    .fstart = -1 };
	en->shape.v[en->shape.n++] = cls;
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
	return k->len > 6 && d->text[tok_end(k) - 6] == '-' &&
	    memcmp(d->text + tok_end(k) - 5, "based", 5) == 0;
}

/* Is token t a word of class c in data/words.tsv (any case)? */
int
entities_tok_in(const struct doc *d, const struct lexicon *lx,
    const struct token *t, enum word_class c)
{
	return lx != NULL && lexicon_word_is(lexicon_word(lx, d->text + t->start,
	    tok_end(t) - t->start), c);
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
	size_t n = k->len, m;

	if ((h = util_byte_in(s, '-', n)) == NULL)
		return 0;
	while ((t = util_byte_in(h + 1, '-', (size_t)(s + n - h - 1))) != NULL)
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

/*
 * Is the word an initial: one capital letter before a period, or J.E.?
 * Inline, its first letter tested first: most words are asked.
 */
static inline int
entities_initial(const struct doc *d, const struct token *k)
{
	const char *s = d->text + k->start;
	size_t n = k->len, i;

	if (!(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	if (n == 1)
		return tok_end(k) < d->len && d->text[tok_end(k)] == '.';
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
	size_t n = k->len, i;

	if (n < 2 || n > 5)
		return 0;
	for (i = k->start; i < tok_end(k); i++)
		if (d->text[i] != 'I' && d->text[i] != 'V' && d->text[i] != 'X')
			return 0;
	return 1;
}

/*
 * Does the word start with a compass point (words.tsv's class compass),
 * capitalised, and a hyphen (North-West)?
 */
static int
entities_compass(const struct ent *en, const struct token *k)
{
	const char *w = en->d->text + k->start, *key;
	const struct lexicon_entry *e;
	size_t n, len = k->len;

	if (en->lx == NULL || *w < 'A' || *w > 'Z')
		return 0;
	for (n = 1; n < len && w[n] != '-'; n++)
		;
	if (n + 1 >= len || !lexicon_word_is(e = lexicon_word(en->lx, w, n),
	    WC_COMPASS))
		return 0;
	key = lexicon_key(en->lx, e);
	return strlen(key) == n && (key[0] ^ 0x20) == *w &&
	    memcmp(key + 1, w + 1, n - 1) == 0;
}

/* Is token k a word in capitals: TOK_UPPER, or one capital (A, I)? */
static int
entities_upperish(const struct token *k)
{
	if (!(k->flags & TOK_WORD) || (k->flags & TOK_DIGIT))
		return 0;
	return (k->flags & TOK_UPPER) ||
	    ((k->flags & TOK_CAP) && k->len == 1);
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
	size_t n = k->len;

	if (one != NULL)
		return lexicon_word_is(one, WC_NUMBER);
	if (n < 5 || (h = util_byte_in(s, '-', n)) == NULL ||
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
const char entities_wletter[WC_CAP_LAST + 1] = {
	[WC_ARTICLE] = 'a', [WC_OF] = 'o', [WC_AND] = '&', [WC_FOR] = 'f',
	[WC_SAYING] = 'v', [WC_TITLE_WORD] = 'm', [WC_PARTICLE] = 'n',
	[WC_COMPANY_NOUN] = 'J', [WC_GOVERNMENT_NOUN] = 'g', [WC_VESSEL] = 'V',
	[WC_HE_SHE] = 'h', [WC_ITS] = 'i', [WC_SPOKESPEOPLE] = 'G',
	[WC_LOCATIVE] = 'p', [WC_PERSON_VERB] = 'e', [WC_ORG_HEAD] = 'R',
	[WC_LAW_HEAD] = 'W', [WC_ORDINAL] = '2', [WC_STATE_HEAD] = 'Q',
	[WC_PLACE_WORD] = 'Y', [WC_COMPANY_HEAD] = 'X',
};

/* Is the word a party and state tag (R-Texas, D-N.Y.)? */
static int
entities_party_tag(const struct doc *d, const struct token *k)
{
	const char *s = d->text + k->start;

	return k->len >= 4 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') &&
	    s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z';
}

/*
 * Is the word a gerund opening its sentence before a capital (Painting
 * Trump as ...)? The capital says nothing; the word is no name's.
 */
static int
entities_gerund(const struct ent *en, const struct token *k)
{
	size_t n = k->len;

	return (k->flags & TOK_SENT_START) && n > 5 &&
	    strncmp(en->d->text + tok_end(k) - 3, "ing", 3) == 0 &&
	    k + 1 < en->d->toks.v + en->d->toks.n &&
	    (k[1].flags & TOK_CAP) && !(k[1].flags & TOK_UPPER);
}

/*
 * Is the word a middle initial that is also a word (Paul A. Freund): one
 * capital letter and a period, after a given name and before a capital?
 */
static int
entities_middle_initial(const struct ent *en, const struct token *k)
{
	const struct doc *d = en->d;
	const struct lexicon_entry *e;

	if (!entities_initial(d, k) || k->len != 1 ||
	    k == d->toks.v || (k->flags & TOK_SENT_START) ||
	    k + 2 >= d->toks.v + d->toks.n || !(k[2].flags & TOK_CAP))
		return 0;
	e = lexicon_word(en->lx, d->text + k[-1].start, k[-1].len);
	return e != NULL && (e->roles & LEX_FIRST) && (k[-1].flags & TOK_CAP);
}

/*
 * Does a capitalised word follow token k, maybe after one or two name
 * particles (Bill Clinton, Bill de Blasio)?
 */
static int
entities_name_next(const struct ent *en, const struct token *k)
{
	const struct token *end = en->d->toks.v + en->d->toks.n;
	int i;

	for (i = 1; i <= 3 && k + i < end; i++) {
		if (k[i].flags & TOK_CAP)
			return 1;
		if (i == 3 || !entities_tok_in(en->d, en->lx, k + i, WC_PARTICLE))
			return 0;
	}
	return 0;
}

/*
 * Is the word in small letters a name particle joined by a hyphen to a
 * capitalised name (al-Hathloul, el-Sisi, bin-Talal)? It is a name's word.
 */
static int
entities_particle_name(const struct ent *en, const struct token *k)
{
	const char *s = en->d->text + k->start, *h;
	size_t n = k->len;

	if (en->lx == NULL || (h = util_byte_in(s, '-', n)) == NULL ||
	    h == s || h + 2 > s + n || !(h[1] >= 'A' && h[1] <= 'Z') ||
	    !(s[0] >= 'a' && s[0] <= 'z'))
		return 0;
	return lexicon_word_is(lexicon_word(en->lx, s, (size_t)(h - s)),
	    WC_PARTICLE);
}

/*
 * Is the word a brand's name in camel case: letters only, a capital inside
 * after small letters (DaimlerChrysler, TimeWarner, easyJet, eBay)? Not
 * after a capital and fewer than three small letters, or a name particle,
 * as surnames have them (McCain, MacLeod, DeSantis, FitzGerald), nor after
 * a given name (a handle: JaneRoe); in small letters first, one capital
 * inside (not a link's code).
 */
int
entities_camel(const struct ent *en, const struct token *k)
{
	const char *s = en->d->text + k->start;
	size_t n = k->len, i, j, lower = 0;
	const struct lexicon_entry *e;

	if (n < 4 || n > 40)
		return 0;
	/* the small letters first: most words have no capital inside, and
	 * are done with here, in one pass (2.4 million words on 30 MB) */
	for (i = s[0] >= 'A' && s[0] <= 'Z'; i < n && s[i] >= 'a' && s[i] <= 'z';
	    i++)
		lower++;
	if (i + 2 >= n || lower == 0 || !(s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
	    !(s[i + 2] >= 'a' && s[i + 2] <= 'z'))
		return 0;	/* no capital inside, or ABCs, or McX */
	for (j = i; j < n; j++)	/* letters only (the ones before are) */
		if (!((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
			return 0;
	e = lexicon_word(en->lx, s, i);
	if (s[0] >= 'A' && s[0] <= 'Z')	/* McCain, DeSantis, FitzGerald, */
		return lower >= 3 && !lexicon_word_is(e, WC_PARTICLE) &&
		    (e == NULL || !(e->roles & LEX_FIRST));	/* JohnRoe */
	for (i += 1; i < n && s[i] >= 'a' && s[i] <= 'z'; i++)
		;
	return lower <= 5 && i == n;	/* one capital inside: not x7hKqP */
}

/* The lexicon's form of the country's name or demonym (s, n), or NULL. */
static const struct lexicon_entry *
entities_country_word(const struct ent *en, const char *s, size_t n)
{
	const struct lexicon_entry *e;
	char buf[64];
	size_t m;

	if (n == 0 || !(s[0] >= 'A' && s[0] <= 'Z') ||
	    (m = lexicon_fold(s, n, buf, sizeof buf)) == 0)
		return NULL;
	e = lexicon_find(en->lx, lexicon_hash_more(0, lexicon_hash_token(buf,
	    m)), buf, m);
	if (e == NULL || !(e->roles & LEX_ENT) || e->ntok != 1 ||
	    lexicon_canon(en->lx, e->canon)->type != ENT_COUNTRY ||
	    (e->kind != MENTION_DEMONYM && e->kind != MENTION_NAME &&
	    e->kind != MENTION_ALIAS))
		return NULL;
	return e;
}

/*
 * Is the word two or more countries' names or demonyms joined by hyphens,
 * the last a demonym (US-German, British-Irish)? It is a demonym too: "a
 * US-German carmaker" describes a company.
 */
static int
entities_demonym_pair(const struct ent *en, const struct token *k)
{
	const char *s = en->d->text + k->start, *h;
	const char *end = s + (k->len);
	const struct lexicon_entry *e;

	if (en->lx == NULL || util_byte_in(s, '-', (size_t)(end - s)) == NULL)
		return 0;
	while ((h = util_byte_in(s, '-', (size_t)(end - s))) != NULL) {
		if (entities_country_word(en, s, (size_t)(h - s)) == NULL)
			return 0;
		s = h + 1;
	}
	e = entities_country_word(en, s, (size_t)(end - s));
	return e != NULL && e->kind == MENTION_DEMONYM;
}

/*
 * Is the capitalised word a government noun alone after "the" or opening
 * a sentence (The Government said, the Administration denied, "Government
 * departments get ...")? It is the noun, as in small letters, not a body's
 * name: the Scottish Government, the Government of Ireland and the Bush
 * Administration are names.
 */
static int
entities_cap_government(const struct ent *en, const struct token *k, char wc)
{
	const struct doc *d = en->d;
	const struct token *end = d->toks.v + d->toks.n;

	if (wc != 'g' || (!(k->flags & TOK_SENT_START) && (k == d->toks.v ||
	    k[-1].len != 3 || strncasecmp(d->text + k[-1].start, "the", 3) != 0)))
		return 0;
	return k + 1 >= end || (!(k[1].flags & (TOK_CAP | TOK_UPPER)) &&
	    !(k[1].len == 2 && strncmp(d->text + k[1].start, "of", 2) == 0));
}

/*
 * Is the short capitalised word at k a family name written first, before
 * a Korean given name of two syllables joined by a hyphen (Oh Min-jae, An
 * Ji-won, No Tae-woo): "Oh" is a stop word alone?
 */
static int
entities_family_first(const struct doc *d, const struct token *k)
{
	const struct token *end = d->toks.v + d->toks.n, *g = k + 1;
	const char *p, *h;
	size_t i;

	if (k->len > 3 || g >= end || !(g->flags & TOK_CAP) ||
	    (g->flags & TOK_UPPER) || g->len < 5 || g->len > 12 ||
	    g->start != k->start + k->len + 1)
		return 0;
	p = d->text + g->start;
	if ((h = memchr(p, '-', g->len)) == NULL || h - p < 2 ||
	    (size_t)(h - p) + 3 > g->len)
		return 0;
	for (i = 1; i < g->len; i++)	/* Min-jae: letters, one hyphen */
		if (p + i != h && !islower((unsigned char)p[i]))
			return 0;
	return 1;
}

/*
 * Is the word a lone body's head opening its sentence as a common noun:
 * before a comma ("Trust, openness and candour matter") or a small
 * plural ("Council leaders met", "Union members voted")? No body then;
 * "Parliament voted", "Police said", "Congress owns" keep theirs.
 */
static int
entities_lone_head(const struct ent *en, const struct token *k)
{
	const struct token *g = k + 1;
	const char *p;
	const struct lexicon_entry *e;
	char c;

	if (!(k->flags & TOK_SENT_START) || (k->flags & TOK_UPPER) ||
	    g >= en->d->toks.v + en->d->toks.n || (g->flags & TOK_SENT_START))
		return 0;
	p = en->d->text + g->start;
	if (g->len == 1 && p[0] == ',')
		return 1;
	if (!(g->flags & TOK_WORD) || (g->flags & (TOK_CAP | TOK_UPPER |
	    TOK_DIGIT | TOK_POSS)) || g->len < 5 || p[g->len - 1] != 's')
		return 0;
	c = p[g->len - 2];
	if (c == 's' || c == 'u' || c == 'i')
		return 0;	/* not a plural: glass, various, this */
	e = lexicon_word(en->lx, p, g->len);
	c = entities_wclass(e);
	return c == 0 || c == 'w';	/* not Police officials: theirs */
}

/*
 * Class of a single word with no lexicon entity, place or title; has is
 * its LEXICON_MARK_* (entities_fold).
 */
static char
entities_word_class(const struct ent *en, const struct token *k,
    const struct lexicon_entry *one, int shout, unsigned has)
{
	int cap = (k->flags & (TOK_CAP | TOK_UPPER)) != 0;
	int hyphen = (has & LEXICON_MARK_HYPHEN) != 0;
	size_t n = k->len;
	char wc = entities_wclass(one), wk = entities_wcap(one);

	if (shout && (wc == 0 || wc == 'w'))
		return 'w';	/* CALLED OUT: a word, maybe a known name */
	if (shout)
		return wc;
	if (hyphen && (entities_based(en->d, k) ||
	    (cap && entities_compound(en->d, en->lx, k))))
		return 'b';
	if (wc == 'a' && entities_middle_initial(en, k))
		return 'I';	/* Paul A. Freund, not an article */
	if (wc != 0 && (!cap || wc == 'a' || wc == 'h' || wc == 'o' ||
	    wc == '&' || wc == 'p' ||
	    entities_cap_government(en, k, wc)))
		return wc;
	if (wk == 'W' && (one->roles & LEX_FIRST) && entities_name_next(en, k))
		return 'F';	/* Bill Clinton, not the Finance Bill */
	if (wk == 'R' && entities_lone_head(en, k))
		return 'S';	/* Council leaders met: no body */
	if (wk != 0 && wk != 'Y' && cap && !((k->flags & TOK_UPPER) && n <= 6))
		return wk;	/* ACT New Zealand: an acronym */
	if (entities_roman(en->d, k))
		return 'r';
	if (cap && (entities_number_word(en, k, one) ||
	    entities_party_tag(en->d, k)))
		return 'S';
	if (entities_initial(en->d, k))
		return 'I';
	if (hyphen && entities_compass(en, k))
		return 'Y';
	if (cap && hyphen && entities_demonym_pair(en, k))
		return 'D';	/* a US-German carmaker */
	if (wk == 'X' && n == 3 && strncmp(en->d->text + k->start, "plc", 3) == 0)
		return 'X';
	if (!cap && hyphen && entities_particle_name(en, k))
		return 'N';	/* Loujain al-Hathloul */
	if (!cap && wc == 0 && (has & LEXICON_MARK_CAPITAL) &&
	    entities_camel(en, k))
		return 'N';	/* easyJet: a name */
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
	if (one != NULL && (one->roles & LEX_STOP) &&
	    !entities_family_first(en->d, k))
		return 'S';
	if (one != NULL && (one->roles & LEX_FIRST))
		return 'F';
	if (entities_gerund(en, k))
		return 'S';
	if ((k->flags & TOK_UPPER) && n >= 2 && n <= 6 && !hyphen)
		return entities_determined(en->d, en->lx, k) ? 'w' : 'A';
		/* not R-IN, a party and a state; not his MBA */
	if (wc != 0)
		return 'S';	/* a capitalised function word */
	return 'N';
}

/*
 * A capitalised law word after a given name or an honorific is a surname
 * (Jack Law, Mr Law; Ann Bill), not a law's head: the Finance Bill has no
 * given name before it. So is a word that never starts a name when small
 * words follow (Labour MSP Ann May had said; Mr May, the clerk): in a
 * Title Case headline (Ann Will Stand) the next word is capitalised too.
 */
static void
entities_law_surname(struct ent *en, struct unit *u)
{
	const struct unit *p = u - 1;
	const struct token *k = &en->d->toks.v[u->tok];
	const struct token *end = en->d->toks.v + en->d->toks.n;

	if (u->cls != 'W' && u->cls != 'S')
		return;		/* most words: tested first */
	if (en->units.n < 2 || p->sent != u->sent ||
	    p->tok + p->ntok != u->tok || (p->cls != 'F' && p->cls != 'H'))
		return;
	if (u->cls == 'S' && (!(k->flags & TOK_CAP) || (k->flags & TOK_UPPER) ||
	    k + 1 >= end || (k[1].flags & (TOK_CAP | TOK_UPPER | TOK_DIGIT)) ||
	    (k[1].flags & TOK_SENT_START)))
		return;
	u->cls = 'N';
	en->shape.v[u - en->units.v] = 'N';
	en->present['N' >> 6 & 1] |= (uint64_t)1 << ('N' & 63);
}

/*
 * A capitalised title right after a body's head and "of" or "for" is a
 * word of the body's name, no title (the Royal College of General
 * Practitioners, the Council of Chief Executives): no official there.
 */
static void
entities_title_in_body(struct ent *en, struct unit *u)
{
	const struct unit *p = u - 1;

	if (en->units.n < 3 || u->cls != 'T' || p->sent != u->sent ||
	    p[-1].sent != u->sent || strchr("of", p->cls) == NULL ||
	    strchr("RO", p[-1].cls) == NULL ||
	    !(en->d->toks.v[u->tok].flags & TOK_CAP) ||
	    (en->d->toks.v[u->tok].flags & TOK_UPPER))
		return;
	u->cls = 'N';
	u->tclass = 0;
	en->shape.v[u - en->units.v] = 'N';
	en->present['N' >> 6 & 1] |= (uint64_t)1 << ('N' & 63);
}

/* A hyphenated title whose last part is a title (Vice-Chancellor), or NULL. */
static const struct lexicon_entry *
entities_hyphen_title(const struct ent *en, const struct token *k)
{
	const char *s = en->d->text + k->start, *h;
	size_t n = k->len, m;
	const struct lexicon_entry *e;
	char buf[64];

	if (n >= sizeof buf || (h = util_byte_in(s, '-', n)) == NULL)
		return NULL;
	while (util_byte_in(h + 1, '-', (size_t)(s + n - h - 1)) != NULL)
		h = util_byte_in(h + 1, '-', (size_t)(s + n - h - 1));
	if ((m = lexicon_fold(h + 1, (size_t)(s + n - h - 1), buf,
	    sizeof buf)) == 0)
		return NULL;
	e = lexicon_find(en->lx, lexicon_hash_more(0, lexicon_hash_token(buf, m)),
	    buf, m);
	return e != NULL && (e->roles & LEX_TITLE) ? e : NULL;
}

/*
 * A status glued to a capitalised word by a hyphen (Ex-Welsh Office
 * minister, Ex-Labour MP): the unit of the word after it, which the
 * lexicon knows, with the status's bytes skipped; NULL if none.
 */
static struct unit *
entities_status_unit(struct ent *en, size_t i, int s)
{
	const struct token *k = &en->d->toks.v[i];
	const char *w = en->d->text + k->start, *h;
	size_t n = k->len, m;
	const struct lexicon_entry *e;
	struct unit *u;
	char buf[64];

	if (en->lx == NULL || !(k->flags & TOK_CAP) ||
	    (h = util_byte_in(w, '-', n)) == NULL || h + 2 > w + n ||
	    !(h[1] >= 'A' && h[1] <= 'Z') ||
	    !lexicon_word_is(lexicon_word(en->lx, w, (size_t)(h - w)),
	    WC_STATUS) || util_byte_in(h + 1, '-', (size_t)(w + n - h - 1)) !=
	    NULL || (m = lexicon_fold(h + 1, (size_t)(w + n - h - 1), buf,
	    sizeof buf)) == 0)
		return NULL;
	e = lexicon_find(en->lx, lexicon_hash_more(0, lexicon_hash_token(buf,
	    m)), buf, m);
	if (e == NULL || !(e->roles & LEX_ENT) || e->ntok != 1)
		return NULL;
	u = entities_unit(en, i, 1, entities_ent_class(en, e, e), s);
	u->canon = e->canon;
	u->kind = e->kind;
	u->skip = (uint8_t)(h + 1 - w);
	return u;
}

/* Units of sentence s. */
void
entities_sentence_units(struct ent *en, int s)
{
	const struct sentence *se = &en->d->sents.v[s];
	size_t i = se->tok_first, end = se->tok_first + se->tok_count, n;
	const struct token *k;
	const struct lexicon_entry *best;
	struct ent_match m;
	struct unit *u;
	int shout;
	unsigned has;

	entities_units_room(en, se);
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
		has = en->tt.v[i - en->tok0].has;
		if (best == NULL && (has & LEXICON_MARK_HYPHEN) &&
		    (best = entities_hyphen_title(en, k)) != NULL) {
			u = entities_unit(en, i++, 1, 'T', s);
			u->tclass = best->title_class;
			continue;
		}
		if (best == NULL && (has & LEXICON_MARK_HYPHEN) &&
		    entities_status_unit(en, i, s) != NULL) {
			i++;	/* Ex-Welsh */
			continue;
		}
		if (best == NULL) {
			shout = entities_shouted(en->d, i, se->tok_first, end);
			u = entities_unit(en, i++, 1, entities_word_class(en, k,
			    m.one, shout, has), s);
			u->shout = shout && u->cls == 'w';
			entities_law_surname(en, u);
			if (u->cls == 'I' && i < end && tok_end(k) ==
			    en->d->toks.v[i].start && en->d->text[tok_end(k)] == '.') {
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
			entities_title_in_body(en, u);
		}
		i += n;
	}
	entities_unit(en, end, 0, '|', s);
}
