/* entities_org.h: names of bodies (entities_org.c). */
#ifndef PARTYLINE_ENTITIES_ORG_H
#define PARTYLINE_ENTITIES_ORG_H

#include "entities_int.h"

/* Are units [a, b) two or three name words with no head (Rich Eisen)? */
int entities_plain_name(const struct ent *en, uint32_t a, uint32_t b);

/*
 * A run of capitalised words with an organisation's head (Party, League) or
 * a known body inside ("Progressive Conservative Party of Canada"): one
 * organisation.
 */
int shape_org(struct ent *en);

#endif
