/*
 * cues.h: the table of claim cues from cues.tsv (say, allege, believe,
 * decide to, according to, ...), owned by the lexicon, read by claims.
 */
#ifndef PARTYLINE_CUES_H
#define PARTYLINE_CUES_H

struct cues;

/* Load a cues file; NULL and *cause ("FILE:LINE: message") on error. */
struct cues *cues_load(const char *path, char **cause);
struct cues *cues_new(void);
void cues_free(struct cues *);

#endif
