/* entities_units.h: units and their classes (entities_units.c). */
#ifndef PARTYLINE_ENTITIES_UNITS_H
#define PARTYLINE_ENTITIES_UNITS_H

#include "entities_int.h"

/* Fold and hash tokens [tok0, end) once (no allocation per token). */
void entities_fold(struct ent *en, size_t end);

/* Is token t a word of class c in data/words.tsv (any case)? */
int entities_tok_in(const struct doc *d, const struct lexicon *lx,
    const struct token *t, enum word_class c);

/* Is the word a brand's name in camel case (DaimlerChrysler, easyJet)? */
int entities_camel(const struct ent *en, const struct token *k);

/* Units of sentence s. */
void entities_sentence_units(struct ent *en, int s);

#endif
