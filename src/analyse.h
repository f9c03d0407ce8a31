/*
 * analyse.h: the pipeline. Every analysis stage, in the order it runs,
 * each adding to the document model what the later ones read:
 *
 *	segment  entities  coref  office  claims  affil  speakers  quotes
 *	sources  parties
 *
 * partyline_analyse (partyline.h) runs them all; the reader's loader runs
 * the same table one stage at a time for its progress figure, and tests
 * run a stretch of it.
 */
#ifndef PARTYLINE_ANALYSE_H
#define PARTYLINE_ANALYSE_H

#include "model.h"

struct lexicon;

struct analyse_stage {
	const char *name;
	/* the stage over a document; lx may be NULL (no lexicon) */
	void (*run)(struct doc *, const struct lexicon *lx);
	/* thousandths of a whole analysis done once it has run (30 MB
	 * of text, bench/stages), for the reader's progress figure */
	int permille;
	/* the stage reads English (its cues, its pronouns): skipped for a
	 * text in another language (doc_english) */
	int english;
};

extern const struct analyse_stage analyse_stages[];
extern const size_t analyse_nstages;

/* Run stage i over d, unless it reads English and d is in another. */
void analyse_stage_run(struct doc *, const struct lexicon *, size_t i);

/*
 * Run the stages from first to last, both included, by name (tests: the
 * claims of entities set by hand, the entities alone).
 */
void analyse_between(struct doc *, const struct lexicon *, const char *first,
    const char *last);

#endif
