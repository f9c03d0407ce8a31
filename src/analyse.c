/*
 * analyse.c: the pipeline, read top to bottom. Each stage is a function
 * X_run(struct doc *, const struct lexicon *) with its own header; it
 * reads what the stages above it added to the model and adds its own. No
 * stage calls another: a stage added goes into this table, and the
 * command line, the reader's loader (loader.c), batch runs and the stage
 * timer (bench/stages) all take it from here. A stage that reads
 * English (its cues, its pronouns) is skipped for a text in another
 * language (doc_english): a page in Russian has its names, but no claims.
 *
 * What one stage leaves for a later one and the views never read lives
 * in the document's private fields, not in the model's public ones: the
 * entity engine's candidate mentions (doc->cands, for coref) and the
 * claim engine's quotation pairs and word look-ups (doc->claims_state,
 * for the quotes stage).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "affil.h"
#include "analyse.h"
#include "claims.h"
#include "coref.h"
#include "doc.h"
#include "entities.h"
#include "entities_office.h"
#include "parties.h"
#include "partyline.h"
#include "segment.h"
#include "speakers.h"

/*
 * The reader's progress figures are its share of loading a 30 MB file
 * (bench/stages): reading it is the first 7%, highlighting and layout
 * the last 13%.
 */
const struct analyse_stage analyse_stages[] = {
	/* sentences and tokens, with their quotation state */
	{ .name = "segment",	.run = segment_run,	.permille = 200 },
	/* candidate mentions: lexicon names, titled names, descriptions */
	{ .name = "entities",	.run = entities_run,	.permille = 430 },
	/* entities and their mentions, surnames and pronouns linked */
	{ .name = "coref",	.run = coref_run,	.permille = 465 },
	/* people named near the words of politics become officials */
	{ .name = "office",	.run = entities_office,	.permille = 470 },
	/* cues with their sources and contents, in text order */
	{ .name = "claims",	.run = claims_run,	.permille = 760,
	  .english = 1 },
	/* whom each person speaks for, from the text and the lexicon */
	{ .name = "affil",	.run = affil_run,	.permille = 790 },
	/* who voiced each claim, and whose position it is */
	{ .name = "speakers",	.run = speakers_run,	.permille = 820,
	  .english = 1 },
	/* headline claims no one made dropped; quotes that continue a
	 * claim or inherit the last speaker */
	{ .name = "quotes",	.run = claims_quotes_run, .permille = 840,
	  .english = 1 },
	/* sources that name no one: officials said, he said, the regulator */
	{ .name = "sources",	.run = affil_claims,	.permille = 860,
	  .english = 1 },
	/* the claims in text order; the party list */
	{ .name = "parties",	.run = parties_run,	.permille = 870 },
};
const size_t analyse_nstages = sizeof analyse_stages / sizeof analyse_stages[0];

/* doc_english of d, asked once: four stages need it. */
static int
analyse_english(struct doc *d)
{
	if (d->english == 0)
		d->english = doc_english(d) ? 1 : 2;
	return d->english == 1;
}

void
analyse_stage_run(struct doc *d, const struct lexicon *lx, size_t i)
{
	if (!analyse_stages[i].english || analyse_english(d))
		analyse_stages[i].run(d, lx);
}

/* Index of the stage called name; a name not in the table is a bug. */
static size_t
analyse_find(const char *name)
{
	size_t i;

	for (i = 0; i < analyse_nstages; i++)
		if (strcmp(analyse_stages[i].name, name) == 0)
			return i;
	fprintf(stderr, "partyline: no analysis stage \"%s\"\n", name);
	abort();
}

void
analyse_between(struct doc *d, const struct lexicon *lx, const char *first,
    const char *last)
{
	size_t i, e = analyse_find(last);

	for (i = analyse_find(first); i <= e; i++)
		analyse_stage_run(d, lx, i);
}

void
partyline_analyse(struct doc *d, const struct lexicon *lx)
{
	size_t i;

	for (i = 0; i < analyse_nstages; i++)
		analyse_stage_run(d, lx, i);
}
