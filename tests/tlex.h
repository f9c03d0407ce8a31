/* tlex.h: the bundled lexicon for unit tests, loaded once per test group. */
#ifndef PARTYLINE_TLEX_H
#define PARTYLINE_TLEX_H

struct lexicon;

/* The directory holding data/: PARTYLINE_DATADIR, else the source tree. */
const char *tlex_datadir(void);
/* cmocka group setup and teardown that load and free tlex_lx. */
int tlex_setup(void **state);
int tlex_teardown(void **state);

extern struct lexicon *tlex_lx;

#endif
