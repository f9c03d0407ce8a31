/* uifix.h: hand-made documents with entities, claims and parties, for unit
 * tests of the reader, the segmenter and the claims (no engine needed). */
#ifndef PARTYLINE_UIFIX_H
#define PARTYLINE_UIFIX_H

#include "model.h"

struct lexicon;

/* data/words.tsv alone (the segmenter's word classes), loaded once. */
const struct lexicon *uifix_words(void);
/* A document from text, segmented, with nothing else. */
struct doc *uifix_doc(const char *text);
/* Add an entity; returns its index. */
int uifix_ent(struct doc *, const char *name, enum ent_type, int affiliation);
/* Add a mention of entity e at the n-th (0-based) occurrence of s. */
void uifix_mention(struct doc *, const char *s, int n, int e);
/* Add a claim: each span is the first occurrence of its string at or
 * after the previous claim (source may be NULL); returns its index. */
int uifix_claim(struct doc *, int party, int speaker, const char *source,
    const char *cue, const char *content);
/* Build doc->parties from the claims, plus the silent entities given
 * (-1-terminated). */
void uifix_parties(struct doc *, const int *silent);
/* The byte offset of the n-th occurrence of s. */
uint32_t uifix_at(const struct doc *, const char *s, int n);

/* The standard fixture: Norway (with its minister Sigrid Vangen), the
 * company Kestrel Mining, and silent Chile. */
struct doc *uifix_standard(void);

#endif
