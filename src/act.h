/*
 * act.h: acting on what the reader shows, without curses: the text of a
 * claim to copy, the terminal sequence that copies it (OSC 52), and the
 * texts the pipe command sends (article, claim, party list).
 */
#ifndef PARTYLINE_ACT_H
#define PARTYLINE_ACT_H

#include <stddef.h>

/* The OSC 52 sequence that sets the clipboard to len bytes of text:
 * ESC ] 52 ; c ; BASE64 BEL. With tmux set, the same sequence wrapped
 * for tmux's passthrough (DCS tmux; ... ST, its ESCs doubled) follows,
 * so it reaches the outer terminal also when tmux's set-clipboard is
 * off and allow-passthrough on. Allocated. */
char *act_osc52(const char *text, size_t len, int tmux);
/* Base64 (RFC 4648, padded) of len bytes; allocated. */
char *act_base64(const unsigned char *s, size_t len);

#endif
