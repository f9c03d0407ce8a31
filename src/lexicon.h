/*
 * lexicon.h: the word lists in the data directory (TSV) and user additions, loaded into
 * hash tables for the segmenter and the entity and claim engines.
 */
#ifndef PARTYLINE_LEXICON_H
#define PARTYLINE_LEXICON_H

#include <stddef.h>

struct lexicon;

struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *);
/* Load every known file from dir (data/); -1 and *cause on error. */
int lexicon_load_dir(struct lexicon *, const char *dir, char **cause);
/* Load a user file of entity lines; -1 and *cause ("FILE:LINE: ...") on error. */
int lexicon_load_user(struct lexicon *, const char *path, char **cause);
/* Is s (n bytes, with its final period) an abbreviation? */
int lexicon_is_abbrev(const struct lexicon *, const char *s, size_t n);

struct cues;
/* The claim cues, loaded by lexicon_load_dir from cues.tsv. */
const struct cues *lexicon_cues(const struct lexicon *);

#endif
