/* entities_passes.h: the passes before the shapes (entities_passes.c). */
#ifndef PARTYLINE_ENTITIES_PASSES_H
#define PARTYLINE_ENTITIES_PASSES_H

#include "entities_int.h"

/*
 * A seat of government stands for its state ("Beijing said", "Washington's
 * view", "the government in Kabul"), but a place where something happens is
 * only a place ("talks in Paris", "flew to the White House", "flights to
 * Rome, Cairo and Oslo").
 */
void entities_metonyms(struct ent *en);

/*
 * Capitals that are not acronyms: a run of words in capitals (FULL TEXT,
 * BREAKING NEWS) and a dateline at a paragraph's start (FLINT, Mich. --).
 */
void entities_shouting(struct ent *en);

/*
 * "on" joins a body's head to its subject as "of" does (the Commission on
 * Presidential Debates, the Council on Foreign Relations), but only right
 * after a head and before a capitalised word that is no known name alone
 * (not "the Senate on Iran").
 */
void entities_on_bodies(struct ent *en);

/*
 * "party" in small letters after a known party's name or a political
 * adjective in capitals is the name's head (the Likud party, the Liberal
 * party; not a Christmas party).
 */
void entities_small_party(struct ent *en);

/*
 * The unknown words of an inline heading are no names ("The Gap Goes On:
 * It was under Mr. Ban's watch ...", "Little Relief for Refugees: The
 * refugee crisis ..."); a known name in one stays a name.
 */
void entities_inline_heading(struct ent *en);

/*
 * Unknown capitalised words that fill a quotation of their own are a
 * title (her "Alternative Budget"), not a body, unless a naming word
 * comes before (a group calling itself "Harbour Alliance").
 */
void entities_quoted_titles(struct ent *en);

#endif
