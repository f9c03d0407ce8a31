/*
 * affil_int.h: what the files of the affiliation engine share (affil.c,
 * affil_lexicon.c, affil_claims.c): reading tokens and words, the
 * mentions around a token, the titles before a name.
 */
#ifndef PARTYLINE_AFFIL_INT_H
#define PARTYLINE_AFFIL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "model.h"

#define AFFIL_LOOKBACK 400	/* mentions looked back at, at most */

/* The lexicon whose word classes the engine reads, while it runs. */
extern _Thread_local const struct lexicon *affil_words;

/* Forget the home institutions counted (affil_home_institutions): the
 * affil stage calls it as it starts, the sources stage as it ends. */
void affil_home_forget(void);

/* strcasestr, which C and POSIX lack: ASCII case only. */
const char *affil_strcasestr(const char *s, const char *w);

/* The index of the token that starts at byte off. */
size_t affil_tok_at(const struct doc *d, uint32_t off);
/* The entity named name of type t, or -1. */
int affil_entity_named(const struct doc *d, const char *name, enum ent_type t);
/* The entity named name of type t, made (with no mention) if new. */
int affil_entity(struct doc *d, const char *name, enum ent_type t);
const char *affil_home_unnamed(const struct doc *d);
/* affil_tok_at for offsets met in rising order (the mentions'): the next
 * token after k, an earlier answer, else a search of off's stretch of
 * tokens (model_tok_first: fewer steps than a walk to the next mention). */
size_t affil_tok_on(const struct doc *d, size_t k, uint32_t off);

/* Token k folded to lower case into buf (size 48); 0 if not a word. */
size_t affil_word(const struct doc *d, size_t k, char *buf);


/* Is token k exactly the word w (case and all)? */
int affil_tok_exact(const struct doc *d, size_t k, const char *w);

/* Is the word [w, w + n) of class c (data/words.tsv)? */
int affil_is(const char *w, size_t n, enum word_class c);

/* Is token k a word of class c? */
int affil_tok_is(const struct doc *d, size_t k, enum word_class c);

/* Is token k the word w (ASCII, any case)? */
int affil_tok_word(const struct doc *d, size_t k, const char *w);

/* Is type t a company, a body or a country? */
int affil_body_type(enum ent_type t);

/* What "its" or "their" at token k stands for: the body that is the
 * subject of its sentence, or of the sentence before; -1. */
int affil_its_body(const struct doc *d, const struct lexicon *lx, size_t k);

/* The company the article is about: the one named most, three times at
 * least and more often than any other; -1. */
int affil_main_company(const struct doc *d);

/* Is token k a dash standing alone (-, en or em dash)? */
int affil_dash(const struct doc *d, size_t k);

/* Index of a named mention starting at token k, or -1. */
int affil_mention_starting(const struct doc *d, size_t k);
int affil_person_ending(const struct doc *d, size_t k);

/* Entity of a body named from token k on, its last token in *last; -1. */
int affil_body_starting(const struct doc *d, const struct lexicon *lx,
    size_t k, size_t *last, int prep);

/* The latest body of types named before byte off, from byte from,
 * outside quotation marks; -1. */
int affil_latest(const struct doc *d, uint32_t off, unsigned types,
    uint32_t from);

/* The entity types a word for a kind of body stands for (watchdog: an
 * organisation; newspaper: a company; data/maps.tsv body-kind), or 0. */
unsigned affil_kind_types(const struct doc *d, size_t k);

/* The sentence holding byte off. */
const struct sentence *affil_sent(const struct doc *d, uint32_t off);

#endif
