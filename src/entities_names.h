/* entities_names.h: names of people and lone names (entities_names.c). */
#ifndef PARTYLINE_ENTITIES_NAMES_H
#define PARTYLINE_ENTITIES_NAMES_H

#include "entities_int.h"

/*
 * Where a person's name in units [a, b) starts: after capitalised words
 * glued before a given name and a surname (Rival Jane Roe, Miss Galaxy Jane
 * Roe, Crooked Jane Roe), which are no part of it; they are claimed.
 */
uint32_t entities_name_start(struct ent *en, uint32_t a, uint32_t b);

/* Has units [a, b) one of class cls? */
int entities_has(const struct ent *en, uint32_t a, uint32_t b, char cls);
/* Is the word in small letters a function word (with, from, that)? */
int entities_function_word(const struct ent *en, const struct token *t);

/* A name of the given type in group 1. */
int entities_named(struct ent *en, enum ent_type t);

/*
 * The end of sentence s's headline in Title Case, whose capitals say
 * nothing about names, or 0: the title; a short paragraph of one sentence
 * (a subhead); or a run-in head before a colon at a paragraph's start
 * ("Little Relief for Refugees: The crisis ...").
 */
uint32_t entities_headline(const struct ent *en, size_t s);

/* Is unit u in a Title Case headline? */
int entities_in_headline(const struct ent *en, uint32_t u);

/*
 * Does the lone name at unit u stand where a person does: as the subject of
 * a verb ("Simard was", "Dumont campaigned")?
 */
int entities_personish(const struct ent *en, uint32_t u);

/* Any other run of capitalised words: a person if it looks like one. */
int shape_name(struct ent *en);

#endif
