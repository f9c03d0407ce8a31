/*
 * act.c: the clipboard sequence for `y` (act.h). Terminals take the
 * clipboard's text as base64 in OSC 52 (xterm's ctlseqs); tmux passes a
 * sequence on to the terminal around it when wrapped in its DCS.
 */
#include <stdlib.h>
#include <string.h>

#include "act.h"
#include "util.h"

char *
act_base64(const unsigned char *s, size_t len)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = xmalloc((len + 2) / 3 * 4 + 1), *o = out;
	size_t i;
	unsigned v;

	for (i = 0; i + 2 < len; i += 3) {
		v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
		*o++ = b64[v >> 18];
		*o++ = b64[(v >> 12) & 63];
		*o++ = b64[(v >> 6) & 63];
		*o++ = b64[v & 63];
	}
	if (i < len) {	/* one or two bytes left: = pads */
		v = (unsigned)s[i] << 16 | (i + 1 < len ? (unsigned)s[i + 1] << 8 : 0);
		*o++ = b64[v >> 18];
		*o++ = b64[(v >> 12) & 63];
		*o++ = i + 1 < len ? b64[(v >> 6) & 63] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}

char *
act_osc52(const char *text, size_t len, int tmux)
{
	char *b = act_base64((const unsigned char *)text, len), *out;

	if (tmux)	/* plain for tmux's set-clipboard, wrapped to pass it */
		out = xasprintf("\033]52;c;%s\a\033Ptmux;\033\033]52;c;%s\a\033\\",
		    b, b);
	else
		out = xasprintf("\033]52;c;%s\a", b);
	free(b);
	return out;
}
