/*
 * lexicon.h: the word lists in the data directory (TSV) and user additions, loaded into
 * hash tables for the segmenter and the entity and claim engines.
 *
 * Every form is stored under the hash of its case-folded token sequence
 * (tokens as the segmenter cuts them, joined by one space), so the entity
 * engine finds the longest match by extending a hash token by token. Every
 * proper prefix of a longer key is marked LEX_PREFIX, so the extension stops
 * as soon as no longer key can follow.
 */
#ifndef PARTYLINE_LEXICON_H
#define PARTYLINE_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "model.h"
#include "wordmaps.h"

/* Roles of a key; one key may have several. */
#define LEX_ENT		0x01	/* an entity form (country, body, company...) */
#define LEX_TITLE	0x02	/* an official title */
#define LEX_PREFIX	0x04	/* a proper prefix of a longer key */
#define LEX_FIRST	0x08	/* a first name */
#define LEX_STOP	0x10	/* a capitalised word that is never a name */
#define LEX_PLACE	0x20	/* a place that is not a state: no mention */
#define LEX_ABBREV	0x40	/* an abbreviation with its final period */

enum lex_title_class {
	TITLE_HEAD, TITLE_MINISTER, TITLE_OFFICIAL, TITLE_MILITARY,
	TITLE_CORPORATE, TITLE_HONORIFIC
};

/*
 * Word classes, the sections of data/words.tsv (names in words.c). The
 * entity engine sees a word's first class of WC_ARTICLE..WC_PERSON_VERB
 * (lexicon_entry.wclass) and of WC_ORG_HEAD..WC_COMPANY_HEAD, the classes
 * of capitalised words (wcap): their order here is their priority.
 */
enum word_class {
	/* the entity engine's */
	WC_ARTICLE, WC_OF, WC_AND, WC_FOR, WC_SAYING, WC_TITLE_WORD,
	WC_PARTICLE, WC_COMPANY_NOUN, WC_GOVERNMENT_NOUN, WC_VESSEL,
	WC_HE_SHE, WC_ITS, WC_SPOKESPEOPLE, WC_LOCATIVE, WC_PERSON_VERB,
	/* ... when capitalised */
	WC_ORG_HEAD, WC_LAW_HEAD, WC_ORDINAL, WC_STATE_HEAD, WC_PLACE_WORD,
	WC_COMPANY_HEAD,
	WC_NUMBER, WC_STATUS,
	/* the claim engine's */
	WC_AUX, WC_CUE_ADV, WC_BE, WC_PRONOUN, WC_DET, WC_NP_STOP, WC_TIME,
	WC_VENUE, WC_LISTENER, WC_AGENT, WC_CLAUSE_CUT, WC_LABEL, WC_CONJ,
	WC_SUBORD, WC_CONNECTIVE, WC_LY_NOUN, WC_PAST_VERB, WC_HEADLINE_LABEL,
	WC_HEADLINE_SOURCE, WC_NP_PREP, WC_NP_PREP_APPOS, WC_VENUE_PREP,
	WC_PLURAL_GROUP, WC_NO_START,
	/* more of the entity engine's */
	WC_COMPOUND_TAIL, WC_ACRONYM_DET, WC_TRADE_NOUN, WC_SEAT_PREP,
	WC_SEAT_AGENT,
	/* the speaker resolver's: what a pronoun or description refers to */
	WC_REF_PERSON, WC_REF_BODY, WC_REF_COMPANY, WC_REF_COUNTRY,
	WC_REF_ORGANISATION, WC_REF_TITLE, WC_REF_OFFICIAL,
	WC_SUBJECT_END, WC_SUBJECT_PREP, WC_NOT_OF, WC_OFFICE,
	/* the entity engine's: a person in office (entities_office.c) */
	WC_POLITICS, WC_CALLING,
	/* the affiliation engine's (affil*.c) */
	WC_ROLE_NOUN, WC_TITLE_STOP, WC_BODY_PREP, WC_FIRM_WORD, WC_FORMER,
	WC_UNNAMED_SOURCE, WC_STATE_SOURCE, WC_DESCRIPTION, WC_AFTER_SUBJECT,
	WC_TITLE_HEAD, WC_STATE_NOUN, WC_HONORIFIC_MALE, WC_HONORIFIC_FEMALE,
	WC_RELATIVE,
	/* the claim engine's: cue forms that are nouns as often (plans, support) */
	WC_NOUN_VERB, WC_LIGHT_VERB, WC_WH,
	/* the segmenter's: abbreviations in any case, words after U.S. */
	WC_ABBREV, WC_SENT_STARTER,
	/* the entity engine's: North-West */
	WC_COMPASS,
	/* the claim engine's: adjectives inside a source (those close to him) */
	WC_SOURCE_POSTMOD,
	/* the affiliation engine's: a form of address that gives no rank */
	WC_PLAIN_HONORIFIC,
	/* ... and a capitalised name of a government after a country's word */
	WC_STATE_ORGAN,
	/* the entity engine's: a role that bodies other than companies have */
	WC_BODY_TITLE,
	/* the coref's: a peer's title (Lord Roberts of Conwy) */
	WC_PEER_TITLE,
	/* the entity engine's: a title that is part of a person's name */
	WC_NAME_TITLE,
	/*
	 * Endings, written -ous in words.tsv (lexicon_ends_like): of an
	 * adjective (tremendous), of a modifier glued before a given name
	 * (Crooked Jane Roe), of an abstract noun (Protection), of a formal
	 * adjective (Presidential) and of a political creed (Socialist)
	 */
	WC_ADJECTIVE_END, WC_MODIFIER_END, WC_ABSTRACT_END, WC_FORMAL_END,
	WC_CREED_END,
	/* the affiliation engine's: who speaks for a person (Lopez spokesman
	 * Dan Reyes) */
	WC_STAFF,
	/* ... and a name's seeking an office, not holding it (nominee) */
	WC_RUNNING,
	/* coref's: a generation after a person's name (Jr, Sr, III) */
	WC_NAME_SUFFIX,
	/* the pronoun resolver's: he, his; she, her; given names of one sex
	 * (data/genders.tsv) */
	WC_PRONOUN_MALE, WC_PRONOUN_FEMALE, WC_GIVEN_MALE, WC_GIVEN_FEMALE,
	/* the entity engine's: a name in quotation marks that is a name (a
	 * group calling itself "X") */
	WC_NAMING,
	/* the affiliation engine's: a verb of heading a body (X, who chairs Y) */
	WC_LEADS_VERB,
	/* the speaker resolver's: a person's own office after his or her (her
	 * department said) */
	WC_PERSON_OFFICE,
	/* the claim engine's: a word that only modifies the noun after it (a
	 * quarter point, talking points) */
	WC_MEASURE_NOUN,
	/* the affiliation engine's: a modifier of an unnamed source that makes
	 * it a government's (a ministry official) */
	WC_STATE_MODIFIER,
	/* ... and a title of a state's, province's or city's government */
	WC_LOCAL_TITLE,
	/* the speaker resolver's: a title no other role names (the governor) */
	WC_TITLE_OWN,
	WC_N
};
#define WC_ENTITY_LAST	WC_PERSON_VERB
#define WC_CAP_FIRST	WC_ORG_HEAD
#define WC_CAP_LAST	WC_COMPANY_HEAD

#define LEX_MAXTOK	12	/* longest key, in tokens */

struct lexicon_entry {
	uint64_t hash;
	uint32_t key;		/* offset of the folded key in the key arena */
	uint16_t keylen;
	uint8_t ntok;
	uint8_t roles;
	uint8_t kind;		/* enum mention_kind of the entity form */
	uint8_t title_class;	/* enum lex_title_class */
	uint8_t wclass;		/* 1 + its first entity class, or 0 */
	uint8_t wcap;		/* 1 + its first class when capitalised, or 0 */
	uint64_t wc[2];		/* bit c: in enum word_class c */
	uint16_t caps;		/* bit k: token k must start with a capital */
	uint16_t upper;		/* bit k: token k must be all capitals */
	int canon;		/* entity form: index of its canonical entity */
};

/* A canonical entity of the lexicon. */
struct lexicon_canon {
	char *name;
	enum ent_type type;
	int country;		/* canon index of its home country, or -1 */
};

struct lexicon;

struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *);
/* Load every known file from dir (data/); -1 and *cause on error. */
int lexicon_load_dir(struct lexicon *, const char *dir, char **cause);
/* Load a user file of entity lines; -1 and *cause ("FILE:LINE: ...") on error. */
int lexicon_load_user(struct lexicon *, const char *path, char **cause);
/* Load every *.tsv in dir (missing dir: nothing); -1 and *cause on error. */
int lexicon_load_user_dir(struct lexicon *, const char *dir, char **cause);
/* Is s (n bytes, with its final period) an abbreviation? */
int lexicon_is_abbrev(const struct lexicon *, const char *s, size_t n);

/* Fold a token for lookup (lower case, ’ as ', NFC); 0 if it does not fit. */
size_t lexicon_fold(const char *s, size_t n, char *buf, size_t size);
/* Hash of one folded token; and of a key extended by one token (inline:
 * the entity engine extends a key at every word). */
uint64_t lexicon_hash_token(const char *folded, size_t n);

static inline uint64_t
lexicon_hash_more(uint64_t h, uint64_t tok)
{
	h = ((h << 23) | (h >> 41)) ^ tok;
	h *= 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

/*
 * The m bytes at s (1 to 7), little-endian, as a number: two loads that
 * overlap, not a call of memcpy for a size the compiler does not know
 * (the last bytes of nearly every word lexicon_word is asked about).
 */
static inline uint64_t
lexicon_load_short(const char *s, size_t m)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t lo, hi;

	if (m >= 4) {
		memcpy(&lo, s, 4);
		memcpy(&hi, s + m - 4, 4);
		return (uint64_t)lo | (uint64_t)hi << (8 * (m - 4));
	}
	return (uint64_t)u[0] | (uint64_t)u[m / 2] << (8 * (m / 2)) |
	    (uint64_t)u[m - 1] << (8 * (m - 1));
}

/* What lexicon_fold_marks says a token's bytes hold. */
#define LEXICON_MARK_CAPITAL	0x01	/* an ASCII capital (easyJet) */
#define LEXICON_MARK_HYPHEN	0x02	/* a hyphen-minus (Vice-Chancellor) */

/*
 * Fold one ASCII token into out (which has room for 8 bytes more) and
 * hash it as lexicon_hash_token would, eight bytes at a time; 0 if it is
 * not all ASCII. avail bytes may be read from s (the token and beyond).
 * With marks, its LEXICON_MARK_* too, from the same loads (a constant
 * NULL costs nothing: inline).
 */
static inline size_t
lexicon_fold_ascii_marks(const char *s, size_t n, size_t avail, char *out,
    uint64_t *hash, unsigned *marks)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, x, up, caps = 0, hy = 0, y;
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
		} else
			x = lexicon_load_short(s + i, m);
		if (x & high)
			return 0;
		up = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1));
		if (marks != NULL) {	/* a byte past the token is 0 here */
			y = x ^ (ones * '-');
			hy |= (y - ones) & ~y & high;
			caps |= up & high;
		}
		x |= (up & high) >> 2;		/* A-Z to a-z */
		memcpy(out + i, &x, 8);
		if (m == 8) {
			h = (h ^ x) * 0xff51afd7ed558ccdULL;
			h ^= h >> 32;
		} else
			h = (h ^ x) * 0xc4ceb9fe1a85ec53ULL;
	}
	*hash = h ^ (h >> 29);
	if (marks != NULL)
		*marks = (caps != 0 ? LEXICON_MARK_CAPITAL : 0) |
		    (hy != 0 ? LEXICON_MARK_HYPHEN : 0);
	return n;
}

static inline size_t
lexicon_fold_ascii(const char *s, size_t n, size_t avail, char *out,
    uint64_t *hash)
{
	return lexicon_fold_ascii_marks(s, n, avail, out, hash, NULL);
}

/* LEXICON_MARK_* of the n bytes at s, a byte at a time. */
unsigned lexicon_marks(const char *s, size_t n);

/*
 * Fold one token into out and hash it: lexicon_hash_token of lexicon_fold
 * in one pass for an ASCII token (out has room for n + 8 bytes; avail bytes
 * may be read from s), else lexicon_fold into out's size bytes and the
 * hash. The folded length; 0 (and *hash 0) if it does not fit. The one
 * fold and hash of a word: the entity engine's tokens, the cue table.
 * With marks, the token's LEXICON_MARK_* (whether it fits or not).
 */
static inline size_t
lexicon_fold_hash_marks(const char *s, size_t n, size_t avail, char *out,
    size_t size, uint64_t *hash, unsigned *marks)
{
	size_t m = lexicon_fold_ascii_marks(s, n, avail, out, hash, marks);

	if (m != 0)
		return m;
	if (marks != NULL)
		*marks = lexicon_marks(s, n);
	*hash = 0;
	if ((m = lexicon_fold(s, n, out, size)) != 0)
		*hash = lexicon_hash_token(out, m);
	return m;
}

static inline size_t
lexicon_fold_hash(const char *s, size_t n, size_t avail, char *out,
    size_t size, uint64_t *hash)
{
	return lexicon_fold_hash_marks(s, n, avail, out, size, hash, NULL);
}

/* The entry for a folded key (tokens joined by one space) and its hash. */
const struct lexicon_entry *lexicon_find(const struct lexicon *, uint64_t h,
    const char *key, size_t keylen);
/* Find a key given as text (tokens separated by spaces, any case). */
const struct lexicon_entry *lexicon_find_text(const struct lexicon *,
    const char *text);
/* The entry of one word as it stands in a text (any case), or NULL. */
const struct lexicon_entry *lexicon_word(const struct lexicon *,
    const char *s, size_t n);

/*
 * A document's single-word look-ups by token index (doc->words): the
 * stages ask again and again about the tokens near a name (office asked
 * 60,000 times per MB, 70% a token it had asked about). Direct-mapped;
 * valid while the document's tokens stay (segment_run clears it).
 */
#define LEXICON_MEMO_SLOTS 4096

struct lexicon_memo {
	const struct lexicon *lx;	/* the lexicon the entries are of */
	struct {
		uint32_t k;		/* token index + 1, 0 if empty */
		const struct lexicon_entry *e;
	} slot[LEXICON_MEMO_SLOTS];
};

struct lexicon_memo *lexicon_memo_new(void);
void lexicon_memo_clear(struct lexicon_memo *);
/* Token k's entry: lexicon_word(lx, s, n), s and n its text, kept. */
const struct lexicon_entry *lexicon_memo_fill(struct lexicon_memo *,
    const struct lexicon *lx, size_t k, const char *s, size_t n);

static inline const struct lexicon_entry *
lexicon_memo_word(struct lexicon_memo *m, const struct lexicon *lx,
    size_t k, const char *s, size_t n)
{
	size_t i = k & (LEXICON_MEMO_SLOTS - 1);

	if (m->lx == lx && m->slot[i].k == k + 1)
		return m->slot[i].e;
	return lexicon_memo_fill(m, lx, k, s, n);
}

/* The folded key of an entry (NUL-terminated). */
const char *lexicon_key(const struct lexicon *, const struct lexicon_entry *);
/* Load data/words.tsv alone (words.tsv lines); -1 and *cause on error. */
int lexicon_load_words(struct lexicon *, const char *path, char **cause);

/* Is the entry (may be NULL) a word of class c? */
static inline int
lexicon_word_is(const struct lexicon_entry *e, enum word_class c)
{
	return e != NULL && ((e->wc[c >> 6] >> (c & 63)) & 1);
}

/*
 * Does the word s (n bytes, as in the text) end in an ending of class c
 * (-ous: tremendous), with at least three letters before it? Endings are
 * compared as written, in small letters (Dangerous, not DANGEROUS).
 */
int lexicon_ends_like(const struct lexicon *, const char *s, size_t n,
    enum word_class c);

/* words.c: the class of a name in data/words.tsv (-1 if none), and back. */
int words_class(const char *name, size_t n);
const char *words_class_name(enum word_class);

const struct lexicon_canon *lexicon_canon(const struct lexicon *, int);
int lexicon_ncanon(const struct lexicon *);
/* Canon index of a canonical name of the given type, or -1. */
int lexicon_canon_find(const struct lexicon *, const char *name,
    enum ent_type type);

/* Whom an office's holder speaks for (officials.tsv). */
enum lex_side {
	LEX_SIDE_STATE,		/* the country's government: a minister */
	LEX_SIDE_BODY		/* the body: a party in opposition, a bank */
};

/* An office held, from officials.tsv: who, what, for whom, when. */
struct lexicon_office {
	int person;		/* canon of the official */
	char *role;		/* owned */
	int country;		/* canon of the country, or -1 */
	int body;		/* canon of the party or body, or -1 */
	enum lex_side side;
	int from, to;		/* years in office, inclusive */
};

/* The offices of canon person (officials.tsv), in file order; *n of them. */
const struct lexicon_office *lexicon_offices(const struct lexicon *,
    int person, size_t *n);

struct cues;
/* The claim cues, loaded by lexicon_load_dir from cues.tsv. */
const struct cues *lexicon_cues(const struct lexicon *);
/* The words of map k of data/maps.tsv in its order, *n of them (none
 * without a lexicon or before lexicon_load_dir). */
const struct wordmap *lexicon_wordmap(const struct lexicon *,
    enum wordmap_kind k, size_t *n);

#endif
