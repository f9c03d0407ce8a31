/*
 * reader.h: what the reader shows, computed from the model without curses:
 * the party pane's rows (parties, their positions, the silent ones), claim
 * and party navigation, position texts, hit tests. The curses screens draw
 * these; unit tests check them on hand-made documents.
 */
#ifndef PARTYLINE_READER_H
#define PARTYLINE_READER_H

#include "model.h"

enum reader_row_kind { ROW_PARTY, ROW_POSITION, ROW_SILENT };

/* One line of the party pane: a party's name (ROW_PARTY) and its
 * positions, one a line, then each silent party on one line. */
struct reader_row {
	enum reader_row_kind kind;
	int party;		/* index into doc->parties; -1: the claims
				   whose party is unknown, listed last */
	int claim;		/* ROW_POSITION: index into doc->claims, else -1 */
};

/* Entity filters, cycled by `e`. */
enum reader_filter { FILTER_ALL, FILTER_COUNTRY, FILTER_OFFICIAL,
	FILTER_COMPANY, FILTER_COUNT };

struct reader {
	const struct doc *doc;
	int *claim_party;	/* party index of every claim, or -1 */
	int *ent_party;		/* party index of every entity, or -1 */
	size_t unattributed;	/* claims with no party */
	int *order;		/* parties in pane order */
	size_t norder;
	VEC(struct reader_row) rows;
};

struct reader *reader_new(const struct doc *);
void reader_free(struct reader *);

/* Party pane row of claim c, or -1. */
long reader_row_of_claim(const struct reader *, int c);
/* Row of the first position of party p, or its only row; -1 if none. */
long reader_row_of_party(const struct reader *, int p);
/* The claim to make current when an article opens with the party pane
 * at its top showing rows rows: the first claim if its position is on
 * one of them, else -1 (none until `]`), so the pane opens on the biggest
 * party and never scrolled down to a stray claim. */
int reader_first_current(const struct reader *, long rows);
/* The next (dir > 0) or previous position row after row; -1 if none. */
long reader_row_step(const struct reader *, long row, int dir);
/* First claim of the next/previous party (pane order) that has claims,
 * from the party of claim cur (-1: from the start or the end); -1 if
 * there is none in that direction. */
int reader_party_step(const struct reader *, int cur, int dir);
/* The claim's text for the party pane ("O’Brien: ..." when the speaker
 * is not the party), one line, allocated. */
char *reader_position(const struct reader *, int c);
/* The claim in full on one line: "Ingrid Halvorsen (Norway) said: ...",
 * the speaker, the party when it differs, the cue and the content; made
 * safe, allocated. */
char *reader_detail(const struct reader *, int c);
/* The party pane as text, for the pipe command: "Norway (2)", its
 * positions indented, "Chile: no stated position"; allocated. */
char *reader_party_text(const struct reader *);
/* One line for the list of articles: "3 parties, 4 claims - Norway,
 * Kestrel Mining; silent: Chile"; allocated. */
char *reader_summary(const struct reader *);
/* Break s into at most max lines of width columns at spaces (a word wider
 * than a line is split); starts[i] and lens[i] give each line's bytes.
 * Returns the number of lines; *more is set when text was left over. */
int reader_wrap(const char *s, int width, size_t *starts, size_t *lens,
    int max, int *more);
/* The name to show for entity e: a person's or official's surname. */
char *reader_short_name(const struct doc *, int e);
/* Whole extent of claim c: source, cue and content. */
struct span reader_claim_span(const struct doc *, int c);
/* The first claim whose extent starts at or after off, or -1. */
int reader_claim_from(const struct doc *, uint32_t off);
/* The mention covering byte off, or -1. */
int reader_mention_at(const struct doc *, uint32_t off);
/* The party entity e speaks for (itself or its affiliation), or -1. */
int reader_party_of_entity(const struct reader *, int e);
/* Does an entity of type t pass filter f? */
int reader_filter_pass(enum reader_filter, enum ent_type t);
const char *reader_filter_name(enum reader_filter);

/* Bytes of s that fit in width columns (whole characters); *cols gets the
 * columns they take. */
size_t reader_fit(const char *s, size_t len, int width, int *cols);
/*
 * The strings the reader shows are made safe (safe.h) here, whatever their
 * origin: a file name's escape sequence shows as ^[ and never reaches the
 * terminal. s made safe, cut to width columns with "…" when it does not
 * fit; allocated.
 */
char *reader_cut(const char *s, int width);
/* s made safe, cut in the middle to width columns with "…" (head and tail
 * kept, as a file name's extension matters); allocated. */
char *reader_elide(const char *s, int width);
/* Columns that s takes once made safe. */
int reader_width(const char *s);
/* The file name to show for d: its base name, "(standard input)" for
 * stdin. */
const char *reader_file_name(const struct doc *d);

#endif
