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

struct cand {
	uint32_t start, end;	/* bytes of the mention */
	enum cand_what what;
	enum ent_type type;
	enum mention_kind kind;
	int canon;		/* CAND_LEXICON: the lexicon canon */
	int country;		/* CAND_NOMINAL: canon of a country word, or -1 */
	int direct;		/* CAND_NOMINAL: country is the entity itself */
	int affil;		/* index of the candidate naming the affiliation */
	int affil_canon;	/* or a lexicon canon, or -1 */
	int its;		/* "its chief executive": the latest body's */
	int affil_ent;		/* coref: that body's entity, or -1 */
	uint32_t role_start, role_end;	/* the title, if role_end > 0 */
	int honorific;		/* named with Mr, Mrs...: a person */
	int common;		/* a lone word also written in small letters
				   (Bankruptcy ... bankruptcy): only a
				   name met before */
	int personish;		/* a lone word that acts like a person: 1; after
				   an article or a preposition: -1 */
	int says;		/* followed by a verb of saying */
	int verify;		/* in a Title Case headline: only a known name;
				   2: a lone word, only a surname met later */
	int head;		/* a body's head alone (the Council) */
	int acronym_of;		/* candidate this is the bracketed acronym of */
	int sent;		/* sentence index */
	int entity;		/* result: entity index, or -1 */
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
