/* fuzz.h: what the libFuzzer harnesses share: the bundled lexicon loaded
 * once, the analysis, a scratch file for the parsers that read files, and
 * checks that abort (a finding) when an invariant breaks. */
#ifndef PARTYLINE_FUZZ_H
#define PARTYLINE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "model.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int LLVMFuzzerInitialize(int *, char ***);

/* The bundled lexicon (in $PARTYLINE_DATADIR, else .), loaded on
 * the first call. */
struct lexicon *fuzz_lexicon(void);
/* Reload it (a user lexicon's entries pile up otherwise). */
void fuzz_lexicon_reset(void);
/* Segment, entities, claims: what partyline_analyse does. */
void fuzz_analyse(struct doc *, const struct lexicon *);
/* A regular file holding exactly the n bytes; its path (static). */
const char *fuzz_file(const uint8_t *, size_t, const char *suffix);
/* abort unless every span of d is inside its text, on UTF-8 boundaries,
 * and the text is valid UTF-8. */
void fuzz_check_doc(const struct doc *);
/* abort unless s (n bytes) is valid UTF-8. */
void fuzz_check_utf8(const char *, size_t);
/* abort unless n bytes at s hold no byte a terminal takes as a command
 * (C0 but TAB and LF, DEL, C1, bidi controls). */
void fuzz_check_inert(const char *, size_t);

#endif
