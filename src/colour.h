/*
 * colour.h: colours as themes write them and as terminals show them
 * (tmux's colour.c): parsing the words, reducing a colour to what a
 * terminal of n colours can show, and SGR parameters for a colour. Core:
 * no curses.
 */
#ifndef PARTYLINE_COLOUR_H
#define PARTYLINE_COLOUR_H

#include <stddef.h>

#define COLOUR_INVALID	(-3)	/* not a colour word */
#define COLOUR_UNSET	(-2)	/* inherit when merged */
#define COLOUR_DEFAULT	(-1)	/* what lies beneath; for text, the terminal's */
#define COLOUR_RGB	0x1000000	/* | 0xrrggbb */

#define COLOUR_TRUE	(1 << 24)	/* depth of a truecolor terminal */

/* The colour a word names: default, black ... white, brightNAME, colourN
 * or colorN (0-255), #rrggbb; COLOUR_INVALID if none. */
int colour_parse(const char *);
/* The theme word for colour c into buf (colour_parse reads it back). */
const char *colour_tostring(int c, char *buf, size_t size);

/* Colour c reduced to what a terminal of ncolours can show: 0-255 or
 * COLOUR_DEFAULT. Colours from 16 up map to the nearest of 16; *bold is
 * set when a bright one becomes bold on a terminal of 8. */
int colour_reduce(int c, int ncolours, int *bold);
/* SGR parameters for colour c as foreground (or background if bg) on a
 * terminal of depth colours (8, 16, 256 or COLOUR_TRUE), appended to buf
 * after a ';' when buf is not empty; nothing for the default colour. */
void colour_sgr(int c, int bg, int depth, char *buf, size_t size);

#endif
