/*
 * pronoun.h: the pronoun resolver. Whom he and she (and who, that as a
 * source) stand for is decided here, once: for the sources of claims
 * (speakers.c asks pronoun_person, and the pronoun's mention takes the
 * same answer), for the pronoun mentions coref links (pronoun_subject_fits)
 * and for the sex of a pronoun the affiliation engine reads (pronoun_sex).
 */
#ifndef PARTYLINE_PRONOUN_H
#define PARTYLINE_PRONOUN_H

#include <stdint.h>

#include "lexicon.h"
#include "model.h"

/* The resolver of one document, for one pass over its claims. */
struct pronoun {
	const struct doc *d;
	const struct lexicon *words;	/* word classes (words.tsv) */
	const struct lexicon *lx;	/* the full lexicon; may be NULL */
	char *sex;			/* per entity: 'm', 'f' or 0 */
};

/*
 * For coref, which links names in text order before there are claims:
 * the person named first in the latest sentence naming one, the latest
 * man and woman, and the sex of each person so far, for the pronoun
 * mentions (he, she).
 */
struct pronoun_track {
	const struct doc *d;
	const struct lexicon *words;
	int subject, subject_sent;	/* first person of the latest sentence */
	int last[2], last_sent[2];	/* the latest man [0] and woman [1] */
	VEC(char) hon;			/* per entity: its honorifics' sex */
	VEC(char) name;			/* per entity: its name's; 'x' unread */
};

void pronoun_track_begin(struct pronoun_track *, const struct doc *,
    const struct lexicon *words);
void pronoun_track_end(struct pronoun_track *);
/* Person e is named at byte start, in sentence sent. */
void pronoun_track_name(struct pronoun_track *, int e, uint32_t start,
    int sent);
/* The person he or she at [start, end), in sentence sent, stands for: the
 * first person of its sentence or the latest naming one, within three
 * sentences, if of its sex or none known; else the latest of its sex so
 * near; -1. */
int pronoun_track_pronoun(const struct pronoun_track *, uint32_t start,
    uint32_t end, int sent);

/* Ready a resolver for d (its entities and mentions made). */
void pronoun_begin(struct pronoun *, const struct doc *,
    const struct lexicon *words, const struct lexicon *lx);
void pronoun_end(struct pronoun *);

/* The sex of a pronoun source of one word (he: 'm', she: 'f'; the
 * classes pronoun-male and pronoun-female of words), or 0. */
char pronoun_sex(const struct doc *, const struct lexicon *words,
    const struct span *);

/*
 * The person a source that refers to a person (he, she, who) stands for,
 * at span s: last is the latest person who spoke (or -1) and lastpos
 * where that claim's cue began. -1 if no one fits.
 */
int pronoun_person(const struct pronoun *, const struct span *s, int last,
    uint32_t lastpos);

/* The entity of one of types (bits of enum ent_type) the sentence before
 * byte off's has for its subject, in the same paragraph (As of May,
 * Kestrel Air had 90 aircraft. ... it announced: Kestrel Air), where it
 * is named in *at; -1. */
int pronoun_subject_before(const struct pronoun *, uint32_t off,
    unsigned types, uint32_t *at);

/* The entity of the latest mention of one of types (bits of enum
 * ent_type) before byte off, outside quotation marks, within 400
 * mentions, its start in *at; -1. */
int pronoun_latest(const struct doc *, uint32_t off, unsigned types,
    size_t *at);

/* The pronoun mention at span s, a source resolved to entity e, now
 * names e too: one answer for the pane and the text (not when e is first
 * named after it). */
void pronoun_bind(struct doc *, const struct span *s, int e);

/* Is token k a lower-case word of class c (or a past form in -ed, if ed)?
 * words: the word classes (may be NULL: none). */
int pronoun_word_in(const struct doc *, const struct lexicon *words, size_t k,
    enum word_class c, int ed);

#endif
