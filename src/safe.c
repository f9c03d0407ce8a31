/*
 * safe.c: the one rule by which a string of outside origin is shown. An
 * article is cleaned at ingest (doc.c); everything else that reaches a
 * terminal from outside (a file name such as "x\033]2;PWNED\007.txt", a
 * lexicon's canonical name, a theme's word, a URL, a byline) goes through
 * here on its way out: in errors and warnings, dump headers and party
 * lists, and the reader's bars, lists and messages. JSON has its own
 * escapes (json.c) but asks safe_next what a character is.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "safe.h"
#include "util.h"

int
safe_is_bidi(ucs4_t c)
{
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

enum safe_kind
safe_next(const char *s, size_t n, ucs4_t *c, size_t *len)
{
	unsigned char b = (unsigned char)*s;
	int k;

	if (b < 0x80) {
		*c = b;
		*len = 1;
		return b < 0x20 || b == 0x7f ? SAFE_CONTROL : SAFE_OK;
	}
	k = u8_mbtoucr(c, (const uint8_t *)s, n);
	if (k < 0) {
		*c = b;
		*len = 1;
		return SAFE_INVALID;
	}
	*len = (size_t)k;
	if (*c <= 0x9f)
		return SAFE_CONTROL;
	return safe_is_bidi(*c) ? SAFE_BIDI : SAFE_OK;
}

/* safe_text, keeping TAB, LF and CR as they are when ws is set. */
static char *
safe_conv(const char *s, size_t n, int ws)
{
	char *out = xmalloc(n * 6 + 1), *o = out;
	size_t i = 0, len;
	ucs4_t c;

	while (i < n) {
		switch (safe_next(s + i, n - i, &c, &len)) {
		case SAFE_OK:
			memcpy(o, s + i, len);
			o += len;
			break;
		case SAFE_CONTROL:
			if (ws && (c == '\t' || c == '\n' || c == '\r'))
				*o++ = (char)c;
			else if (c < 0x80) {
				*o++ = '^';
				*o++ = (char)(c == 0x7f ? '?' : c + 0x40);
			} else
				o += sprintf(o, "\\x%02x", (unsigned)c);
			break;
		case SAFE_BIDI:
			o += sprintf(o, "\\u%04x", (unsigned)c);
			break;
		case SAFE_INVALID:
			o += sprintf(o, "\\x%02x", (unsigned)c);
			break;
		}
		i += len;
	}
	*o = '\0';
	return xrealloc(out, (size_t)(o - out) + 1);
}

char *
safe_text(const char *s, size_t n)
{
	return safe_conv(s, n, 0);
}

char *
safe_text_ws(const char *s, size_t n)
{
	return safe_conv(s, n, 1);
}

char *
safe_str(const char *s)
{
	return safe_text(s, strlen(s));
}

void
safe_fputs(const char *s, FILE *f)
{
	char *t = safe_str(s);

	fputs(t, f);
	free(t);
}

void
safe_warn(const char *fmt, ...)
{
	va_list ap;
	char *m;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	fputs("partyline: ", stderr);
	safe_fputs(m, stderr);
	fputc('\n', stderr);
	free(m);
}
