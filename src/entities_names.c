/*
 * entities_names.c: names of people and lone names. Where a person's
 * name starts (not Rival in "Rival Jane Roe"), whether a lone capitalised
 * word stands in a person's place (said Holm), whether it is a common
 * noun written small elsewhere in the article or a headline's capitals,
 * and the shape for any other run of capitalised words.
 */
#include <string.h>

#include "entities_int.h"
#include "entities_names.h"
#include "entities_shapes.h"
#include "entities_units.h"

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

/* Does the word at unit a end like a word of class c (-ous)? */
static int
entities_ends_in(const struct ent *en, uint32_t a, enum word_class c)
{
	const struct token *t = &en->d->toks.v[en->units.v[a].tok];

	return lexicon_ends_like(en->lx, en->d->text + t->start,
	    tok_end(t) - t->start, c);
}

/*
 * Has the word at unit a the ending of an adjective or a participle
 * (Rival, Crooked, Leading, Radical, Decisive)? Before a given name, it is
 * a modifier, not a name.
 */
static int
entities_modifier(const struct ent *en, uint32_t a)
{
	return entities_ends_in(en, a, WC_MODIFIER_END);
}

/*
 * Where a person's name in units [a, b) starts: after capitalised words
 * glued before a given name and a surname (Rival Jane Roe, Miss Galaxy
 * Jane Roe, Crooked Jane Roe), which are no part of it; they are claimed.
 */
uint32_t
entities_name_start(struct ent *en, uint32_t a, uint32_t b)
{
	uint32_t j;

	for (j = a; j < b && en->units.v[j].cls == 'N' &&
	    !entities_particle(en, j); j++)
		;
	if (j == a || j + 1 >= b || en->units.v[j].cls != 'F' ||
	    !entities_in(en->units.v[j + 1].cls, "NFI"))
		return a;
	if (!(a > 0 && en->units.v[a - 1].cls == 'H') &&
	    !entities_modifier(en, a))
		return a;	/* Lee Harvey Oswald: Lee may be a given name */
	entities_claim(en, a, j);
	return j;
}

/* Has units [a, b) one of class cls? */
int
entities_has(const struct ent *en, uint32_t a, uint32_t b, char cls)
{
	for (; a < b; a++)
		if (en->units.v[a].cls == cls)
			return 1;
	return 0;
}

/* A name of the given type in group 1. */
int
entities_named(struct ent *en, enum ent_type t)
{
	uint32_t a, b;

	if (!entities_group(1, &a, &b) || !entities_free(en, a, b))
		return 0;
	entities_found(en, a, b, CAND_NAME, t);
	return 1;
}

/*
 * Is the word in small letters a function word, which Title Case leaves
 * small (with, from, into, after, that)?
 */
int
entities_function_word(const struct ent *en, const struct token *t)
{
	const struct lexicon_entry *e = lexicon_word(en->lx,
	    en->d->text + t->start, tok_end(t) - t->start);
	static const enum word_class fn[] = { WC_NP_STOP, WC_DET, WC_CONJ,
	    WC_SUBORD, WC_LOCATIVE, WC_PRONOUN, WC_AUX, WC_BE };
	size_t i;

	for (i = 0; i < sizeof fn / sizeof fn[0]; i++)
		if (lexicon_word_is(e, fn[i]))
			return 1;
	return 0;
}

/*
 * Are tokens [a, b) in Title Case? Words of four letters or more count;
 * a word of them in small letters that is no function word ("Ann Vale
 * beat Kim Roe 6-3") makes a line of names, not a head.
 */
static int
entities_title_case(const struct ent *en, size_t a, size_t b, int *words)
{
	const struct token *t;
	int caps = 0, cap;

	for (*words = 0; a < b; a++) {
		t = &en->d->toks.v[a];
		if (!(t->flags & TOK_WORD) || (t->flags & TOK_DIGIT) ||
		    tok_end(t) - t->start < 4)
			continue;
		(*words)++;
		cap = (t->flags & (TOK_CAP | TOK_UPPER)) != 0;
		if (!cap && !entities_function_word(en, t))
			return 0;
		caps += cap;
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
uint32_t
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
	/* a colon's token starts with its byte: most sentences have none */
	if (memchr(en->d->text + se->start, ':', se->end - se->start) != NULL)
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
int
entities_in_headline(const struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];

	return x->tok < en->headline.v[x->sent - en->sent0];
}

/*
 * Does the lone name at unit u stand where a person does: as the subject
 * of a verb ("Simard was", "Dumont campaigned")? 1 if so; -1 after an
 * article or a preposition ("the Times", "in Alberta"); 0 if it cannot
 * tell.
 */
int
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
	n = tok_end(t) - t->start;
	return n > 4 && strncmp(d->text + tok_end(t) - 2, "ed", 2) == 0;
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
	for (; a < b; a++)
		if (entities_ends_in(en, a, WC_ABSTRACT_END))
			return 1;
	return 0;
}

/*
 * Does the word at unit a have an adjective's ending (Presidential,
 * Natural, Dangerous, Decisive)? A run it starts is no person's name.
 */
static int
entities_adjective(const struct ent *en, uint32_t a)
{
	return entities_ends_in(en, a, WC_FORMAL_END);
}

/*
 * Is a word of the chunk that starts with a small letter one of hash h?
 * Most words asked have no bit in the chunk's set (entities_fold): no
 * more is read; else the chunk's tokens are (a bit is no proof).
 */
static int
entities_lower_has(const struct ent *en, uint64_t h)
{
	const struct token *k;
	size_t i = entities_lower_bit(h);

	if (h == 0 || !((en->lower[i / 64] >> (i % 64)) & 1))
		return 0;
	for (i = 0; i < en->tt.n; i++) {
		if (en->tt.v[i].hash != h)
			continue;
		k = &en->d->toks.v[en->tok0 + i];
		if ((k->flags & TOK_WORD) &&
		    en->d->text[k->start] >= 'a' && en->d->text[k->start] <= 'z')
			return 1;
	}
	return 0;
}

/*
 * Is the capitalised word at unit u, opening its sentence, written in
 * small letters elsewhere in the chunk (Bankruptcy ... bankruptcy), or
 * its singular (Crowds ... a crowd)? Then it is a common noun, not a name.
 */
static int
entities_lower_elsewhere(const struct ent *en, uint32_t u)
{
	const struct unit *x = &en->units.v[u];
	const struct ent_tok *t = &en->tt.v[x->tok - en->tok0];

	if (t->hash == 0 || x->ntok != 1 ||
	    !(en->d->toks.v[x->tok].flags & TOK_SENT_START))
		return 0;
	if (entities_lower_has(en, t->hash))
		return 1;
	if (t->flen < 5 || en->fold.v[t->fold + t->flen - 1] != 's' ||
	    en->fold.v[t->fold + t->flen - 2] == 's')
		return 0;
	return entities_lower_has(en, lexicon_hash_token(en->fold.v + t->fold,
	    t->flen - 1u));
}

/*
 * Is the lone word at unit u a gerund opening its sentence as the subject
 * of a verb other than one of saying (Sentencing is set for May 3;
 * Polling was slow)? It is no person unless named in full elsewhere;
 * "Manning said" still may be one.
 */
static int
entities_gerund_subject(const struct ent *en, uint32_t u)
{
	const struct token *t = &en->d->toks.v[en->units.v[u].tok];
	size_t n = tok_end(t) - t->start;

	return (t->flags & TOK_SENT_START) && n > 5 &&
	    memcmp(en->d->text + tok_end(t) - 3, "ing", 3) == 0 &&
	    u + 1 < en->units.n && en->units.v[u + 1].cls == 'e';
}

/* Any other run of capitalised words: a person if it looks like one. */
int
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
	if (b - a == 1 && u->cls == 'N' &&
	    entities_camel(en, &en->d->toks.v[u->tok])) {
		entities_found(en, a, b, CAND_NAME, ENT_COMPANY);
		return 1;	/* DaimlerChrysler, easyJet: a brand */
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
	if (entities_the(en, a, ENT_ORGANISATION) > 0) {
		entities_claim(en, a, b);	/* hosts The Copper Kettle: a work */
		return 1;
	}
	a = entities_name_start(en, a, b);	/* Rival Jane Roe */
	if (b - a >= 2)
		entities_found(en, a, b, CAND_NAME, ENT_PERSON);
	else if (u->cls == 'N' && entities_lower_elsewhere(en, a))
		entities_found(en, a, b, CAND_SHORT, ENT_PERSON)->common = 1;
	else if (u->cls == 'N' || u->cls == 'F')
		entities_found(en, a, b, CAND_SHORT, ENT_PERSON)->personish =
		    entities_gerund_subject(en, a) ? 0 :
		    entities_personish(en, a);
	else
		return 0;
	return 1;
}
