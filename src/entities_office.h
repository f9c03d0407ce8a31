/* entities_office.h: people typed officials by the words around them. */
#ifndef PARTYLINE_ENTITIES_OFFICE_H
#define PARTYLINE_ENTITIES_OFFICE_H

#include "model.h"

struct lexicon;

/*
 * A person named near words of politics ("Roe was re-elected to the
 * Senate", "Labour's Jane Roe") becomes an official, unless a calling
 * stands before the name ("the historian Jane Roe"). The type is the
 * entity's, so every mention of it is an official's.
 */
void entities_office(struct doc *, const struct lexicon *);

#endif
