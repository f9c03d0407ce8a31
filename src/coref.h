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
 * no room for it, not even an index (a 30 MB text has 450,000
 * candidates, all kept for coref_run, and 22,000 links: 60 bytes a
 * candidate with these inside, 20 without; a candidate's sentence is
 * the one that holds its start, not a field). In the order of their
 * candidates, found by binary search (cand_link_find).
 */
struct cand_link {
	uint32_t cand;		/* the candidate's index */
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
	int entity;		/* result: entity index, or -1 */
	/* small fields last, in bits */
	unsigned what : 3;	/* enum cand_what */
	unsigned type : 3;	/* enum ent_type */
	unsigned kind : 3;	/* enum mention_kind */
	unsigned direct : 1;	/* CAND_NOMINAL: country is the entity itself */
	unsigned its : 1;	/* "its chief executive": the latest body's */
	unsigned honorific : 1;	/* named with Mr, Mrs...: a person */
	unsigned common : 1;	/* a lone word also written in small letters
				   (Bankruptcy ... bankruptcy): only a
				   name met before */
	signed personish : 2;	/* a lone word that acts like a person: 1; after
				   an article or a preposition: -1 */
	unsigned says : 1;	/* followed by a verb of saying */
	unsigned verify : 2;	/* in a Title Case headline: only a known name;
				   2: a lone word, only a surname met later */
	unsigned head : 1;	/* a body's head alone (the Council) */
	unsigned linked : 1;	/* has a struct cand_link */
	unsigned the : 8;	/* bytes from a capital "The" or a name's title
				   before start to start, 0 if none: the
				   mention begins there (founded The Olive
				   Tree; Sir Ada Brennick) */
};

/* The link of candidate i among links[0, n), or NULL if it has none. */
static inline struct cand_link *
cand_link_find(struct cand_link *links, size_t n, uint32_t i)
{
	size_t k = model_first(links, n, sizeof *links,
	    offsetof(struct cand_link, cand), i);

	return k < n && links[k].cand == i ? &links[k] : NULL;
}

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
	struct cand_link *links;	/* the candidates' links, in their order */
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
