/*
 * coref.h: from candidate mentions found by the entity engine to the
 * document's canonical entities and mentions: one entity per real-world
 * party, surnames and short forms linked to the full name, nominals ("the
 * firm") and pronouns ("he") linked to the latest fitting entity, and an
 * official's affiliation and role.
 */
#ifndef PARTYLINE_COREF_H
#define PARTYLINE_COREF_H

#include "model.h"

struct lexicon;

/* What a candidate is; the order is the order of trust. */
enum cand_what {
	CAND_LEXICON,		/* a lexicon form: canon names the entity */
	CAND_NAME,		/* a name found by shape: type given */
	CAND_SHORT,		/* a lone word: a known name's part, or nothing */
	CAND_NOMINAL,		/* "the firm", "the government" */
	CAND_PRONOUN		/* he, she */
};

/*
 * What few candidates have (a title, an affiliation, the full name of an
 * acronym, a country word): kept apart, so that the many without carry
 * no room for it (a 30 MB text has 400,000 candidates, all kept for
 * coref_run: 60 bytes each with these inside, 36 without).
 */
struct cand_link {
	int country;		/* CAND_NOMINAL: canon of a country word, or -1 */
	int affil;		/* index of the candidate naming the affiliation */
	int affil_canon;	/* or a lexicon canon, or -1 */
	int affil_ent;		/* coref: that body's entity, or -1 */
	uint32_t role_start, role_end;	/* the title, if role_end > 0 */
	int acronym_of;		/* candidate this is the bracketed acronym of */
};

struct cand {
	uint32_t start, end;	/* bytes of the mention */
	int canon;		/* CAND_LEXICON: the lexicon canon */
	int sent;		/* sentence index */
	int entity;		/* result: entity index, or -1 */
	int link;		/* index into coref_input.links, or -1 */
	/* small fields last, a byte each */
	uint8_t what;		/* enum cand_what */
	uint8_t type;		/* enum ent_type */
	uint8_t kind;		/* enum mention_kind */
	int8_t direct;		/* CAND_NOMINAL: country is the entity itself */
	int8_t its;		/* "its chief executive": the latest body's */
	int8_t honorific;	/* named with Mr, Mrs...: a person */
	int8_t common;		/* a lone word also written in small letters
				   (Bankruptcy ... bankruptcy): only a
				   name met before */
	int8_t personish;	/* a lone word that acts like a person: 1; after
				   an article or a preposition: -1 */
	int8_t says;		/* followed by a verb of saying */
	int8_t verify;		/* in a Title Case headline: only a known name;
				   2: a lone word, only a surname met later */
	int8_t head;		/* a body's head alone (the Council) */
	uint8_t the;		/* bytes from a capital "The" or a name's title
				   before start to start, 0 if none: the
				   mention begins there (founded The Olive
				   Tree; Sir Ada Brennick) */
};

/* A role found with no name beside it ("a US national security adviser"). */
struct pending_role {
	uint32_t role_start, role_end;
	int affil;		/* candidate index, or -1 */
	int sent;
};

/*
 * What the entity engine leaves for coref: doc->cands, owned by the
 * document from the entities stage until coref has run.
 */
struct coref_input {
	struct cand *c;		/* sorted by start, not overlapping */
	size_t n;
	struct cand_link *links;	/* the candidates' links (cand.link) */
	size_t nlinks;
	struct pending_role *roles;	/* in text order */
	size_t nroles;
};

/*
 * The coref stage: the entities and mentions of doc from the candidates
 * the entities stage left in doc->cands, which it frees.
 */
void coref_run(struct doc *, const struct lexicon *);
/* Free candidates (NULL does nothing). */
void coref_input_free(struct coref_input *);

#endif
