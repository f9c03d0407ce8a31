/*
 * entities_passes.c: the passes over a chunk's units before the shapes:
 * a country named for its government (Washington said), a run of
 * capitals shouted in a headline, the bodies named by their heads, lists
 * and datelines.
 */
#include <string.h>

#include "entities_int.h"
#include "entities_passes.h"
#include "entities_units.h"
#include "segment.h"

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
 * dash, a comma, a bracket, a date or the line's end (WASHINGTON --,
 * BEIJING, March 3; LONDON 1996-08-30; PARIS (Reuters) -)? It says where
 * the story was filed, not who acts: no country's mention.
 */
static int
entities_dateline(const struct ent *en, size_t i)
{
	const struct doc *d = en->d;
	const struct unit *u = &en->units.v[i];
	const struct token *t = &d->toks.v[u->tok];
	const struct para *p = &d->paras.v[d->sents.v[u->sent].para];
	size_t k = u->tok + u->ntok;
	char nx = i + 1 < en->units.n ? en->units.v[i + 1].cls : 0;

	if (!(t->flags & TOK_UPPER) || t->start != p->start)
		return 0;
	if (nx == ',' || nx == 'x' || nx == '(')
		return 1;
	return k >= d->toks.n || d->toks.v[k].start >= p->end ||
	    (d->toks.v[k].flags & TOK_DIGIT);
}

/*
 * A seat of government stands for its state ("Beijing said", "Washington's
 * view", "the government in Kabul"), but a place where something happens
 * is only a place ("talks in Paris", "flew to the White House", "flights
 * to Rome, Cairo and Oslo").
 */
void
entities_metonyms(struct ent *en)
{
	struct unit *u;
	size_t i, n = en->units.n;
	/* the next seat and the next country (the shape string: one byte
	 * a unit), each found by memchr; the units in text order */
	const char *m = memchr(en->shape.v, 'M', n);
	const char *c = memchr(en->shape.v, 'C', n);

	while (m != NULL || c != NULL) {
		if (c == NULL || (m != NULL && m < c)) {
			i = (size_t)(m - en->shape.v);
			m = memchr(m + 1, 'M', n - i - 1);
		} else {
			i = (size_t)(c - en->shape.v);
			c = memchr(c + 1, 'C', n - i - 1);
		}
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
void
entities_shouting(struct ent *en)
{
	const struct doc *d = en->d;
	struct unit *u;
	size_t i;
	char nx;

	for (i = 0; i < en->units.n; i++) {
		const char *a = memchr(en->shape.v + i, 'A', en->units.n - i);

		if (a == NULL)
			break;	/* the shape string: one byte a unit */
		i = (size_t)(a - en->shape.v);
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
void
entities_on_bodies(struct ent *en)
{
	size_t i;
	char nx;

	for (i = 1; i + 1 < en->units.n; i++) {
		const char *p = memchr(en->shape.v + i, 'p', en->units.n - 1 - i);

		if (p == NULL)
			break;
		i = (size_t)(p - en->shape.v);
		if (en->shape.v[i - 1] != 'R' ||
		    !segment_tok_is(en->d, &en->d->toks.v[en->units.v[i].tok],
		    "on"))
			continue;
		nx = en->units.v[i + 1].cls;
		if (nx == 'N' || nx == 'u' || nx == 'L' ||
		    (nx == 'A' && i + 2 < en->units.n &&
		    entities_in(en->units.v[i + 2].cls, "NuR"))) {
			en->units.v[i].cls = 'o';
			en->shape.v[i] = 'o';
		}
	}
}

/*
 * Has the capitalised word at unit i the ending of a political adjective
 * (Liberal, Socialist, Conservative, Republican, Democratic)?
 */
static int
entities_creed(const struct ent *en, size_t i)
{
	const struct token *t = &en->d->toks.v[en->units.v[i].tok];

	return lexicon_ends_like(en->lx, en->d->text + t->start,
	    tok_end(t) - t->start, WC_CREED_END);
}

/*
 * "union" in small letters at unit i after one unknown name word after
 * "the" (the Unite union, the Verdi union): the name's head.
 */
static int
entities_small_union(const struct ent *en, size_t i)
{
	const struct doc *d = en->d;
	const struct token *t = &d->toks.v[en->units.v[i].tok];
	size_t k = en->units.v[i - 1].tok;

	return t->len == 5 && segment_tok_is(d, t, "union") &&
	    en->shape.v[i - 1] == 'N' && en->units.v[i - 1].ntok == 1 &&
	    k > 0 && segment_tok_is(d, &d->toks.v[k - 1], "the");
}

/*
 * "party" in small letters after a known party's name or a political
 * adjective in capitals is the name's head (the Likud party, the Liberal
 * party), as "Party" is; not after a sentence's first word, nor after a
 * feast (a Christmas party).
 */
void
entities_small_party(struct ent *en)
{
	/* a word (m: a title's word, party leader) after a party, a name
	 * or a capitalised word: one test of the shape string's two bytes
	 * (the units' classes before the shapes), a branch seldom taken */
	static const unsigned char word[256] = { ['w'] = 1, ['m'] = 1 };
	static const unsigned char before[256] = { ['O'] = 1, ['N'] = 1,
	    ['u'] = 1 };
	const unsigned char *sh = (const unsigned char *)en->shape.v;
	const struct doc *d = en->d;
	const struct token *t;
	size_t i;
	char p;

	for (i = 1; i < en->units.n; i++) {
		if (!(word[sh[i]] & before[sh[i - 1]]))
			continue;
		p = en->shape.v[i - 1];
		t = &d->toks.v[en->units.v[i].tok];
		if ((d->toks.v[en->units.v[i - 1].tok].flags & TOK_SENT_START) ||
		    !(entities_small_union(en, i) || (t->len == 5 &&
		    segment_tok_is(d, t, "party") && (p == 'O' ||
		    (en->units.v[i - 1].ntok == 1 && entities_creed(en, i - 1))))))
			continue;
		en->units.v[i].cls = 'R';
		en->shape.v[i] = 'R';
	}
}

/* Is token t one of the small words a title keeps in small letters? */
static int
entities_title_small(const struct doc *d, const struct token *t)
{
#define SMALL(w) { w, sizeof w - 1 }	/* a word and its length */
	static const struct {
		const char *w;
		size_t n;
	} small[] = { SMALL("of"), SMALL("for"), SMALL("the"), SMALL("on"),
	    SMALL("by"), SMALL("to"), SMALL("a"), SMALL("an"), SMALL("and"),
	    SMALL("in"), SMALL("at"), SMALL("with"), SMALL("from"),
	    SMALL("over") };
#undef SMALL
	size_t i;

	for (i = 0; i < sizeof small / sizeof small[0]; i++)
		if (t->len == small[i].n &&
		    memcmp(d->text + t->start, small[i].w, t->len) == 0)
			return 1;
	return 0;
}

/*
 * The colon token ending an inline heading that opens the paragraph at
 * token k, or 0: title-case words up to a colon before a capital, with a
 * small word (Little Relief for Refugees:), an article first (The Gap
 * Goes On:) or five capitalised words (Veto Power Impedes Peace Efforts:);
 * not a speaker's label in a transcript (Ada Roe: We will win).
 */
static size_t
entities_heading_colon(const struct doc *d, size_t k)
{
	const struct token *t;
	size_t j, caps = 0;
	int small = 0, art = 0;

	for (j = k; j < d->toks.n && j < k + 10; j++) {
		t = &d->toks.v[j];
		if (!(t->flags & TOK_WORD))
			break;
		if (t->flags & TOK_CAP) {
			caps++;
			art |= j == k && ((t->len == 3 && memcmp(d->text + t->start,
			    "The", 3) == 0) || (t->len == 1 && d->text[t->start] == 'A'));
		} else if (entities_title_small(d, t))
			small = 1;
		else
			return 0;
	}
	if (j >= d->toks.n || j + 1 >= d->toks.n || caps < 2 ||
	    d->toks.v[j].len != 1 || d->text[d->toks.v[j].start] != ':' ||
	    !(d->toks.v[j + 1].flags & TOK_CAP))
		return 0;
	return small || art || caps >= 5 ? j : 0;
}

/* Is unit u the first of its paragraph (a sentence's end unit is not)? */
static int
entities_opens_para(const struct ent *en, const struct unit *u)
{
	const struct doc *d = en->d;

	return u->ntok != 0 && d->toks.v[u->tok].start ==
	    d->paras.v[d->sents.v[u->sent].para].start;
}

/* The first unit of sentence s, or the first after it (the units are in
 * the order of their sentences). */
static size_t
entities_sent_unit(const struct ent *en, int s)
{
	size_t lo = 0, hi = en->units.n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (en->units.v[mid].sent < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The unknown words of an inline heading are no names ("The Gap Goes On:
 * It was under Mr. Ban's watch ..."); a known name in one stays a name.
 * Only a sentence's first unit may open its paragraph: the units are
 * read only there and in a heading, not one by one.
 */
void
entities_inline_heading(struct ent *en)
{
	const struct sentence *se;
	struct unit *u;
	size_t i, end;
	int s, last;

	if (en->units.n == 0)
		return;
	last = en->units.v[en->units.n - 1].sent;
	for (s = en->units.v[0].sent; s <= last; s++) {
		se = &en->d->sents.v[s];
		if (se->start != en->d->paras.v[se->para].start)
			continue;	/* its first unit opens no paragraph */
		for (i = entities_sent_unit(en, s); i < en->units.n &&
		    en->units.v[i].sent == s && en->units.v[i].ntok == 0; i++)
			;	/* a sentence's end: no token of its own */
		if (i >= en->units.n || en->units.v[i].sent != s ||
		    !entities_opens_para(en, &en->units.v[i]))
			continue;
		end = entities_heading_colon(en->d, en->units.v[i].tok);
		for (; i < en->units.n && en->units.v[i].tok < end; i++) {
			u = &en->units.v[i];
			if (u->ntok == 0)
				continue;
			if (u->sent != s && entities_opens_para(en, u))
				break;	/* the next paragraph's: its own heading */
			if (en->shape.v[i] == 'N' || en->shape.v[i] == 'F')
				u->claimed = 1;
		}
	}
}

/*
 * Capitalised words the lexicon does not know that fill a quotation of
 * their own are a title, no body's name (Ms Roe will publish her
 * "Alternative Budget"), unless the text says something is called so (a
 * group calling itself "Harbour Alliance": a naming word before the
 * quotation). A quotation of more than five units is speech.
 */
static void
entities_quoted_title(struct ent *en, size_t i)
{
	const struct doc *d = en->d;
	size_t j = i, end, m;
	uint32_t k = en->units.v[i].tok;

	for (end = k; j < en->units.n && j - i <= 5; j++) {
		const struct unit *u = &en->units.v[j];

		if (u->ntok == 0 || u->tok != end || u->canon >= 0 ||
		    !(d->toks.v[u->tok].flags & TOK_CAP))
			break;
		end = u->tok + u->ntok;
	}
	if (j == i || j - i > 5 || end >= d->toks.n ||
	    !(d->toks.v[end].flags & TOK_CLOSEQ) ||
	    (k >= 2 && entities_tok_in(d, en->lx, &d->toks.v[k - 2],
	    WC_NAMING)))
		return;
	for (m = i; m < j; m++)
		en->units.v[m].claimed = 1;
}

/*
 * The unit from unit j on that starts at token k (past a sentence's end,
 * which is at its next's first token), or units.n if none does.
 */
static size_t
entities_unit_at(const struct ent *en, size_t j, uint32_t k)
{
	while (j < en->units.n && en->units.v[j].ntok == 0 &&
	    en->units.v[j].tok == k)
		j++;
	return j < en->units.n && en->units.v[j].tok == k ? j : en->units.n;
}

/*
 * Only a unit after an opening quotation mark is asked: the marks are
 * found by memchr in the shape string (q; the chunk's sentences hold
 * every token of it), and the one before the chunk is looked at, not
 * every unit's token before it (a few in a thousand are marks). A name's
 * unit never follows a mark inside it, so each is asked once.
 */
void
entities_quoted_titles(struct ent *en)
{
	const struct token *t = en->d->toks.v;
	const char *q = en->shape.v, *end = q + en->shape.n;
	size_t i;
	uint32_t k;

	if (en->tok0 > 0 && (t[en->tok0 - 1].flags & TOK_OPENQ) &&
	    (i = entities_unit_at(en, 0, (uint32_t)en->tok0)) < en->units.n)
		entities_quoted_title(en, i);
	for (; (q = memchr(q, 'q', (size_t)(end - q))) != NULL; q++) {
		i = (size_t)(q - en->shape.v);
		k = en->units.v[i].tok;
		if ((t[k].flags & TOK_OPENQ) &&
		    (i = entities_unit_at(en, i + 1, k + 1)) < en->units.n)
			entities_quoted_title(en, i);
	}
}
