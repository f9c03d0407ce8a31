/*
 * entities_org.c: names of bodies by their head words (Liberal Party of
 * Canada, the Department of Natural Resources, Bank of England): where
 * such a name starts and ends, the connectors inside it (of, for, and),
 * and the shape that takes it.
 */
#include <string.h>

#include "entities_int.h"
#include "entities_names.h"
#include "entities_org.h"
#include "entities_shapes.h"
#include "entities_units.h"
#include "segment.h"

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
 * Russia, Reclaim Australia) or names of it (Democratic Choice of Russia,
 * Marine Research and Engineers of Norway)?
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
		if (j >= a + 3 && entities_in(en->units.v[j - 1].cls, "of") &&
		    entities_in(en->units.v[j - 2].cls, "NAu") &&
		    entities_in(en->units.v[j - 3].cls, "NAuX&"))
			return 1;
	}
	return 0;
}

/*
 * Is the word at unit u written elsewhere in the chunk, not after the
 * same unit before it (the Courier Roe said ... Roe's view: a name of its
 * own, the comma left out)?
 */
static int
entities_alone_elsewhere(const struct ent *en, uint32_t u)
{
	uint64_t h = en->tt.v[en->units.v[u].tok - en->tok0].hash;
	uint32_t i;

	for (i = 0; i < en->units.n; i++)
		if (i != u && en->units.v[i].ntok == 1 && h != 0 &&
		    en->tt.v[en->units.v[i].tok - en->tok0].hash == h &&
		    (i == 0 || en->units.v[i - 1].canon !=
		    en->units.v[u - 1].canon))
			return 1;
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
	if (b <= a || (b - a == 1 && entities_in(en->units.v[a].cls, "OCQK")))
		return ENT_NTYPES;
	if (b - a == 2 && en->units.v[a].cls == 'K' &&
	    en->units.v[a + 1].ntok == 1 &&
	    (en->units.v[a + 1].cls == 'N' || (en->units.v[a + 1].cls == 'C' &&
	    (b >= en->units.n || en->units.v[b].cls != 's'))) &&
	    !entities_alone_elsewhere(en, a + 1))
		return ENT_COMPANY;	/* the Daily Courier Deutschland */
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
int
entities_plain_name(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;

	if (b - a < 2 || b - a > 3)
		return 0;
	for (i = a; i < b; i++)
		if (!entities_in(en->units.v[i].cls, "NFI"))
			return 0;
	return 1;
}

/*
 * Does the word at unit a, which never starts a name, open a body's name
 * with its possessive (the People's Bank, the Children's Society, the
 * Women's Institute)? Not a word of time (Monday's Y Party conference,
 * Today's) nor a function word (It's).
 */
static int
entities_group_owner(const struct ent *en, uint32_t a, uint32_t b)
{
	const struct token *t = &en->d->toks.v[en->units.v[a].tok];
	const struct lexicon_entry *e;

	if (en->units.v[a].cls != 'S' || a + 2 >= b ||
	    en->units.v[a + 1].cls != 's')
		return 0;
	e = lexicon_word(en->lx, en->d->text + t->start, tok_end(t) - t->start);
	return !lexicon_word_is(e, WC_TIME) && !entities_function_word(en, t) &&
	    entities_heads(en, a + 2, b) > 0;
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
		if (c == 's' && (entities_in(en->units.v[i + 1].cls, "FZ") ||
		    entities_plain_name(en, i + 1, b)))
			return i;
		if (c == 'o' || c == 'f')
			return b;	/* Department of Health and Human Services */
		if (c == '&' && entities_in(en->units.v[i - 1].cls, "RO") &&
		    entities_any_heads(en, i + 1, entities_and_end(en, i, b)) == 0)
			return i;
	}
	return b;
}

/*
 * Where a body's name in units [a, b) ends before a person's: a name of
 * two or three words right after a head, a known body or a country, with
 * a known body or a head and another word before it (not Partido
 * Solidaridad Popular) ("defeating the Green Party Jane Roe", "the Liberal
 * Party of Canada Ivo Sand": the party's candidate); b if none.
 */
static uint32_t
entities_org_person_end(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;

	for (i = a + 1; i + 1 < b; i++)
		if ((i >= a + 2 || en->units.v[a].cls == 'O') &&
		    entities_in(en->units.v[i - 1].cls, "ROC") &&
		    entities_in(en->units.v[i].cls, "NF") &&
		    entities_plain_name(en, i, b) &&
		    entities_heads(en, a, i) > 0)
			return i;
	return b;
}

/*
 * A person's name and a possessive before a body's name of two units or
 * more or a known body ("Roe's Green Party", "Jane Roe's Likud"):
 * where the body's name starts, or a.
 */
static uint32_t
entities_org_owner(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;

	for (i = a; i < b && i < a + 3 && entities_in(en->units.v[i].cls, "NFI");
	    i++)
		;
	if (i == a || i >= b || en->units.v[i].cls != 's' ||
	    entities_heads(en, i + 1, b) == 0 ||
	    (b - i < 3 && en->units.v[i + 1].cls != 'O'))
		return a;
	return i + 1;
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
	    !entities_in(u->cls, "NS") || u[1].cls == '&' ||
	    (j = entities_connector(en, a + 1, b)) == a + 1)
		return a;
	if (en->units.v[j].canon >= 0 && entities_in(en->units.v[j].cls, "OKCDZ") &&
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
		if (!entities_in(en->units.v[j].cls, j == i + 1 ? "NA" : "NAC") ||
		    en->units.v[j].claimed)
			return;
	entities_found(en, i + 1, e, CAND_NAME, ENT_ORGANISATION);
}

/*
 * Does "for the" at unit i part two bodies, the second ending at k: a head
 * or a known body before it, and after it a known body or a name of two
 * words or more with a head at either end (left the Y Party for the Parti
 * Z; not the Movement for the Left, nor the Alliance of Liberals and
 * Democrats for Europe Party)?
 */
static int
entities_for_cut(const struct ent *en, uint32_t i, uint32_t k)
{
	uint32_t j;

	if (i == 0 || en->units.v[i].cls != 'f')
		return 0;
	j = entities_connector(en, i, k);
	return j == i + 2 && entities_in(en->units.v[i - 1].cls, "RO") &&
	    (k >= j + 2 || en->units.v[j].cls == 'O') &&
	    (entities_in(en->units.v[j].cls, "RO") ||
	    entities_in(en->units.v[k - 1].cls, "RO"));
}

/*
 * Does the word at unit u, capitalised, never start a name but end one
 * after "of" or "for" and name words (the Union of Concerned Scientists,
 * the League of Women Voters, the Council of Chief Executives, the Union
 * of Coastal Steel and Allied Workers), and is no word of time (the Y
 * Party Monday)?
 */
static int
entities_org_tail(const struct ent *en, uint32_t a, uint32_t u)
{
	uint32_t i;

	if (en->units.v[u].cls != 'S' || entities_tok_in(en->d, en->lx,
	    &en->d->toks.v[en->units.v[u].tok], WC_TIME))
		return 0;
	for (i = u; i > a && entities_in(en->units.v[i - 1].cls, "NFASuRXY&"); i--)
		;	/* the Association of Chief Police Officers */
	if (i == u || i == a || !entities_in(en->units.v[i].cls, "NFAuRXY"))
		return 0;
	if (en->units.v[i - 1].cls == 'a' && i - 1 > a)
		i--;
	return entities_in(en->units.v[i - 1].cls, "of");
}

/*
 * Is unit i a known body complete in itself, of two words or more with
 * "of" inside or "Party" at its end (the National Party of Australia, the
 * Australian Labor Party), so that heads right after it are no part of
 * its name (the National Party of Australia Coalition)? Not any head at
 * its end: the Revolutionary Guard Corps, the National Action Network.
 */
static int
entities_org_whole(const struct ent *en, uint32_t i)
{
	const struct unit *u = &en->units.v[i];
	const struct token *t = &en->d->toks.v[u->tok];
	uint32_t j;

	if (u->cls != 'O' || u->ntok < 2)
		return 0;
	if (segment_tok_is(en->d, t + u->ntok - 1, "party"))
		return 1;
	for (j = 1; j + 1 < u->ntok; j++)
		if (segment_tok_is(en->d, t + j, "of"))
			return 1;
	return 0;
}

/*
 * Does the "and" at unit i, whose part after it starts at unit j, join a
 * known body of three words or more to what comes before, which is
 * another name (the Samiti and Bharatiya Janata Party, the LSSP and
 * Communist Party of Sri Lanka; but the Peace and Freedom Party is one,
 * Trinidad and Tobago one country)?
 */
static int
entities_and_known(const struct ent *en, uint32_t i, uint32_t j)
{
	const struct unit *u = &en->units.v[j];

	return en->units.v[i].cls == '&' && u->cls == 'O' && u->ntok >= 3;
}

/*
 * Where a list in a body's name must end: at its first comma, unless
 * "of" or "for" after a head comes before it (the Ministry of Economy,
 * Trade and Industry; the Department for Environment, Food and Rural
 * Affairs), so that names listed after a body are no part of it (the X
 * Party, Dent and Beck). b if no comma.
 */
static uint32_t
entities_org_list(const struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t i;
	int of = 0;

	for (i = a; i < b; i++) {
		if (i > a && entities_in(en->units.v[i].cls, "of") &&
		    entities_in(en->units.v[i - 1].cls, "RO"))
			of = 1;
		if (en->units.v[i].cls == ',')
			return of ? b : i;
	}
	return b;
}

/*
 * A run of capitalised words with an organisation's head (Party, League)
 * or a known body inside ("Progressive Conservative Party of Canada"): one
 * organisation. A known body alone is left to the lexicon. The run is cut
 * where it joins two bodies ("the X Party and the Y Alliance") or a name to
 * a body ("Jane Roe of the Y Party").
 */
int
shape_org(struct ent *en)
{
	uint32_t a, b, i, j, k, piece;
	enum ent_type t;
	int made = 0;

	if (!entities_group(1, &a, &b))
		return 0;
	if (entities_in_headline(en, a))
		return 2;	/* a Title Case headline: any run has heads */
	if ((i = entities_org_list(en, a, b)) < b) {
		b = i;		/* the X Party, Dent and Beck: no one name */
		entities_resume(b);
	}
	for (i = a; i < b; i++)
		if (en->units.v[i].claimed)
			a = i + 1;	/* what is left after a titled name */
	while (a < b && entities_in(en->units.v[a].cls, "ofa&"))
		a++;	/* Mr Roe of the Y League: no name starts with "of" */
	/* Jane Roe of the Y Party: the name is not the body's */
	if (a + 1 < b && en->units.v[a].cls == 'F' &&
	    entities_in(en->units.v[a + 1].cls, "NFI")) {
		for (a += 2; a < b && entities_in(en->units.v[a].cls, "NFI"); a++)
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
	if (a + 1 < b && en->units.v[a].cls == 'S' &&
	    en->units.v[a + 1].cls == 's' && !entities_group_owner(en, a, b))
		a += 2;		/* Monday's Y Party conference: no name of it */
	if (a < b)
		a = entities_org_owner(en, a, b);	/* Roe's Green Party */
	if (a < b && (i = entities_org_person_end(en, a, b)) < b) {
		b = i;		/* the Green Party Jane Roe */
		entities_resume(b);
	}
	if (a < b && (i = entities_org_end(en, a, b)) < b) {
		entities_and_body(en, i, b);
		b = i;
		entities_resume(b);	/* and Oz: maybe a name of its own */
	}
	if (a < b)
		a = entities_org_start(en, a, b);
	if (a >= b)
		return 2;
	while (b > a && en->units.v[b - 1].cls == 'S' &&
	    !entities_org_tail(en, a, b - 1))
		b--;	/* the Y Party Monday */
	if (b > a + 1 && en->units.v[b - 1].cls == 's')
		b--;	/* on BBC Radio Four's Today: no possessive in it */
	for (i = b; i > a + 1 && en->units.v[i - 1].cls == 'R'; i--)
		;
	if (i < b && i > a && entities_org_whole(en, i - 1)) {
		entities_claim(en, i, b);	/* the X Party of Y Coalition */
		b = i;
	}
	if (en->units.v[b - 1].cls == 'W') {
		entities_claim(en, a, b);	/* the Paris Agreement: no body */
		return 1;
	}
	for (piece = a, i = a; i < b; i++) {
		if ((j = entities_connector(en, i, b)) == i)
			continue;
		for (k = j; k < b && entities_connector(en, k, b) == k; k++)
			;
		if (entities_for_cut(en, i, k) || entities_and_known(en, i, j) ||
		    (entities_any_heads(en, j, k) > 0 &&
		    ((en->units.v[i].cls == '&' && entities_any_heads(en, piece, i)) ||
		    (en->units.v[i].cls != '&' && i - piece >= 2 &&
		    entities_any_heads(en, piece, i) == 0)))) {
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
