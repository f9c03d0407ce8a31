/*
 * model.h: the document model every stage adds to and every view reads.
 *
 * One struct doc holds the text and, stage by stage, its paragraphs,
 * sentences, tokens, entity mentions, entities, claims and parties. Every
 * span is a pair of UTF-8 byte offsets into doc->text, end exclusive. Core
 * code only; nothing here knows about terminals.
 */
#ifndef PARTYLINE_MODEL_H
#define PARTYLINE_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "vec.h"

struct span {
	uint32_t start, end;
};

/* PARA_META: a byline or date line that ingest found in a page's metadata. */
enum para_kind { PARA_TITLE, PARA_BODY, PARA_BOILERPLATE, PARA_META };

/* A paragraph; list items and headings keep their own line breaks. */
struct para {
	uint32_t start, end;
	enum para_kind kind;
};

struct sentence {
	uint32_t start, end;
	uint32_t tok_first, tok_count;	/* tokens of this sentence */
	int para;			/* index into doc->paras */
};

/* Token flags. */
#define TOK_WORD	0x0001	/* letters or digits */
#define TOK_CAP		0x0002	/* first letter upper case */
#define TOK_UPPER	0x0004	/* all letters upper case (and >1 letter) */
#define TOK_DIGIT	0x0008	/* starts with a digit */
#define TOK_PUNCT	0x0010	/* punctuation */
#define TOK_QUOTE	0x0020	/* a quotation mark */
#define TOK_OPENQ	0x0040	/* quotation mark that opens */
#define TOK_CLOSEQ	0x0080	/* quotation mark that closes */
#define TOK_INQUOTE	0x0100	/* inside a direct quotation */
#define TOK_POSS	0x0200	/* 's or ’s (or bare ’ after s) */
#define TOK_SENT_START	0x0400	/* first word of a sentence */

/*
 * 7 bytes, not 12: a 30 MB text has 5.7 million tokens, and they are a
 * third of the memory of --json on it. Packed, with the length and the
 * flags in bit-fields: a field's address cannot be taken. The end is
 * start + len (tok_end); segment cuts a longer run of letters into
 * tokens of at most TOK_MAXLEN bytes.
 */
struct token {
	uint32_t start;
	uint32_t flags : 11;	/* TOK_* */
	uint32_t len : 13;	/* bytes, at most TOK_MAXLEN */
} __attribute__((packed));

#define TOK_MAXLEN 0x1fff

/* The byte just past token t. */
static inline uint32_t
tok_end(const struct token *t)
{
	return t->start + t->len;
}

enum ent_type {
	ENT_COUNTRY,
	ENT_OFFICIAL,
	ENT_COMPANY,
	ENT_PERSON,
	ENT_ORGANISATION,
	ENT_NTYPES
};

enum mention_kind {
	MENTION_NAME,
	MENTION_ALIAS,
	MENTION_DEMONYM,
	MENTION_METONYM,
	MENTION_NOMINAL,
	MENTION_PRONOUN
};

/*
 * 12 bytes, not 16: a 30 MB text has 400,000 mentions. An entity index
 * takes 28 bits: coref_mention stops the program past MENTION_MAXENT
 * (134 million entities: gigabytes of names, more than memory holds).
 */
struct mention {
	uint32_t start, end;
	signed int entity : 28;	/* index into doc->entities */
	unsigned kind : 4;	/* enum mention_kind */
};

#define MENTION_MAXENT ((1 << 27) - 1)

struct entity {
	char *name;		/* canonical name, owned */
	char *role;		/* title, owned, or NULL */
	enum ent_type type;
	int affiliation;	/* index into doc->entities, or -1 */
	bool affil_lexicon;	/* the affiliation came from officials.tsv */
	bool affil_latest;	/* ... from "its" as the latest body named */
	int first_mention;	/* index into doc->mentions */
	int colour;		/* stable per-entity colour slot */
};

enum claim_kind { CLAIM_SPEECH, CLAIM_BELIEF, CLAIM_POSITION };

/* The flags last: 48 bytes, not 52 (a 30 MB text has 100,000 claims). */
struct claim {
	enum claim_kind kind;
	int party;		/* entity index, or -1 */
	int speaker;		/* entity index, or -1 */
	struct span source, cue, content;
	/*
	 * Whose position a claim voiced by another is (X believes Y,
	 * according to Z: X); the claim takes its party. Not in --json.
	 */
	struct span holder;
	bool has_holder;
	bool has_source;
	bool quoted;
	bool party_lexicon;	/* the party came from the lexicon, not the text */
};

struct coref_input;
struct claims;

struct party {
	int entity;
	VEC(int) claims;	/* indices into doc->claims, in text order */
};

struct doc {
	char *name;		/* file name as given, "-" for stdin; owned */
	char *text;		/* NUL-terminated UTF-8 text; owned */
	size_t len;
	size_t invalid;		/* invalid byte sequences replaced */
	size_t removed;		/* control characters removed */
	int title;		/* index of the title paragraph, or -1 */
	const char *format;	/* "text", "html", "newsboat", "feed" (static) */
	char *url;		/* the page's canonical URL, or NULL; owned */
	char *byline;		/* author(s) as the page names them, or NULL */
	char *published;	/* date as the page gives it, or NULL */
	char *site;		/* site name, or NULL */
	char *lang;		/* the language the page declares (ru, en-GB), or NULL */
	char *charset;		/* the input charset when not UTF-8, or NULL; owned */

	VEC(struct para) paras;
	VEC(struct sentence) sents;
	VEC(struct token) toks;
	VEC(struct mention) mentions;	/* sorted by start */
	VEC(struct entity) ents;
	VEC(struct claim) claims;	/* sorted by content start */
	VEC(struct party) parties;

	/*
	 * What a stage leaves for a later one, never read by views; each is
	 * NULL outside the stages between. The entity engine's candidate
	 * mentions, which coref turns into entities and mentions (coref.h);
	 * the claim engine's quotation pairs and word look-ups, which the
	 * quotes stage reuses after the speakers (claims_int.h).
	 */
	struct coref_input *cands;
	struct claims *claims_state;
	/* single-word look-ups by token index (lexicon.h), from segment on */
	struct lexicon_memo *words;
	/* doc_english of the text, kept by analyse_stage_run for the stages
	 * that ask (each read 64 KB of it): 0 not asked, 1 yes, 2 no */
	int english;
	/*
	 * The first token at or after each MODEL_TOK_STEP bytes of the text,
	 * ntok_first of them (the last: toks.n), made by segment_run: a search
	 * for the token at a byte reads its stretch of tokens only, not a
	 * binary search of all (on 30 MB, a cache miss a step). NULL: none.
	 */
	uint32_t *tok_first;
	size_t ntok_first;
};

#define MODEL_TOK_SHIFT	7
#define MODEL_TOK_STEP	(1u << MODEL_TOK_SHIFT)

/* Index of the first element of a sorted array whose uint32_t field at
 * byte offset fieldoff is >= off (n if none): one binary search for every
 * "mention/token/sentence at byte" question. Inline, so that each
 * MODEL_FIRST's constant size and offset make a loop of plain loads (it
 * was 5% of --json as a call with a memcpy per step). */
static inline size_t
model_first(const void *base, size_t n, size_t size, size_t fieldoff,
    uint32_t off)
{
	const char *b = base;
	size_t lo = 0, hi = n, mid;
	uint32_t v;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		memcpy(&v, b + mid * size + fieldoff, sizeof v);
		if (v < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
#define MODEL_FIRST(vec, type, field, off) \
	model_first((vec).v, (vec).n, sizeof(type), offsetof(type, field), (off))

/* Index of the first token starting at or after byte off (toks.n if
 * none): MODEL_FIRST of the tokens, within off's stretch of tok_first. */
static inline size_t
model_tok_first(const struct doc *d, uint32_t off)
{
	size_t b = off >> MODEL_TOK_SHIFT, lo = 0, hi = d->toks.n;

	if (d->tok_first != NULL && b + 1 < d->ntok_first) {
		lo = d->tok_first[b];
		hi = d->tok_first[b + 1];
	}
	return lo + model_first(d->toks.v + lo, hi - lo, sizeof(struct token),
	    offsetof(struct token, start), off);
}

/* Index of the first mention starting at or after byte off. */
static inline size_t
model_mention_at(const struct doc *d, uint32_t off)
{
	return MODEL_FIRST(d->mentions, struct mention, start, off);
}

/* Index of the mention that holds byte off (Mr Blair's "B"), or -1. */
static inline int
model_mention_over(const struct doc *d, uint32_t off)
{
	/* off + 1 wraps to 0 only at the last byte no mention can end past */
	size_t i = MODEL_FIRST(d->mentions, struct mention, start, off + 1);

	return i > 0 && d->mentions.v[i - 1].end > off ? (int)i - 1 : -1;
}

/*
 * The one entity of the types (a bit per enum ent_type) whose name holds
 * the word [w, w + n) as a word, any case (union: the Andean Mineworkers
 * Union), or -1 when none or several do.
 */
static inline int
model_one_named_holding(const struct doc *d, const char *w, size_t n,
    unsigned types)
{
	size_t i, k;
	const char *p;
	int found = -1;

	for (i = 0; i < d->ents.n; i++) {
		if (!(types & 1u << d->ents.v[i].type) || d->ents.v[i].name == NULL)
			continue;
		for (p = d->ents.v[i].name; p != NULL;
		    p = (p = strchr(p, ' ')) != NULL ? p + 1 : NULL) {
			for (k = 0; k < n && p[k] != '\0' &&
			    (p[k] | 0x20) == (w[k] | 0x20); k++)
				;
			if (k == n && (p[n] == '\0' || p[n] == ' '))
				break;
		}
		if (p == NULL)
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/*
 * Index of the token that contains or follows byte off: the token before
 * the first that starts after off, if it reaches past off (tokens do not
 * overlap: only it can), else that first one.
 */
static inline size_t
model_tok_over(const struct doc *d, uint32_t off)
{
	size_t k = model_tok_first(d, off + 1);

	return k > 0 && tok_end(&d->toks.v[k - 1]) > off ? k - 1 : k;
}

/* Index of the sentence that holds byte off. */
static inline size_t
model_sent_at(const struct doc *d, uint32_t off)
{
	return MODEL_FIRST(d->sents, struct sentence, end, off + 1);
}

/* Is byte off inside quotation marks (its token's flag)? */
static inline int
model_in_quote(const struct doc *d, uint32_t off)
{
	size_t k = model_tok_over(d, off);

	return k < d->toks.n && (d->toks.v[k].flags & TOK_INQUOTE);
}

const char *model_ent_type_name(enum ent_type);
const char *model_mention_kind_name(enum mention_kind);
const char *model_claim_kind_name(enum claim_kind);
const char *model_para_kind_name(enum para_kind);

/*
 * Each entity's mentions in order: next[k] is the next mention of mention
 * k's entity, next[mentions.n + e] the first of entity e; -1 ends a list.
 * Free it; json lists an entity's mentions, affil looks before them.
 */
int *model_mention_lists(const struct doc *);
/* The claims' indices in order of their cue's start, claims of one start
 * in their own order (a stable sort), into order (claims.n of them). */
void model_claims_by_cue(const struct doc *, size_t *order);
/* The claims sorted by content start, then cue start, claims of both
 * equal in their own order (stable). */
void model_claims_sort(struct doc *);

#endif
